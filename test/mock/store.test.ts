import { describe, expect, test } from 'vitest';
import { createChannel } from '../../src/mock/resources/channels/behaviours.js';
import { behaviourContext } from '../../src/mock/resources/index.js';
import { createIvsStore } from '../../src/mock/store.js';
import { SNAPSHOT_FORMAT } from '../../src/state/snapshot.js';
import { errorType, testContext, unwrap } from './context.js';

describe('createIvsStore', () => {
  test('the same seed gives the same ARNs, addresses and key values', () => {
    const a = testContext({ seed: 11 });
    const b = testContext({ seed: 11 });
    expect(unwrap(createChannel(a.context(), {}))).toEqual(unwrap(createChannel(b.context(), {})));
  });

  test('different seeds give different ids', () => {
    const a = unwrap(createChannel(testContext({ seed: 1 }).context(), {}));
    const b = unwrap(createChannel(testContext({ seed: 2 }).context(), {}));
    expect(a.channel?.arn).not.toBe(b.channel?.arn);
  });

  test('ids, ingest endpoint, playback URL and key value look like the real service', () => {
    const { channel, streamKey } = unwrap(createChannel(testContext().context(), {}));
    expect(channel?.arn).toMatch(/^arn:aws:ivs:us-west-2:123456789012:channel\/[a-zA-Z0-9]{12}$/);
    expect(channel?.ingestEndpoint).toMatch(/^[a-z0-9]{12}\.global-contribute\.live-video\.net$/);
    const id = channel?.arn?.split('/')[1];
    expect(channel?.playbackUrl).toBe(
      `https://${channel?.ingestEndpoint?.split('.')[0]}.us-west-2.playback.live-video.net/api/video/v1/us-west-2.123456789012.channel.${id}.m3u8`,
    );
    expect(streamKey?.arn).toMatch(/^arn:aws:ivs:us-west-2:123456789012:stream-key\/[a-zA-Z0-9]{12}$/);
    expect(streamKey?.value).toMatch(/^sk_us-west-2_[a-zA-Z0-9]{12}_[a-zA-Z0-9]{12}$/);
  });

  test('reset forgets everything and restarts the id sequence', () => {
    const { store, context } = testContext();
    const first = unwrap(createChannel(context(), {}));
    store.reset();
    expect(store.snapshot().partitions).toEqual([]);
    expect(unwrap(createChannel(context(), {}))).toEqual(first);
  });

  test('partitions by account and region are independent', () => {
    const store = createIvsStore({ seed: 3 });
    const ctx = (accountId: string, region: string) => behaviourContext(store, store.partition(accountId, region), 0);
    unwrap(createChannel(ctx('111111111111', 'us-west-2'), {}));
    unwrap(createChannel(ctx('111111111111', 'eu-west-1'), {}));
    unwrap(createChannel(ctx('222222222222', 'us-west-2'), {}));
    expect(store.partition('111111111111', 'us-west-2').channels.size).toBe(1);
    expect(store.snapshot().partitions.map((p) => `${p.accountId}/${p.region}`)).toEqual([
      '111111111111/us-west-2',
      '111111111111/eu-west-1',
      '222222222222/us-west-2',
    ]);
  });

  test('startStream finds the partition from the channel ARN', () => {
    const store = createIvsStore({ seed: 3, clock: () => Date.parse('2026-03-04T05:06:07.890Z') });
    const { channel } = unwrap(
      createChannel(behaviourContext(store, store.partition('210987654321', 'eu-west-1'), 0), {}),
    );
    const stream = unwrap(store.tryStartStream(channel?.arn ?? '', { health: 'STARVING', viewerCount: 12 }));
    expect(stream).toEqual({
      channelArn: channel?.arn,
      streamId: expect.stringMatching(/^st-[a-zA-Z0-9]{23}$/),
      playbackUrl: channel?.playbackUrl,
      startTime: '2026-03-04T05:06:07Z',
      state: 'LIVE',
      health: 'STARVING',
      viewerCount: 12,
    });
    expect(store.partition('210987654321', 'eu-west-1').streams.size).toBe(1);
  });

  test('startStream on a live channel updates health and viewers but keeps the start time', () => {
    const { store, context, setTime } = testContext();
    const arn = unwrap(createChannel(context(), {})).channel?.arn ?? '';
    const first = unwrap(store.tryStartStream(arn));
    setTime(Date.parse('2026-05-05T00:00:00Z'));
    const second = unwrap(store.tryStartStream(arn, { viewerCount: 99 }));
    expect(second).toEqual({ ...first, viewerCount: 99 });
  });

  test('startStream accepts an explicit start time', () => {
    const { store, context } = testContext();
    const arn = unwrap(createChannel(context(), {})).channel?.arn ?? '';
    expect(unwrap(store.tryStartStream(arn, { startTime: '2020-05-05T21:55:38Z' })).startTime).toBe(
      '2020-05-05T21:55:38Z',
    );
  });

  test.each([
    ['an unknown channel', 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh', 'ResourceNotFoundException'],
    ['a string that is not a channel ARN', 'nope', 'ValidationException'],
  ])('startStream on %s fails with %s', (_name, arn, type) => {
    expect(errorType(testContext().store.tryStartStream(arn, {}))).toBe(type);
  });

  test('startStream refuses an unknown health value', () => {
    const { store, context } = testContext();
    const arn = unwrap(createChannel(context(), {})).channel?.arn ?? '';
    expect(errorType(store.tryStartStream(arn, { health: 'GREAT' as never }))).toBe('ValidationException');
  });

  test('stopStream on an offline channel is ChannelNotBroadcasting', () => {
    const { store, context } = testContext();
    const arn = unwrap(createChannel(context(), {})).channel?.arn ?? '';
    expect(errorType(store.tryStopStream(arn))).toBe('ChannelNotBroadcasting');
  });

  test('snapshot then restore into a new store gives the same snapshot', () => {
    const { store, context } = testContext();
    const arn =
      unwrap(createChannel(context(), { name: 'a', tags: JSON.parse('{"__proto__":"x","team":"y"}') })).channel?.arn ??
      '';
    unwrap(createChannel(context(), { name: 'b', latencyMode: 'NORMAL', type: 'BASIC' }));
    unwrap(store.tryStartStream(arn, { viewerCount: 3 }));
    const snapshot = store.snapshot();
    expect(snapshot.format).toBe(SNAPSHOT_FORMAT);
    const copy = createIvsStore();
    unwrap(copy.tryRestore(JSON.parse(JSON.stringify(snapshot))));
    expect(copy.snapshot()).toEqual(snapshot);
    expect(Object.keys(copy.snapshot().partitions[0]?.channels[0]?.tags ?? {})).toEqual(['__proto__', 'team']);
  });

  test('a bad snapshot is refused and the state is kept', () => {
    const { store, context } = testContext();
    unwrap(createChannel(context(), {}));
    const before = store.snapshot();
    const broken = JSON.parse(JSON.stringify(before));
    broken.partitions[0].streamKeys[0].channelArn = 'arn:aws:ivs:us-west-2:123456789012:channel/missingMissi';
    expect(errorType(store.tryRestore(broken))).toBe('ValidationException');
    expect(store.snapshot()).toEqual(before);
  });

  test.each([
    ['a wrong format tag', { format: 'other', partitions: [] }],
    [
      'a channel ARN of another partition',
      {
        format: SNAPSHOT_FORMAT,
        partitions: [
          {
            accountId: '123456789012',
            region: 'us-west-2',
            streamKeys: [],
            streams: [],
            channels: [
              { arn: 'arn:aws:ivs:eu-west-1:123456789012:channel/abcdABCDefgh', ingestEndpoint: 'x', playbackUrl: 'y' },
            ],
          },
        ],
      },
    ],
    [
      'a stream on an unknown channel',
      {
        format: SNAPSHOT_FORMAT,
        partitions: [
          {
            accountId: '123456789012',
            region: 'us-west-2',
            channels: [],
            streamKeys: [],
            streams: [
              {
                channelArn: 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh',
                startTime: '2020-01-01T00:00:00Z',
              },
            ],
          },
        ],
      },
    ],
    [
      'a channel whose name breaks the model',
      {
        format: SNAPSHOT_FORMAT,
        partitions: [
          {
            accountId: '123456789012',
            region: 'us-west-2',
            streamKeys: [],
            streams: [],
            channels: [
              {
                arn: 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh',
                name: 'has space',
                ingestEndpoint: 'x',
                playbackUrl: 'y',
              },
            ],
          },
        ],
      },
    ],
    [
      'a bad account id',
      {
        format: SNAPSHOT_FORMAT,
        partitions: [{ accountId: '12', region: 'us-west-2', channels: [], streamKeys: [], streams: [] }],
      },
    ],
  ])('restore refuses %s', (_name, snapshot) => {
    expect(errorType(createIvsStore().tryRestore(snapshot as never))).toBe('ValidationException');
  });

  test('restored channels fill every absent member with its default', () => {
    const store = createIvsStore();
    const arn = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';
    unwrap(
      store.tryRestore({
        format: SNAPSHOT_FORMAT,
        partitions: [
          {
            accountId: '123456789012',
            region: 'us-west-2',
            channels: [{ arn, ingestEndpoint: 'e', playbackUrl: 'p' }],
            streamKeys: [],
            streams: [],
          },
        ],
      }),
    );
    expect(store.snapshot().partitions[0]?.channels[0]).toEqual({
      arn,
      name: '',
      latencyMode: 'LOW',
      type: 'STANDARD',
      recordingConfigurationArn: '',
      ingestEndpoint: 'e',
      playbackUrl: 'p',
      authorized: false,
      tags: {},
      insecureIngest: false,
      srt: { endpoint: 'e' },
      playbackRestrictionPolicyArn: '',
      containerFormat: 'TS',
      adConfigurationArn: '',
    });
  });
});
