import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pass } from '../../src/conformance/outcome.js';
import { runConformance } from '../../src/conformance/runner.js';
import { isServerFault, MAX_SERVER_ERROR_FINDINGS, serverFaultOutcomes } from '../../src/conformance/server-errors.js';
import type { Check } from '../../src/conformance/check.js';
import type { Exchange } from '../../src/conformance/types.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';
import { exchange } from './support/report-fixture.js';
import { errorReply, startRewritingProxy } from './support/rewriting-proxy.js';

let emulator: RunningMockServer;

beforeAll(async () => {
  emulator = await startMockServer({ port: 0, host: '127.0.0.1', seed: 5 });
});

afterAll(() => emulator.close());

const answered = (status: number, body = '{}'): Exchange => ({
  ...exchange,
  request: { ...exchange.request, body },
  response: { status, headers: {}, body: '' },
});
const dropped: Exchange = { ...exchange, response: null, transportError: 'other side closed' };

describe('server faults', () => {
  test('are 5xx answers and missing answers, but not a run that was aborted', () => {
    expect([answered(500), answered(503), dropped, answered(404)].map(isServerFault)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(isServerFault({ ...dropped, transportError: 'aborted' })).toBe(false);
  });

  test('each distinct request the server failed is a finding of its own', () => {
    const found = serverFaultOutcomes([answered(500, '{"a":1}'), answered(500, '{"a":2}'), dropped, answered(200)], []);
    expect(found.map((o) => o.status)).toEqual(['fail', 'fail', 'fail']);
    expect(found[2]?.message).toMatch(
      /^no answer \(other side closed\): a hang or a dropped connection: POST \/GetChannel/,
    );
  });

  test('a request sent twice is one finding', () => {
    expect(serverFaultOutcomes([answered(500), answered(500)], [])).toHaveLength(1);
  });

  test('a failure that already names the fault is not repeated', () => {
    const fault = answered(500);
    const failure = { status: 'fail' as const, operation: null, message: 'expected 400, got 500', evidence: [fault] };
    expect(serverFaultOutcomes([fault], [failure])).toEqual([]);
  });

  test('past the cap, the rest are listed in one more finding', () => {
    const many = Array.from({ length: MAX_SERVER_ERROR_FINDINGS + 3 }, (_, i) => answered(500, `{"i":${i}}`));
    const found = serverFaultOutcomes(many, []);
    expect(found).toHaveLength(MAX_SERVER_ERROR_FINDINGS + 1);
    expect(found.at(-1)?.details).toHaveLength(3);
  });

  test('a 500 a check saw but judged a pass still fails the check', async () => {
    const proxy = await startRewritingProxy(emulator.url, {
      request: (q) => (q.operation === 'ListStreams' ? errorReply(500, 'InternalServerException') : q),
    });
    try {
      const lenient: Check = {
        id: 'lenient',
        title: 'lenient',
        family: 'semantics',
        operations: ['ListStreams'],
        rule: 'passes whatever happens',
        async run(context) {
          await context.client.call('ListStreams', {});
          return [pass('ListStreams', 'fine')];
        },
      };
      const result = await runConformance({ endpoint: proxy.url, checks: [lenient], streamControl: 'none' });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.report.checks[0]?.status).toBe('fail');
      expect(result.report.checks[0]?.outcomes[1]?.message).toBe(
        'the server failed with 500: POST /ListStreams with {}',
      );
    } finally {
      await proxy.close();
    }
  });
});

describe('not-implemented operations', () => {
  test('are reported once, and the findings that depend on them are skipped with the reason', async () => {
    const proxy = await startRewritingProxy(emulator.url, {
      request: (q) =>
        q.operation === 'GetStreamKey'
          ? { status: 404, headers: { 'content-type': 'text/html' }, body: '<html>Not Found</html>' }
          : q,
    });
    try {
      const result = await runConformance({
        endpoint: proxy.url,
        only: ['operationsImplemented', 'errorConformance', 'invalidInputRejected', 'oneStreamKeyPerChannel'],
        runs: 2,
      });
      if (!result.ok) throw new Error(result.error.message);
      const outcomes = result.report.checks.flatMap((c) => c.outcomes.map((o) => ({ id: c.id, ...o })));
      const failures = outcomes.filter((o) => o.status === 'fail');
      expect(failures.map((o) => `${o.id} ${o.operation}`)).toEqual(['operationsImplemented GetStreamKey']);
      expect(failures[0]?.message).toMatch(/^GetStreamKey is not implemented \(POST \/GetStreamKey → 404/);
      const skipped = outcomes.filter((o) => o.id !== 'operationsImplemented' && o.operation === 'GetStreamKey');
      expect(skipped.length).toBeGreaterThan(0);
      for (const o of skipped)
        expect(o).toMatchObject({
          status: 'skip',
          message: expect.stringMatching(/^depends on GetStreamKey is not implemented/),
        });
    } finally {
      await proxy.close();
    }
  });
});
