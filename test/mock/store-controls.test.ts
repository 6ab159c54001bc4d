import { IvsClient, ListChannelsCommand } from '@aws-sdk/client-ivs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtures } from '../../src/fuzz/index.js';
import { createIvsStore, type IvsStoreChange, IvsStoreError, ivsHandlers } from '../../src/mock/index.js';
import { SNAPSHOT_FORMAT } from '../../src/state/snapshot.js';

const unknownChannel = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCD0000';
const unknownRecordingConfiguration = 'arn:aws:ivs:us-west-2:123456789012:recording-configuration/abcdABCD0000';

/** The error a control threw, or `undefined`. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('store controls throw a typed error on a programming mistake', () => {
  test.each([
    [
      'startStream on an unknown channel',
      (s: ReturnType<typeof createIvsStore>) => s.startStream(unknownChannel),
      'ResourceNotFoundException',
    ],
    [
      'startStream on something that is no channel ARN',
      (s: ReturnType<typeof createIvsStore>) => s.startStream('nope'),
      'ValidationException',
    ],
    [
      'stopStream on an unknown channel',
      (s: ReturnType<typeof createIvsStore>) => s.stopStream(unknownChannel),
      'ResourceNotFoundException',
    ],
    [
      'setRecordingConfigurationState on an unknown recording configuration',
      (s: ReturnType<typeof createIvsStore>) =>
        s.setRecordingConfigurationState(unknownRecordingConfiguration, 'ACTIVE'),
      'ResourceNotFoundException',
    ],
    [
      'setRecordingConfigurationState on a channel ARN',
      (s: ReturnType<typeof createIvsStore>) => s.setRecordingConfigurationState(unknownChannel, 'ACTIVE'),
      'ValidationException',
    ],
    [
      'restore of something that is no snapshot',
      (s: ReturnType<typeof createIvsStore>) => s.restore({ format: 'x' }),
      'ValidationException',
    ],
  ])('%s throws IvsStoreError with the type the service would answer', (_name, control, type) => {
    const error = thrown(() => control(createIvsStore()));
    expect(error).toBeInstanceOf(IvsStoreError);
    expect((error as IvsStoreError).type).toBe(type);
  });

  test('the message names the control, the error type and the reason', () => {
    const error = thrown(() => createIvsStore().startStream(unknownChannel)) as IvsStoreError;
    expect(error.message).toMatch(/^store\.startStream: ResourceNotFoundException: .*abcdABCD0000/);
  });

  test('stopStream on a channel that is not live throws ChannelNotBroadcasting', () => {
    const store = createIvsStore({ seed: 1 });
    const { channel } = store.createChannel({ name: 'quiet' });
    expect((thrown(() => store.stopStream(channel?.arn ?? '')) as IvsStoreError).type).toBe('ChannelNotBroadcasting');
  });

  test('a bad restore throws and leaves the state as it was', () => {
    const store = createIvsStore({ seed: 1 });
    store.createChannel({ name: 'kept' });
    const before = store.snapshot();
    thrown(() => store.restore({ format: SNAPSHOT_FORMAT, partitions: 'x' }));
    expect(store.snapshot()).toEqual(before);
  });
});

describe('the try… forms return the failure as a value', () => {
  test('tryStartStream', () => {
    expect(createIvsStore().tryStartStream(unknownChannel)).toMatchObject({
      ok: false,
      error: { type: 'ResourceNotFoundException' },
    });
  });

  test('tryStopStream', () => {
    expect(createIvsStore().tryStopStream(unknownChannel)).toMatchObject({ ok: false });
  });

  test('trySetRecordingConfigurationState', () => {
    expect(createIvsStore().trySetRecordingConfigurationState(unknownRecordingConfiguration, 'ACTIVE')).toMatchObject({
      ok: false,
      error: { type: 'ResourceNotFoundException' },
    });
  });

  test('tryRestore', () => {
    expect(createIvsStore().tryRestore(42)).toMatchObject({ ok: false, error: { type: 'ValidationException' } });
  });

  test('a good call returns ok with the value', () => {
    const store = createIvsStore({ seed: 1 });
    const { channel } = store.createChannel({ name: 'live' });
    expect(store.tryStartStream(channel?.arn ?? '', { viewerCount: 4 })).toMatchObject({
      ok: true,
      value: { channelArn: channel?.arn, viewerCount: 4, state: 'LIVE' },
    });
  });
});

describe('seeding helpers answer as the service would, through the operations themselves', () => {
  const store = createIvsStore({ seed: 3 });
  const server = setupServer(...ivsHandlers({ store }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  test('createChannel returns the channel and its stream key, and the SDK lists it', async () => {
    const created = store.createChannel({ name: 'studio-a', tags: { team: 'video' } });
    expect(created.channel).toMatchObject({
      name: 'studio-a',
      latencyMode: 'LOW',
      type: 'STANDARD',
      tags: { team: 'video' },
    });
    expect(created.streamKey?.channelArn).toBe(created.channel?.arn);
    const ivs = new IvsClient({ region: 'us-west-2', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    const { channels } = await ivs.send(new ListChannelsCommand({}));
    expect(channels?.map((summary) => summary.arn)).toContain(created.channel?.arn);
  });

  test('createChannel seeds the account and region it is given', () => {
    const { channel } = createIvsStore().createChannel(
      { name: 'eu' },
      { accountId: '111122223333', region: 'eu-west-1' },
    );
    expect(channel?.arn).toMatch(/^arn:aws:ivs:eu-west-1:111122223333:channel\//);
  });

  test('createChannel with an input the service refuses throws its ValidationException', () => {
    const error = thrown(() => createIvsStore().createChannel({ name: 'has spaces' })) as IvsStoreError;
    expect(error.type).toBe('ValidationException');
  });

  test('createChannel is the CreateChannel operation: onChange hears it as one', () => {
    const changes: IvsStoreChange[] = [];
    createIvsStore({ onChange: (change) => changes.push(change) }).createChannel({ name: 'heard' });
    expect(changes).toMatchObject([{ kind: 'operation', operation: 'CreateChannel' }]);
  });

  test('createStreamKey gives a channel without one its stream key', () => {
    const store2 = createIvsStore({ seed: 4 });
    const channel = fixtures.channel({ seed: 8 });
    store2.restore({
      format: SNAPSHOT_FORMAT,
      partitions: [
        { accountId: '123456789012', region: 'us-west-2', channels: [channel], streamKeys: [], streams: [] },
      ],
    });
    const { streamKey } = store2.createStreamKey(channel.arn ?? '', { tags: { k: 'v' } });
    expect(streamKey).toMatchObject({ channelArn: channel.arn, tags: { k: 'v' } });
  });

  test('createStreamKey for a channel that has its key throws the service quota error', () => {
    const { channel } = store.createChannel({ name: 'has-key' });
    const error = thrown(() => store.createStreamKey(channel?.arn ?? '')) as IvsStoreError;
    expect(error.type).toBe('ServiceQuotaExceededException');
  });
});
