/**
 * Figure 4: wall time of `ivs-contract conformance` (the full suite against the built-in emulator,
 * default `--runs`) and how it grows with `--runs`. Each run is a fresh process, as a user runs it.
 */
import { cliPath, repoPath } from './lib/dist.mjs';
import { figure } from './lib/results.mjs';
import { runChild } from './lib/processes.mjs';
import { median } from './lib/stats.mjs';
import { runFigure } from './lib/figure-main.mjs';

const TARGET_S = 15;
const RUN_TIMEOUT_MS = 90_000;

// bash's `time` reports the CPU seconds of the run and its children, which stay meaningful when other work shares the machine.
const TIMED = 'TIMEFORMAT="bench-cpu %U %S"; time "$0" "$@"';

async function conformance(args) {
  const run = await runChild('bash', ['-c', TIMED, process.execPath, cliPath, 'conformance', ...args], {
    cwd: repoPath('.'),
    timeoutMs: RUN_TIMEOUT_MS,
  });
  if (run.timedOut)
    throw new Error(`ivs-contract conformance ${args.join(' ')} did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
  const cpu = /bench-cpu ([\d.]+) ([\d.]+)/.exec(run.output);
  return { ...run, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN };
}

async function defaultRuns() {
  const help = await runChild(process.execPath, [cliPath, 'conformance', '--help'], {
    cwd: repoPath('.'),
    timeoutMs: 20_000,
  });
  const match = /--runs\b[^\n]*?(?:default(?:s? to)?:?\s*|\(default\s*)(\d+)/i.exec(help.output);
  if (!match)
    throw new Error(`could not read the default of --runs from \`ivs-contract conformance --help\`:\n${help.output}`);
  return Number(match[1]);
}

/** Measures the conformance figures and reports them one by one. */
export async function measure(report) {
  const runs = await defaultRuns();
  // One unmeasured run warms the file cache; the first timing of a cold disk says nothing about the suite.
  await conformance(['--runs', '1']);
  const timings = [];
  const cpu = [];
  const codes = new Set();
  let lastOutput = '';
  for (let i = 0; i < 3; i += 1) {
    const run = await conformance([]);
    timings.push(run.ms / 1000);
    cpu.push(run.cpuSeconds);
    codes.add(run.code);
    lastOutput = run.output;
  }
  const base = median(timings);
  const passed = codes.size === 1 && codes.has(0);
  if (!passed)
    console.error(
      `conformance exited with ${[...codes].join(', ')} against the emulator; the last output:\n${lastOutput.slice(-3000)}`,
    );
  report(
    figure({
      name: `conformance: full suite vs built-in emulator, --runs ${runs} (default)`,
      value: base,
      unit: 's',
      reference: `target (CPU time of the run ${median(cpu).toFixed(1)} s${passed ? '' : `; the suite exited with ${[...codes].join(', ')}, not 0`})`,
      referenceValue: TARGET_S,
      target: `< ${TARGET_S} s and exit 0`,
      met: passed && base < TARGET_S,
    }),
  );

  const points = [{ runs, seconds: base }];
  for (const factor of [0.1, 2, 4]) {
    const n = Math.max(1, Math.round(runs * factor));
    if (n === runs) continue;
    // The growth points stay inside the time budget of the whole bench run.
    if (base * factor > 60) break;
    const run = await conformance(['--runs', String(n)]);
    points.push({ runs: n, seconds: run.ms / 1000 });
    report(
      figure({
        name: `conformance: full suite, --runs ${n}`,
        value: run.ms / 1000,
        unit: 's',
        reference: `--runs ${runs} (default) (CPU time of this run ${run.cpuSeconds.toFixed(1)} s)`,
        referenceValue: base,
      }),
    );
  }
  const slope = leastSquaresSlope(points.map((p) => [p.runs, p.seconds * 1000]));
  if (Number.isFinite(slope)) {
    const smallest = points.reduce((a, b) => (b.runs < a.runs ? b : a));
    report(
      figure({
        name: 'conformance: growth per extra --runs (least-squares slope)',
        value: slope,
        unit: 'ms/run',
        reference: `fit over --runs ${points
          .map((p) => p.runs)
          .sort((a, b) => a - b)
          .join(', ')}; ${smallest.seconds.toFixed(1)} s at --runs ${smallest.runs}`,
      }),
    );
  }
}

/** The slope of the least-squares line through the points [x, y]; NaN with fewer than two distinct x. */
function leastSquaresSlope(points) {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
}

await runFigure(import.meta.url, measure);
