import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fail } from '../../src/conformance/outcome.js';
import { runConformance, type RunProgress } from '../../src/conformance/runner.js';
import type { Check } from '../../src/conformance/check.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';
import { deadUrl, startServer } from './support/servers.js';

let emulator: RunningMockServer;

beforeAll(async () => {
  emulator = await startMockServer({ port: 0, host: '127.0.0.1', seed: 3 });
});

afterAll(() => emulator.close());

const channelCount = () => emulator.store.snapshot().partitions.reduce((n, p) => n + p.channels.length, 0);

const creatingCheck = (id: string, then: () => Promise<void> | void): Check => ({
  id,
  title: id,
  family: 'semantics',
  operations: ['CreateChannel'],
  rule: 'creates channels for the runner tests',
  async run(context) {
    const created = await context.fixtures.createChannel({ name: context.fixtures.name(id) });
    if (!created.ok) return [created.outcome];
    await then();
    return [
      fail('CreateChannel', `made ${created.value.arn} with tags ${JSON.stringify(created.value.channel['tags'])}`),
    ];
  },
});

describe('runConformance', () => {
  test('an endpoint where nothing listens is a connection error', async () => {
    const url = await deadUrl();
    const result = await runConformance({ endpoint: url, timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'connection' } });
    if (!result.ok) expect(result.error.message).toMatch(new RegExp(`^cannot reach ${url}: .*ECONNREFUSED`));
  });

  test('an endpoint that never answers is a connection error after the timeout', async () => {
    const hanging = await startServer(() => undefined);
    try {
      const result = await runConformance({ endpoint: hanging.url, timeoutMs: 200 });
      expect(result).toMatchObject({
        ok: false,
        error: { message: `cannot reach ${hanging.url}: no answer within 200 ms` },
      });
    } finally {
      await hanging.close();
    }
  });

  test('an endpoint that answers HTML gives failed checks, not a crash', async () => {
    const html = await startServer((_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      r.end('<html>not IVS</html>');
    });
    try {
      const result = await runConformance({
        endpoint: html.url,
        only: ['responseSchemaConformance', 'errorConformance', 'channelLifecycle', 'unknownRouteRejected'],
        timeoutMs: 2000,
      });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.report.checks.map((c) => c.status)).toEqual(['fail', 'fail', 'fail', 'fail']);
    } finally {
      await html.close();
    }
  });

  test('resources carry the run tag and are deleted even when the check fails', async () => {
    const result = await runConformance({
      endpoint: emulator.url,
      checks: [creatingCheck('makesOne', () => undefined)],
    });
    if (!result.ok) throw new Error(result.error.message);
    const [finding] = result.report.checks[0]?.outcomes ?? [];
    expect(finding?.message).toContain(`"ivs-contract:run-id":"${result.report.run.runId}"`);
    expect(result.report.cleanup.deleted.some((arn) => arn.includes(':channel/'))).toBe(true);
    expect(channelCount()).toBe(0);
  });

  test('an aborted run stops starting checks and still cleans up', async () => {
    const aborter = new AbortController();
    const checks = [creatingCheck('first', () => aborter.abort()), creatingCheck('second', () => undefined)];
    const result = await runConformance({ endpoint: emulator.url, checks, signal: aborter.signal });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.checks.map((c) => c.id)).toEqual(['first']);
    expect(channelCount()).toBe(0);
  });

  test('a check that throws is reported as failed and the run goes on', async () => {
    const throwing: Check = {
      id: 'throws',
      title: 't',
      family: 'robustness',
      operations: [],
      rule: 'throws on purpose',
      run: () => Promise.reject(new Error('boom')),
    };
    const result = await runConformance({
      endpoint: emulator.url,
      checks: [throwing, creatingCheck('after', () => undefined)],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.checks[0]).toMatchObject({
      id: 'throws',
      status: 'fail',
      outcomes: [{ message: 'the check stopped with an unexpected error: boom' }],
    });
    expect(result.report.checks).toHaveLength(2);
  });

  test('progress names each check, then cleanup', async () => {
    const progress: RunProgress[] = [];
    await runConformance({
      endpoint: emulator.url,
      only: ['channelDefaults', 'arnFormats'],
      streamControl: 'none',
      onProgress: (p) => progress.push(p),
    });
    expect(progress.map((p) => `${p.index}/${p.total} ${p.id}`)).toEqual([
      '1/2 channelDefaults',
      '2/2 arnFormats',
      '3/2 cleanup',
    ]);
  });

  test('--stream-control none skips the live-stream checks with the reason', async () => {
    const result = await runConformance({
      endpoint: emulator.url,
      only: ['liveStreamOperations'],
      streamControl: 'none',
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.checks[0]).toMatchObject({
      status: 'skip',
      outcomes: [{ message: 'needs a live stream: --stream-control none' }],
    });
  });

  test('auto stream control finds the emulator controls', async () => {
    const result = await runConformance({ endpoint: emulator.url, only: ['offlineStreamErrors'] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.run.streamControl).toEqual({ mode: 'auto', available: true, reason: null });
  });

  test('the run block records the recording-state timeout the run was given', async () => {
    const result = await runConformance({
      endpoint: emulator.url,
      only: ['channelDefaults'],
      timeoutMs: 4000,
      recordingStateTimeoutMs: 1234,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.run).toMatchObject({ timeoutMs: 4000, recordingStateTimeoutMs: 1234 });
  });

  test('the run block records the default recording-state timeout of 60 s when none is given', async () => {
    const result = await runConformance({ endpoint: emulator.url, only: ['channelDefaults'] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.run.recordingStateTimeoutMs).toBe(60_000);
  });

  test('the same seed sends the same requests', async () => {
    const run = async () => {
      const result = await runConformance({ endpoint: emulator.url, seed: 9, only: ['errorConformance'] });
      if (!result.ok) throw new Error(result.error.message);
      return result.report.checks[0]?.outcomes.map((o) => o.evidence[0]?.request.body);
    };
    expect(await run()).toEqual(await run());
  });
});
