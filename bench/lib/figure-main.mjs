import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stopAll, stopChildrenOnExit } from './processes.mjs';
import { machineInfo } from './machine.mjs';
import { writeResults } from './results.mjs';

/** True when the module at `moduleUrl` is the script node was started with. */
export function isMain(moduleUrl) {
  return process.argv[1] !== undefined && fileURLToPath(moduleUrl) === process.argv[1];
}

function show(f) {
  const value = f.value === null ? 'not measured' : `${f.value} ${f.unit}`;
  const reference = f.referenceValue === null ? (f.reference ?? '') : `${f.reference}: ${f.referenceValue} ${f.unit}`;
  const ratio = f.ratio === null ? '' : ` ratio ${f.ratio}`;
  const met = f.met === null ? '' : f.met ? `  [target ${f.target}: met]` : `  [target ${f.target}: MISSED]`;
  return `${f.name}: ${value}${reference ? `  (vs ${reference})` : ''}${ratio}${met}`;
}

/**
 * Runs one figure file as a program: `measure(report)` reports figures one by one (so a failure
 * half way keeps what was measured), every child process is stopped at the end, and the figures
 * go to `$BENCH_OUTPUT` when `bench/run.js` is collecting them, else into `bench/results.json`
 * and the README table, replacing earlier figures of the same names.
 */
export async function runFigure(moduleUrl, measure) {
  if (!isMain(moduleUrl)) return;
  stopChildrenOnExit();
  const machine = machineInfo();
  const figures = [];
  const report = (f) => {
    figures.push(f);
    console.log(show(f));
  };
  let failure;
  try {
    await measure(report);
  } catch (error) {
    failure = error;
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    await stopAll();
  }
  const output = process.env.BENCH_OUTPUT;
  if (output)
    writeFileSync(output, JSON.stringify({ figures, error: failure ? String(failure?.message ?? failure) : null }));
  else if (figures.length > 0 && !process.argv.includes('--no-write')) writeResults(figures, { merge: true, machine });
  process.exitCode = failure ? 1 : 0;
}
