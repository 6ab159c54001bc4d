import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeMachine, machineInfo } from './machine.mjs';
import { round } from './stats.mjs';

/** The repository root (the folder above `bench/`). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where the results of the last run are kept. */
export const resultsPath = fileURLToPath(new URL('../results.json', import.meta.url));
const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/**
 * One figure as `bench/results.json` stores it; the ratio is value / referenceValue unless given,
 * and `met` is null when the figure has no target.
 */
export function figure({
  name,
  value,
  unit,
  reference = null,
  referenceValue = null,
  ratio,
  target = null,
  met = null,
}) {
  const computed =
    ratio !== undefined
      ? ratio
      : Number.isFinite(value) && Number.isFinite(referenceValue) && referenceValue !== 0
        ? value / referenceValue
        : null;
  return {
    name,
    value: Number.isFinite(value) ? round(value) : null,
    unit,
    reference,
    referenceValue: Number.isFinite(referenceValue) ? round(referenceValue) : null,
    ratio: Number.isFinite(computed) ? round(computed, 3) : null,
    target,
    met: target === null ? null : met === true,
  };
}

/** A figure that could not be measured: no value, and its target (if any) counts as missed. */
export function failedFigure(name, unit, reason, target = null) {
  return {
    ...figure({ name, value: Number.NaN, unit, reference: `not measured: ${reason}`, target }),
    met: target === null ? null : false,
  };
}

/** The figures of the last run, or an empty list. */
export function readResults() {
  if (!existsSync(resultsPath)) return [];
  try {
    const parsed = JSON.parse(readFileSync(resultsPath, 'utf8'));
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** Puts new figures in place of the old ones of the same name, keeping the order of first appearance. */
export function mergeResults(previous, next) {
  const byName = new Map(previous.map((f) => [f.name, f]));
  for (const f of next) byName.set(f.name, f);
  return [...byName.values()];
}

function cell(value, unit) {
  if (value === null || value === undefined) return '—';
  const text = Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : String(value);
  return unit ? `${text} ${unit}` : text;
}

function escapeCell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The README section: the machine, the date, and one table row per figure. */
export function renderTable(figures, machine = machineInfo(), when = new Date()) {
  const lines = [
    `Measured ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine(machine)} by \`npm run bench\`;`,
    'each value is a median over repeated runs after a warm-up. Raw figures: `bench/results.json`.',
    '',
    '| figure | value | reference | reference value | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const f of figures) {
    const met = f.met === null ? '' : f.met ? 'yes' : '**no**';
    lines.push(
      `| ${escapeCell(f.name)} | ${cell(f.value, f.unit)} | ${escapeCell(f.reference ?? '—')} | ${cell(f.referenceValue, f.unit)} | ${f.ratio ?? '—'} | ${escapeCell(f.target ?? '')} | ${met} |`,
    );
  }
  return lines.join('\n');
}

/** Replaces the text between the bench markers of README.md, adding a `## Benchmarks` section at the end when absent. */
export function writeReadmeTable(figures, machine = machineInfo()) {
  const readme = readFileSync(readmePath, 'utf8');
  const block = `${START}\n${renderTable(figures, machine)}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  let next;
  if (start !== -1 && end > start) {
    next = readme.slice(0, start) + block + readme.slice(end + END.length);
  } else {
    const heading = /^## Benchmarks[ \t]*$/m.exec(readme);
    if (heading) {
      const at = heading.index + heading[0].length;
      next = `${readme.slice(0, at)}\n\n${block}\n${readme.slice(at)}`;
    } else {
      const sep = readme.endsWith('\n') ? '' : '\n';
      next = `${readme}${sep}\n## Benchmarks\n\n${block}\n`;
    }
  }
  writeFileSync(readmePath, next);
}

/**
 * Writes `bench/results.json` and the README table; with `merge`, figures of earlier runs not
 * measured now are kept. `machine` is the machine as it was when the run started.
 */
export function writeResults(figures, { merge = false, machine = machineInfo() } = {}) {
  const all = merge ? mergeResults(readResults(), figures) : figures;
  writeFileSync(resultsPath, `${JSON.stringify(all, null, 2)}\n`);
  writeReadmeTable(all, machine);
  return all;
}
