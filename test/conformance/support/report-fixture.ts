import { emptyCoverage } from '../../../src/conformance/coverage.js';
import { REPORT_FORMAT, summarize, type CheckReport, type ConformanceReport } from '../../../src/conformance/report.js';
import type { Exchange, Outcome } from '../../../src/conformance/types.js';

/** A small exchange for report tests. */
export const exchange: Exchange = {
  operation: 'GetChannel',
  request: {
    method: 'POST',
    path: '/GetChannel',
    query: '',
    contentType: 'application/json',
    body: '{"arn":"arn:aws:ivs:us-west-2:123456789012:channel/abc"}',
  },
  response: {
    status: 400,
    headers: { 'x-amzn-errortype': 'ValidationException' },
    body: '{"exceptionMessage":"bad <arn> & \\"quote\\""}',
  },
  transportError: null,
  json: { exceptionMessage: 'bad <arn> & "quote"' },
  durationMs: 3,
};

/** A check report with the given findings. */
export function checkReport(id: string, outcomes: Outcome[], family: CheckReport['family'] = 'semantics'): CheckReport {
  const rank = { skip: 0, pass: 1, warn: 2, fail: 3 } as const;
  const status = outcomes.reduce<CheckReport['status']>(
    (worst, o) => (rank[o.status] > rank[worst] ? o.status : worst),
    'skip',
  );
  return {
    id,
    title: id,
    family,
    rule: `the rule of ${id}`,
    operations: ['GetChannel'],
    status,
    durationMs: 5,
    outcomes,
  };
}

/** A whole report around the given checks. */
export function report(checks: CheckReport[], overrides: Partial<ConformanceReport['run']> = {}): ConformanceReport {
  return {
    format: REPORT_FORMAT,
    run: {
      tool: 'ivs-contract',
      runId: 'abc123',
      endpoint: 'http://127.0.0.1:4566',
      builtInEmulator: false,
      region: 'us-west-2',
      seed: 7,
      runs: 3,
      timeoutMs: 1000,
      recordingStateTimeoutMs: 60000,
      only: [],
      skip: [],
      shards: [{ index: 1, count: 1 }],
      streamControl: { mode: 'auto', available: true, reason: null },
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 1234,
      ...overrides,
    },
    summary: summarize(checks),
    checks,
    coverage: emptyCoverage(),
    cleanup: { deleted: ['arn:aws:ivs:us-west-2:123456789012:channel/abc'], leftovers: [] },
  };
}
