import { operationNames } from '../../generated/operations.js';
import { describe, expect, test } from 'vitest';
import { fail, pass, silence, skip } from '../../src/conformance/outcome.js';
import { formatConsoleReport } from '../../src/conformance/reporters/console.js';
import { formatCoverageTable } from '../../src/conformance/reporters/coverage-table.js';
import { formatJsonReport } from '../../src/conformance/reporters/json.js';
import { formatJunitReport } from '../../src/conformance/reporters/junit.js';
import { findReporter, reportPath, reporters } from '../../src/conformance/reporters/index.js';
import { checkReport, exchange, report } from './support/report-fixture.js';

const sample = report([
  checkReport(
    'errorConformance',
    [
      fail('GetChannel', 'expected ResourceNotFoundException, got 400 ValidationException', [exchange]),
      pass('GetStreamKey', 'ok'),
    ],
    'error',
  ),
  checkReport('batchGetSemantics', [silence('BatchGetChannel', 'code is "NotFound"')]),
  checkReport('liveStreamOperations', [skip(null, 'needs a live stream')], 'streams'),
]);

describe('console reporter', () => {
  const text = formatConsoleReport(sample);

  test('groups findings under their operation', () => {
    expect(text).toMatch(/\nGetChannel\n {2}✗ errorConformance: expected ResourceNotFoundException/);
    expect(text).toMatch(/\nGetStreamKey\n {2}✓ errorConformance/);
  });

  test('shows a failure with its rule, request, response and reproduction command', () => {
    expect(text).toContain('rule:     the rule of errorConformance');
    expect(text).toContain('request:  POST /GetChannel {"arn":"arn:aws:ivs:us-west-2:123456789012:channel/abc"}');
    expect(text).toContain('response: 400 (x-amzn-ErrorType: ValidationException)');
    expect(text).toContain(
      'reproduce: npx ivs-contract conformance --endpoint http://127.0.0.1:4566 --seed 7 --runs 3 --only errorConformance',
    );
  });

  test('marks spec-silence warnings', () => {
    expect(text).toContain('! batchGetSemantics: code is "NotFound" [spec is silent]');
  });

  test('ends with the coverage table and a summary line', () => {
    expect(text).toContain('Coverage\noperation');
    expect(text.trim().split('\n').at(-1)).toMatch(
      /^3 checks: 0 passed, 1 failed, 1 with warnings \(1 warnings, 1 where the spec is silent\), 1 skipped/,
    );
  });

  test('a run against the built-in emulator reproduces without --endpoint', () => {
    const builtIn = formatConsoleReport(report(sample.checks as never, { builtInEmulator: true }));
    expect(builtIn).toContain('reproduce: npx ivs-contract conformance --seed 7');
  });
});

describe('JSON reporter', () => {
  test('writes the documented shape', () => {
    const parsed = JSON.parse(formatJsonReport(sample)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['format', 'run', 'summary', 'checks', 'coverage', 'cleanup']);
    expect(parsed['format']).toBe('ivs-contract/conformance-report@1');
    const [first] = parsed['checks'] as {
      id: string;
      status: string;
      outcomes: { operation: string; status: string; message: string; evidence: unknown[] }[];
    }[];
    expect(first).toMatchObject({ id: 'errorConformance', status: 'fail' });
    expect(first?.outcomes[0]).toMatchObject({
      operation: 'GetChannel',
      status: 'fail',
      evidence: [{ request: { path: '/GetChannel' } }],
    });
  });
});

describe('JUnit reporter', () => {
  const xml = formatJunitReport(sample);

  test('counts test cases, failures and skips', () => {
    expect(xml).toMatch(/<testsuites name="ivs-contract conformance" tests="4" failures="1" errors="0" skipped="1"/);
  });

  test('escapes XML special characters in messages and evidence', () => {
    expect(xml).toContain('bad &lt;arn&gt; &amp; \\&quot;quote\\&quot;');
    expect(xml).not.toContain('<arn>');
  });

  test('puts warnings in system-out of a passing case', () => {
    expect(xml).toMatch(
      /<testcase classname="conformance.semantics.batchGetSemantics" name="batchGetSemantics BatchGetChannel"><system-out>warning: code is &quot;NotFound&quot;<\/system-out><\/testcase>/,
    );
  });
});

describe('coverage table', () => {
  test('has one row per operation with declared errors counted', () => {
    const coverage = sample.coverage;
    coverage.GetChannel.calls = 4;
    coverage.GetChannel.successes = 1;
    coverage.GetChannel.errors.push('ResourceNotFoundException');
    coverage.GetChannel.constraints.push('pattern');
    const lines = formatCoverageTable(coverage).split('\n');
    expect(lines).toHaveLength(2 + operationNames.length);
    expect(lines.find((l) => l.startsWith('GetChannel '))).toMatch(
      /GetChannel\s+4\s+1\s+1\/3 ResourceNotFoundException\s+pattern/,
    );
  });

  test('shows per operation how many planned constraints were broken and confirmed', () => {
    const coverage = structuredClone(sample.coverage);
    coverage.ListChannels.planned.push('maxResults:maximum', 'maxResults:minimum', 'maxResults:type');
    coverage.ListChannels.broken.push('maxResults:maximum', 'maxResults:minimum');
    coverage.ListChannels.confirmed.push('maxResults:maximum');
    const lines = formatCoverageTable(coverage).split('\n');
    expect(lines[0]).toMatch(/plan: planned\/broken\/confirmed$/);
    expect(lines.find((l) => l.startsWith('ListChannels '))).toMatch(/ 3\/2\/1$/);
  });
});

describe('reporter registry', () => {
  test('names every reporter once, each with its file extension', () => {
    expect(reporters.map((r) => [r.name, r.extension])).toEqual([
      ['console', null],
      ['json', 'json'],
      ['junit', 'xml'],
    ]);
  });

  test('finds a reporter by name and nothing for an unknown name', () => {
    expect(findReporter('junit')?.render).toBe(formatJunitReport);
    expect(findReporter('xml')).toBeUndefined();
  });

  test.each([
    ['report', 'json', 'report.json'],
    ['out/report.xml', 'json', 'out/report.json'],
    ['out/report.JSON', 'junit', 'out/report.xml'],
  ])('several file reporters sharing %s: %s writes %s', (output, name, want) => {
    const reporter = findReporter(name);
    if (!reporter) throw new Error(name);
    expect(reportPath(output, reporter)).toBe(want);
  });
});
