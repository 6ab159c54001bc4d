import type { OperationName } from '../../../generated/types.js';
import type { CheckReport, ConformanceReport } from '../report.js';
import type { Exchange, Outcome } from '../types.js';
import { formatCoverageTable } from './coverage-table.js';
import { reproductionCommand } from './reproduce.js';

const MARK = { pass: '✓', fail: '✗', warn: '!', skip: '-' } as const;

function evidenceLines(exchange: Exchange): string[] {
  const request = exchange.request;
  const lines = [
    `    request:  ${request.method} ${request.path}${request.query ? `?${request.query}` : ''}${request.body ? ` ${request.body.slice(0, 300)}` : ''}`,
  ];
  if (exchange.response) {
    const type = exchange.response.headers['x-amzn-errortype'];
    lines.push(
      `    response: ${exchange.response.status}${type ? ` (x-amzn-ErrorType: ${type})` : ''} ${exchange.response.body.slice(0, 300)}`.trimEnd(),
    );
  } else {
    lines.push(`    response: none (${exchange.transportError ?? 'unknown'})`);
  }
  return lines;
}

function findingLines(report: ConformanceReport, check: CheckReport, outcome: Outcome): string[] {
  const lines = [
    `  ${MARK[outcome.status]} ${check.id}: ${outcome.message}${outcome.specSilence ? ' [spec is silent]' : ''}`,
  ];
  if (outcome.status !== 'fail') return lines;
  lines.push(`    rule:     ${check.rule}`);
  const last = outcome.evidence[outcome.evidence.length - 1];
  if (last) lines.push(...evidenceLines(last));
  for (const detail of outcome.details ?? []) lines.push(`    ${detail}`);
  lines.push(`    reproduce: ${reproductionCommand(report.run, check.id)}`);
  return lines;
}

/** Groups findings by operation: failures and warnings in full, passes and skips counted per check. */
function operationSection(report: ConformanceReport, operation: OperationName | null): string[] {
  const lines: string[] = [];
  for (const check of report.checks) {
    const mine = check.outcomes.filter((o) => o.operation === operation);
    if (mine.length === 0) continue;
    const passed = mine.filter((o) => o.status === 'pass').length;
    const skipped = mine.filter((o) => o.status === 'skip');
    for (const outcome of mine.filter((o) => o.status === 'fail' || o.status === 'warn'))
      lines.push(...findingLines(report, check, outcome));
    if (passed > 0) lines.push(`  ${MARK.pass} ${check.id}${passed > 1 ? ` (${passed} assertions)` : ''}`);
    if (skipped.length > 0 && passed === 0)
      lines.push(`  ${MARK.skip} ${check.id} skipped: ${skipped[0]?.message ?? ''}`);
  }
  return lines;
}

/**
 * Renders a report for people: findings grouped by operation (each failure with its request,
 * response, rule and a reproduction command), the coverage table, cleanup, and a summary line.
 */
export function formatConsoleReport(report: ConformanceReport): string {
  const operations = new Set<OperationName>();
  for (const check of report.checks)
    for (const outcome of check.outcomes) if (outcome.operation) operations.add(outcome.operation);
  const out: string[] = [
    `ivs-contract conformance — ${report.run.endpoint} (${report.run.region}), seed ${report.run.seed}, run ${report.run.runId}`,
  ];
  if (!report.run.streamControl.available)
    out.push(`live-stream checks skipped: ${report.run.streamControl.reason ?? 'no stream control'}`);
  for (const operation of [...operations].sort()) {
    const section = operationSection(report, operation);
    if (section.length > 0) out.push('', operation, ...section);
  }
  const general = operationSection(report, null);
  if (general.length > 0) out.push('', '(not tied to one operation)', ...general);
  out.push('', 'Coverage', formatCoverageTable(report.coverage));
  out.push(
    '',
    `Cleanup: deleted ${report.cleanup.deleted.length} resource(s)${report.cleanup.leftovers.length > 0 ? `; could not delete ${report.cleanup.leftovers.join('; ')}` : ''}`,
  );
  const s = report.summary;
  const warnings = report.checks.flatMap((c) => c.outcomes).filter((o) => o.status === 'warn');
  const silent = warnings.filter((o) => o.specSilence).length;
  out.push(
    '',
    `${s.checks} checks: ${s.pass} passed, ${s.fail} failed, ${s.warn} with warnings (${warnings.length} warnings, ${silent} where the spec is silent), ${s.skip} skipped in ${(report.run.durationMs / 1000).toFixed(1)} s`,
  );
  return out.join('\n');
}
