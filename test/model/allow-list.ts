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
 * Reads the allow-list table (the first Markdown table whose header is
 * `| subject | aspect | botocore | ours | why |`); cells may be wrapped in backticks, and `\|`
 * stands for a literal `|`.
 */
export function parseAllowList(markdown: string): AllowListResult {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => sameCells(splitRow(line), ALLOW_LIST_HEADER));
  if (start < 0) return { ok: false, error: `no table with the header | ${ALLOW_LIST_HEADER.join(' | ')} |` };
  const rows: AllowRow[] = [];
  const seen = new Set<string>();
  for (let index = start + 2; index < lines.length; index += 1) {
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
  return { ok: true, value: rows };
}

/** Splits differences into those the allow-list does not cover and lists the rows nothing matched. */
export function applyAllowList(
  differences: readonly ModelDifference[],
  rows: readonly AllowRow[],
): { unexpected: ModelDifference[]; unused: AllowRow[] } {
  const allowed = new Set(rows.map(differenceKey));
  const found = new Set(differences.map(differenceKey));
  return {
    unexpected: differences.filter((d) => !allowed.has(differenceKey(d))),
    unused: rows.filter((row) => !found.has(differenceKey(row))),
  };
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
