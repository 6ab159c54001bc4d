import type { ConformanceReport } from '../report.js';
import type { Outcome } from '../types.js';
import { reproductionCommand } from './reproduce.js';

const escapeXml = (text: string): string =>
  text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these control characters, so they are removed.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

function evidenceText(outcome: Outcome): string {
  return outcome.evidence
    .map(
      (e) =>
        `${e.request.method} ${e.request.path}${e.request.query ? `?${e.request.query}` : ''} ${e.request.body ?? ''}\n→ ${e.response ? `${e.response.status} ${e.response.body}` : `no response (${e.transportError ?? ''})`}`,
    )
    .join('\n');
}

/**
 * Renders a report as JUnit XML for CI: one test suite per check, one test case per operation the
 * check made findings about; a failure carries the message, rule, evidence and a reproduction
 * command; warnings pass with their text in `system-out`.
 */
export function formatJunitReport(report: ConformanceReport): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const check of report.checks) {
    const byOperation = new Map<string, Outcome[]>();
    for (const outcome of check.outcomes) {
      const key = outcome.operation ?? 'general';
      byOperation.set(key, [...(byOperation.get(key) ?? []), outcome]);
    }
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    for (const [operation, outcomes] of byOperation) {
      const failed = outcomes.filter((o) => o.status === 'fail');
      const allSkipped = outcomes.every((o) => o.status === 'skip');
      const warnings = outcomes.filter((o) => o.status === 'warn');
      const name = escapeXml(`${check.id} ${operation}`);
      let body = '';
      if (failed.length > 0) {
        suiteFailures += 1;
        const text = failed
          .map((o) => `${o.message}\n${evidenceText(o)}${(o.details ?? []).map((d) => `\n${d}`).join('')}`)
          .join('\n\n');
        body += `<failure message="${escapeXml(failed[0]?.message ?? '')}" type="${escapeXml(check.family)}">${escapeXml(
          `rule: ${check.rule}\n\n${text}\n\nreproduce: ${reproductionCommand(report.run, check.id)}`,
        )}</failure>`;
      } else if (allSkipped) {
        suiteSkipped += 1;
        body += `<skipped message="${escapeXml(outcomes[0]?.message ?? '')}"/>`;
      }
      if (warnings.length > 0)
        body += `<system-out>${escapeXml(warnings.map((w) => `warning: ${w.message}`).join('\n'))}</system-out>`;
      cases.push(
        `    <testcase classname="${escapeXml(`conformance.${check.family}.${check.id}`)}" name="${name}"${body ? `>${body}</testcase>` : '/>'}`,
      );
    }
    tests += cases.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${escapeXml(check.id)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}" time="${seconds(check.durationMs)}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ivs-contract conformance" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.run.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
