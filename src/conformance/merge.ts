import { allChecks } from './checks/index.js';
import { mergeCoverage } from './coverage.js';
import { worstStatus } from './outcome.js';
import { REPORT_FORMAT, summarize, type CheckReport, type ConformanceReport } from './report.js';

/** Why reports could not be merged. */
export interface MergeError {
  /** One line that says which report does not fit. */
  readonly message: string;
}

const order = new Map(allChecks.map((check, index) => [check.id, index]));

/**
 * Merges the JSON reports of the shards of one campaign (same endpoint, seed and runs; any port of
 * the built-in emulator) into one:
 * checks keyed by id (split checks concatenate their findings), coverage added up, cleanup joined.
 */
export function mergeReports(
  reports: readonly ConformanceReport[],
): { ok: true; value: ConformanceReport } | { ok: false; error: MergeError } {
  const [first] = reports;
  if (!first) return { ok: false, error: { message: 'no reports to merge' } };
  for (const [i, report] of reports.entries()) {
    if (report.format !== REPORT_FORMAT)
      return {
        ok: false,
        error: { message: `report ${i + 1} has format ${String(report.format)}, expected ${REPORT_FORMAT}` },
      };
    // A built-in emulator listens on a new port in every shard, so its endpoint cannot match.
    const keys =
      report.run.builtInEmulator && first.run.builtInEmulator
        ? (['seed', 'runs'] as const)
        : (['seed', 'runs', 'endpoint'] as const);
    for (const key of keys) {
      if (report.run[key] !== first.run[key]) {
        return {
          ok: false,
          error: {
            message: `report ${i + 1} has ${key} ${String(report.run[key])}, report 1 has ${String(first.run[key])}: not shards of one run`,
          },
        };
      }
    }
  }
  const checks = new Map<string, CheckReport>();
  for (const report of reports) {
    for (const check of report.checks) {
      const seen = checks.get(check.id);
      if (!seen) {
        checks.set(check.id, check);
        continue;
      }
      const outcomes = [...seen.outcomes, ...check.outcomes];
      checks.set(check.id, {
        ...seen,
        outcomes,
        status: worstStatus(outcomes.map((o) => o.status)),
        durationMs: seen.durationMs + check.durationMs,
      });
    }
  }
  const merged = [...checks.values()].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  const shards = reports.flatMap((r) => r.run.shards).sort((a, b) => a.index - b.index);
  const startedAt = reports.map((r) => r.run.startedAt).sort()[0] ?? first.run.startedAt;
  return {
    ok: true,
    value: {
      format: REPORT_FORMAT,
      run: { ...first.run, shards, startedAt, durationMs: Math.max(...reports.map((r) => r.run.durationMs)) },
      summary: summarize(merged),
      checks: merged,
      coverage: mergeCoverage(reports.map((r) => r.coverage)),
      cleanup: {
        deleted: reports.flatMap((r) => r.cleanup.deleted),
        leftovers: reports.flatMap((r) => r.cleanup.leftovers),
      },
    },
  };
}
