import type { ConformanceReport } from '../report.js';
import { formatConsoleReport } from './console.js';
import { formatJsonReport } from './json.js';
import { formatJunitReport } from './junit.js';

/** A way to render a report: its name on the command line, the file extension it writes, and the renderer. */
export interface ConformanceReporter {
  /** The `--reporter` value, e.g. `junit`. */
  readonly name: string;
  /** The extension of a file it writes, without the dot, e.g. `xml`; `null` for a reporter meant for a terminal. */
  readonly extension: string | null;
  /** Renders a report as text. */
  readonly render: (report: ConformanceReport) => string;
}

/** Every reporter, in the order `--help` lists them; the CLI only looks them up here. */
export const reporters: readonly ConformanceReporter[] = [
  { name: 'console', extension: null, render: formatConsoleReport },
  { name: 'json', extension: 'json', render: formatJsonReport },
  { name: 'junit', extension: 'xml', render: formatJunitReport },
];

/** The reporter with this name, or `undefined`. */
export const findReporter = (name: string): ConformanceReporter | undefined => reporters.find((r) => r.name === name);

/**
 * The file a reporter writes when several file reporters share `--output PATH`: PATH with any
 * known reporter extension removed, then the reporter's own extension.
 */
export function reportPath(output: string, reporter: ConformanceReporter): string {
  const known = reporters.flatMap((r) => (r.extension ? [r.extension] : []));
  const stem = known.reduce(
    (path, ext) => (path.toLowerCase().endsWith(`.${ext}`) ? path.slice(0, -ext.length - 1) : path),
    output,
  );
  return `${stem}.${reporter.extension ?? 'txt'}`;
}
