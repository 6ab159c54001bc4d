import { afterEach, describe, expect, test } from 'vitest';
import { createConformanceClient, type ConformanceClient } from '../../src/conformance/client.js';
import { awaitRecordingState } from '../../src/conformance/recording-state.js';
import { createIvsStore, type RecordingConfigurationProgression } from '../../src/mock/store.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';

let emulator: RunningMockServer | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function withProgression(
  progression: RecordingConfigurationProgression,
): Promise<{ client: ConformanceClient; arn: string; state: unknown }> {
  const store = createIvsStore({ seed: 1, recordingConfigurationProgression: progression });
  emulator = await startMockServer({ port: 0, host: '127.0.0.1', store });
  const client = createConformanceClient({ endpoint: emulator.url, region: 'us-west-2', timeoutMs: 5000 });
  const created = await client.call('CreateRecordingConfiguration', {
    destinationConfiguration: { s3: { bucketName: 'bucket' } },
  });
  const { arn, state } = (created.json as { recordingConfiguration: { arn: string; state: unknown } })
    .recordingConfiguration;
  return { client, arn, state };
}

describe('awaitRecordingState', () => {
  test('a configuration created ACTIVE needs no read', async () => {
    const { client, arn, state } = await withProgression('immediate');

    const wait = await awaitRecordingState(client, arn, { initial: state, timeoutMs: 1000 });

    expect(wait).toMatchObject({ final: 'ACTIVE', states: ['ACTIVE'], exchanges: [], problem: null });
  });

  test('reads until the configuration leaves CREATING', async () => {
    const { client, arn, state } = await withProgression({ afterReads: 3 });

    const wait = await awaitRecordingState(client, arn, { initial: state, timeoutMs: 5000, intervalMs: 1 });

    expect(wait.final).toBe('ACTIVE');
    expect(wait.states).toEqual(['CREATING', 'ACTIVE']);
    expect(wait.exchanges).toHaveLength(3);
  });

  test('CREATE_FAILED is a final state', async () => {
    const { client, arn, state } = await withProgression('manual');
    setTimeout(() => emulator?.store.setRecordingConfigurationState(arn, 'CREATE_FAILED'), 20);

    const wait = await awaitRecordingState(client, arn, { initial: state, timeoutMs: 5000, intervalMs: 5 });

    expect(wait).toMatchObject({ final: 'CREATE_FAILED', states: ['CREATING', 'CREATE_FAILED'], problem: null });
  });

  test('gives up after the timeout, saying so', async () => {
    const { client, arn, state } = await withProgression('manual');

    const wait = await awaitRecordingState(client, arn, { initial: state, timeoutMs: 60, intervalMs: 5 });

    expect(wait.final).toBeNull();
    expect(wait.problem).toMatch(/^no final state within 60 ms \(\d+ reads\)$/);
    expect(wait.states).toEqual(['CREATING']);
  });

  test('a timeout of 0 still reads once', async () => {
    const { client, arn, state } = await withProgression({ afterReads: 1 });

    const wait = await awaitRecordingState(client, arn, { initial: state, timeoutMs: 0 });

    expect(wait).toMatchObject({ final: 'ACTIVE', states: ['CREATING', 'ACTIVE'], problem: null });
  });

  test('a state that is neither CREATING nor final ends the wait', async () => {
    const { client, arn } = await withProgression('manual');
    const answer = { status: 200, headers: { 'content-type': 'application/json' } };
    const odd = createConformanceClient({
      endpoint: client.endpoint.href,
      region: 'us-west-2',
      timeoutMs: 5000,
      fetch: async () => new Response(JSON.stringify({ recordingConfiguration: { arn, state: 'READY' } }), answer),
    });

    const wait = await awaitRecordingState(odd, arn, { initial: 'CREATING', timeoutMs: 5000 });

    expect(wait).toMatchObject({ final: null, states: ['CREATING', 'READY'] });
    expect(wait.problem).toBe('it answered state "READY", neither CREATING nor ACTIVE nor CREATE_FAILED');
  });

  test('a read that fails ends the wait with the reason', async () => {
    const { client, arn } = await withProgression('manual');
    await client.call('DeleteRecordingConfiguration', { arn });

    const wait = await awaitRecordingState(client, arn, { timeoutMs: 1000 });

    expect(wait.final).toBeNull();
    expect(wait.problem).toMatch(
      /^reading it failed: POST \/GetRecordingConfiguration → 404 ResourceNotFoundException$/,
    );
  });
});
