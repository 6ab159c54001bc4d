import type { ModelDifference } from './botocore-diff.js';

/** One accepted departure from the launch model: the exact difference plus the reason for it. */
export interface AllowRow extends ModelDifference {
  readonly why: string;
  /** The 1-based line of the row in the Markdown file, for error messages. */
  readonly line: number;
}

/** The result of parsing the allow-list table. */
export type AllowListResult = { ok: true; value: AllowRow[] } | { ok: false; error: string };

/** The header cells that mark the allow-list table in `model/README.md`. */
export const ALLOW_LIST_HEADER = ['subject', 'aspect', 'botocore', 'ours', 'why'] as const;

/**
 * Reads every allow-list table (each Markdown table whose header is
 * `| subject | aspect | botocore | ours | why |`), in file order; cells may be wrapped in backticks,
 * and `\|` stands for a literal `|`. A row repeated in any table is an error.
 */
export function parseAllowList(markdown: string): AllowListResult {
  const lines = markdown.split(/\r?\n/);
  const rows: AllowRow[] = [];
  const seen = new Set<string>();
  let tables = 0;
  for (let start = 0; start < lines.length; start += 1) {
    if (!sameCells(splitRow(lines[start] ?? ''), ALLOW_LIST_HEADER)) continue;
    tables += 1;
    let index = start + 2;
    for (; index < lines.length; index += 1) {
      const cells = splitRow(lines[index] ?? '');
      if (cells === undefined) break;
      const line = index + 1;
      const [subject, aspect, botocore, ours, why] = cells;
      if (cells.length !== ALLOW_LIST_HEADER.length || subject === undefined || aspect === undefined) {
        return { ok: false, error: `line ${line}: expected ${ALLOW_LIST_HEADER.length} cells, found ${cells.length}` };
      }
      if (subject === '' || aspect === '' || botocore === '' || ours === '' || why === '' || why === undefined) {
        return { ok: false, error: `line ${line}: every cell must be filled in` };
      }
      if (botocore === undefined || ours === undefined) continue;
      const key = differenceKey({ subject, aspect, botocore, ours });
      if (seen.has(key)) return { ok: false, error: `line ${line}: duplicate row ${key}` };
      seen.add(key);
      rows.push({ subject, aspect, botocore, ours, why, line });
    }
    start = index;
  }
  if (tables === 0) return { ok: false, error: `no table with the header | ${ALLOW_LIST_HEADER.join(' | ')} |` };
  return { ok: true, value: rows };
}

/**
 * Splits differences into those the allow-list does not cover and lists the rows nothing matched.
 * A `*` in a row's subject stands for any run of characters (`*$cacheControl` matches that member
 * of every shape); the other cells must match exactly.
 */
export function applyAllowList(
  differences: readonly ModelDifference[],
  rows: readonly AllowRow[],
): { unexpected: ModelDifference[]; unused: AllowRow[] } {
  const matchers = rows.map((row) => ({ row, matches: rowMatcher(row) }));
  const used = new Set<AllowRow>();
  const unexpected = differences.filter((difference) => {
    const hits = matchers.filter((m) => m.matches(difference));
    for (const hit of hits) used.add(hit.row);
    return hits.length === 0;
  });
  return { unexpected, unused: rows.filter((row) => !used.has(row)) };
}

function rowMatcher(row: AllowRow): (difference: ModelDifference) => boolean {
  const rest = (d: ModelDifference): boolean =>
    d.aspect === row.aspect && d.botocore === row.botocore && d.ours === row.ours;
  if (!row.subject.includes('*')) return (d) => d.subject === row.subject && rest(d);
  const pattern = new RegExp(`^${row.subject.split('*').map(escapeRegExp).join('.*')}$`);
  return (d) => pattern.test(d.subject) && rest(d);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Formats one difference as a single line: `subject aspect: botocore <x> / ours <y>`. */
export function formatDifference(difference: ModelDifference): string {
  return `${difference.subject} ${difference.aspect}: botocore ${difference.botocore} / ours ${difference.ours}`;
}

function differenceKey(d: ModelDifference): string {
  return `${d.subject} ${d.aspect} ${d.botocore} -> ${d.ours}`;
}

function splitRow(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return undefined;
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < trimmed.length; i += 1) {
    const char = trimmed[i];
    if (char === '\\' && trimmed[i + 1] === '|') {
      current += '|';
      i += 1;
    } else if (char === '|') {
      cells.push(unwrap(current));
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim() !== '') cells.push(unwrap(current));
  return cells;
}

function unwrap(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('`') && trimmed.endsWith('`') ? trimmed.slice(1, -1) : trimmed;
}

function sameCells(cells: readonly string[] | undefined, expected: readonly string[]): boolean {
  return cells !== undefined && cells.length === expected.length && cells.every((c, i) => c === expected[i]);
}
