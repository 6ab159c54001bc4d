import { IvsClient, ListChannelsCommand } from '@aws-sdk/client-ivs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtures, generateFixtures } from '../../src/fuzz/index.js';
import { createIvsStore, ivsHandlers } from '../../src/mock/index.js';
import { SNAPSHOT_FORMAT } from '../../src/state/snapshot.js';

describe('every ARN a fixture helper makes is unique', () => {
  test('the stream keys of two channels made with the same seed have different ARNs', () => {
    const [c1, c2] = [fixtures.channel({ seed: 1 }), fixtures.channel({ seed: 2 })];
    expect(fixtures.streamKey(c1).arn).not.toBe(fixtures.streamKey(c2).arn);
  });

  test('the stream key of a channel is still the same for the same channel and seed', () => {
    const channel = fixtures.channel({ seed: 3 });
    expect(fixtures.streamKey(channel, { seed: 9 })).toEqual(fixtures.streamKey(channel, { seed: 9 }));
  });

  test('one-off channels and their keys restore together without a repeated ARN', () => {
    const channels = [1, 2, 3].map((seed) => fixtures.channel({ seed }));
    const snapshot = {
      format: SNAPSHOT_FORMAT,
      partitions: [
        {
          accountId: '123456789012',
          region: 'us-west-2',
          channels,
          streamKeys: channels.map((channel) => fixtures.streamKey(channel)),
          streams: [],
        },
      ],
    };
    expect(createIvsStore().tryRestore(snapshot)).toEqual({ ok: true, value: undefined });
  });

  test('a large data set holds no ARN twice', () => {
    const partition = generateFixtures({ seed: 11, channels: 2000 }).partitions[0];
    const arns = [...(partition?.channels ?? []), ...(partition?.streamKeys ?? [])].map((item) => item.arn);
    expect(new Set(arns).size).toBe(4000);
  });
});

describe('fixtures in the account and region a test names', () => {
  const store = createIvsStore({ seed: 1 });
  const server = setupServer(...ivsHandlers({ store }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  test('an eu-west-1 client sees the channels made for eu-west-1', async () => {
    store.restore(generateFixtures({ seed: 4, channels: 2, region: 'eu-west-1' }));
    const ivs = new IvsClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    const { channels } = await ivs.send(new ListChannelsCommand({}));
    expect(channels?.map((channel) => channel.arn?.split(':')[3])).toEqual(['eu-west-1', 'eu-west-1']);
  });

  test('a one-off channel takes the account and region it is given', () => {
    expect(fixtures.channel({ accountId: '111122223333', region: 'ap-south-1' }).arn).toMatch(
      /^arn:aws:ivs:ap-south-1:111122223333:channel\//,
    );
  });
});

describe('store.restore takes whatever an imported JSON file holds', () => {
  // What `import snap from './f.json'` gives: `format` widened to string.
  const imported: { format: string; partitions: unknown[] } = JSON.parse(
    JSON.stringify(generateFixtures({ seed: 5, channels: 1 })),
  );

  test('a good file restores without a cast', () => {
    expect(createIvsStore().tryRestore(imported)).toEqual({ ok: true, value: undefined });
  });

  test.each([
    ['not an object', 'nope', /must be an object with "format"/],
    ['another format', { format: 'other', partitions: [] }, /must be an object with "format"/],
    ['no partitions', { format: SNAPSHOT_FORMAT }, /needs a "partitions" array/],
    [
      'a bad account',
      {
        format: SNAPSHOT_FORMAT,
        partitions: [{ accountId: '1', region: 'us-west-2', channels: [], streamKeys: [], streams: [] }],
      },
      /partitions\[0\]\.accountId must be 12 digits/,
    ],
  ])('%s is a typed ValidationException naming the problem', (_name, value, message) => {
    const result = createIvsStore().tryRestore(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.type).toBe('ValidationException');
      expect(result.error.message).toMatch(message);
    }
  });
});
