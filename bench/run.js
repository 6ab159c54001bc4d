/**
 * `npm run bench`: builds the project, runs every figure file in its own process (one after the
 * other, so they do not compete for the two cores), and writes all figures to
 * `bench/results.json` and the README table. A figure that fails or overruns is recorded as not
 * measured and the run exits non-zero; every process it started is stopped.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from './lib/dist.mjs';
import { describeMachine, machineInfo } from './lib/machine.mjs';
import { runChild, stopAll, stopChildrenOnExit } from './lib/processes.mjs';
import { failedFigure, writeResults } from './lib/results.mjs';

/** The figure files, in run order, with the time each may take before it is stopped. */
const figureFiles = [
  ['mock-overhead.mjs', 180_000],
  ['http-server.mjs', 420_000],
  ['fuzz-throughput.mjs', 150_000],
  ['conformance-time.mjs', 240_000],
];

async function build() {
  // tsc reports errors yet still emits; the figures need only the modules they import.
  const run = await runChild(
    process.execPath,
    [repoPath('node_modules/typescript/bin/tsc'), '-p', repoPath('tsconfig.build.json')],
    {
      cwd: repoPath('.'),
      timeoutMs: 180_000,
    },
  );
  if (run.code !== 0)
    console.warn(
      `npm run build reported errors (exit ${run.code}); measuring what was emitted:\n${run.output.slice(-1500)}`,
    );
}

const usage = `Usage: node bench/run.js [figure ...] [--no-build]

Runs every figure file of bench/ (or only those whose file name starts with a given word, e.g.
\`http\`), then writes bench/results.json and the README table. A partial run keeps the figures
of the others from the last full run. --no-build skips \`npm run build\`.`;

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(usage);
    return;
  }
  stopChildrenOnExit();
  const started = Date.now();
  const machine = machineInfo();
  console.log(`Machine: ${describeMachine(machine)}`);
  if (!process.argv.includes('--no-build')) await build();
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const scratch = mkdtempSync(join(tmpdir(), 'ivs-bench-'));
  const figures = [];
  let failures = 0;
  try {
    for (const [file, timeoutMs] of figureFiles) {
      if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue;
      const output = join(scratch, `${file}.json`);
      console.log(`\n== ${file}`);
      const run = await runChild(process.execPath, [repoPath(`bench/${file}`)], {
        cwd: repoPath('.'),
        timeoutMs,
        env: { ...process.env, BENCH_OUTPUT: output },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      let collected = { figures: [], error: null };
      try {
        collected = JSON.parse(readFileSync(output, 'utf8'));
      } catch {
        collected.error = run.timedOut
          ? `stopped after ${timeoutMs / 1000} s`
          : `exited ${run.code ?? run.signal} without results`;
      }
      figures.push(...collected.figures);
      if (run.code !== 0 || collected.error) {
        failures += 1;
        const reason = collected.error ?? (run.timedOut ? `stopped after ${timeoutMs / 1000} s` : `exit ${run.code}`);
        figures.push(failedFigure(`${file}: incomplete`, '', reason));
      }
      console.log(`   ${file}: ${(run.ms / 1000).toFixed(1)} s`);
    }
  } finally {
    await stopAll();
    rmSync(scratch, { recursive: true, force: true });
  }
  writeResults(figures, { merge: only.length > 0, machine });
  const missed = figures.filter((f) => f.met === false);
  console.log(
    `\n${figures.length} figures in ${((Date.now() - started) / 1000).toFixed(0)} s; targets missed: ${missed.length === 0 ? 'none' : missed.map((f) => f.name).join('; ')}`,
  );
  console.log('Wrote bench/results.json and the README table.');
  process.exitCode = failures > 0 ? 1 : 0;
}

await main();
