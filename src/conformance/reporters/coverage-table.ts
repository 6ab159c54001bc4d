import { operationNames, operations } from '../../../generated/operations.js';
import type { Coverage } from '../coverage.js';

const pad = (text: string, width: number): string =>
  text.length >= width ? text : text + ' '.repeat(width - text.length);

/**
 * Formats coverage as a text table: per operation the calls, the 2xx answers, the modeled errors
 * actually answered out of those declared, the constraint kinds invalid inputs broke, and how many
 * constraints of the coverage plan were planned, broken in isolation and confirmed refused.
 */
export function formatCoverageTable(coverage: Coverage): string {
  const rows = operationNames.map((name) => {
    const row = coverage[name];
    const declared = operations[name].errors.map((e) => e.name);
    return [
      name,
      String(row?.calls ?? 0),
      String(row?.successes ?? 0),
      `${row?.errors.length ?? 0}/${declared.length}${row && row.errors.length > 0 ? ` ${row.errors.join(', ')}` : ''}`,
      row && row.constraints.length > 0 ? row.constraints.join(', ') : '-',
      `${row?.planned?.length ?? 0}/${row?.broken?.length ?? 0}/${row?.confirmed?.length ?? 0}`,
    ];
  });
  const header = [
    'operation',
    'calls',
    '2xx',
    'modeled errors seen',
    'constraint kinds broken',
    'plan: planned/broken/confirmed',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i] ?? 0) : pad(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
