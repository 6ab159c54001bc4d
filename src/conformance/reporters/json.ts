import type { ConformanceReport } from '../report.js';

/** Renders a report as JSON in the documented `ivs-contract/conformance-report@1` shape (see `ConformanceReport`). */
export function formatJsonReport(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
