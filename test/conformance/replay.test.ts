import { afterEach, describe, expect, test } from 'vitest';
import { createRecorder, Placeholders } from '../../src/conformance/recording.js';
import { formatReplayReport, parseRecording, replayRecording } from '../../src/conformance/replay.js';
import { newRunId, runConformance } from '../../src/conformance/runner.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';
import { startRewritingProxy, withJson, type RunningProxy } from './support/rewriting-proxy.js';

const running: (RunningMockServer | RunningProxy)[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

async function emulator(seed: number): Promise<RunningMockServer> {
  const server = await startMockServer({ port: 0, host: '127.0.0.1', seed });
  running.push(server);
  return server;
}

/** Records a run of a few checks against a fresh emulator. */
async function record(only: readonly string[]): Promise<string> {
  const source = await emulator(7);
  const runId = newRunId();
  const recorder = createRecorder(runId, 'us-west-2');
  const result = await runConformance({ endpoint: source.url, runId, only, onWire: recorder.note });
  if (!result.ok) throw new Error(result.error.message);
  return recorder.lines().join('\n');
}

async function replay(text: string, endpoint: string) {
  const recording = parseRecording(text);
  if (!recording.ok) throw new Error(recording.error.message);
  return replayRecording(recording.header, recording.exchanges, { endpoint, timeoutMs: 5000 });
}

const CHECKS = ['channelLifecycle', 'crossOperationConsistency', 'errorConformance', 'paginationCompleteness'];

describe('a recording', () => {
  test('holds no run-specific value: ARNs, account, run id, secrets and timestamps are placeholders', async () => {
    const text = await record(['channelLifecycle', 'liveStreamOperations']);
    const [header, ...lines] = text.split('\n');
    expect(JSON.parse(header ?? '')).toEqual({
      format: 'ivs-contract/recording@1',
      region: 'us-west-2',
      exchanges: lines.length,
    });
    expect(text).not.toMatch(/arn:aws:ivs:us-west-2:\d{12}:channel\/[A-Za-z0-9]{12}"/);
    expect(text).not.toMatch(/sk_us-west-2_/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(text).toContain('<arn:channel:1>');
    expect(text).toContain('ivsc-<runId>-');
    expect(text).toContain('"startTime":"<timestamp>"');
  });

  test('keeps the id of an ARN the suite made up, so its length and characters stay what the check sent', () => {
    const placeholders = new Placeholders('run1');
    placeholders.json({ arn: 'arn:aws:ivs:us-west-2:111122223333:channel/minted000001' });
    expect(placeholders.text('{"arn":"arn:aws:ivs:us-west-2:111122223333:channel/madeUpByTheSuite"}', false)).toBe(
      '{"arn":"arn:aws:ivs:us-west-2:<account>:channel/madeUpByTheSuite"}',
    );
  });
});

describe('replay', () => {
  test('against another instance of the same emulator finds no difference', async () => {
    const text = await record(CHECKS);
    const target = await emulator(99);
    const report = await replay(text, target.url);
    expect(formatReplayReport(report)).toBe(`replay: all ${report.exchanges} exchanges answered as recorded`);
  }, 60_000);

  test('against a variant with a planted bug names the exchange and the member that differs', async () => {
    const text = await record(CHECKS);
    const target = await emulator(99);
    const proxy = await startRewritingProxy(target.url, {
      response: (q, r) =>
        q.operation === 'GetChannel' && r.status === 200
          ? withJson(r, (b) => {
              const { playbackUrl: _dropped, ...channel } = b['channel'] as Record<string, unknown>;
              return { ...b, channel };
            })
          : r,
    });
    running.push(proxy);
    const report = await replay(text, proxy.url);
    expect(report.differences.length).toBeGreaterThan(0);
    for (const difference of report.differences) {
      expect(difference.request).toMatch(/^GetChannel POST \/GetChannel$/);
      expect(difference.differences).toEqual([
        expect.stringMatching(/^body \/channel\/playbackUrl: recorded "<playback:\d+>", got nothing$/),
      ]);
    }
  }, 60_000);

  test('reports a recording line that is not JSON', () => {
    expect(parseRecording('{"format":"ivs-contract/recording@1"}\nnot json')).toEqual({
      ok: false,
      error: { message: 'line 2 is not JSON' },
    });
    expect(parseRecording('{"format":"other"}')).toMatchObject({ ok: false });
  });
});
