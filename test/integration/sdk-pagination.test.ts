import {
  CreateChannelCommand,
  CreateStreamKeyCommand,
  DeleteChannelCommand,
  DeleteStreamKeyCommand,
  ListChannelsCommand,
  ListStreamKeysCommand,
  paginateListChannels,
  paginateListStreamKeys,
  paginateListStreams,
} from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { SNAPSHOT_FORMAT, type IvsSnapshot } from '../../src/state/snapshot.js';
import { rejection, useIvsMock } from './sdk-harness.js';

const mock = useIvsMock();

const region = 'us-west-2';
const account = '123456789012';

/** A partition with `n` channels named `c0…`, each with one key, and the first `live` of them live. */
function seeded(n: number, live = 0): IvsSnapshot {
  const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(10, '0')}`;
  const channels = Array.from({ length: n }, (_, i) => ({
    arn: `arn:aws:ivs:${region}:${account}:channel/${id('ch', i)}`,
    name: i % 3 === 0 ? 'even-third' : `c${i}`,
    latencyMode: 'LOW' as const,
    type: 'STANDARD' as const,
    ingestEndpoint: `${id('in', i)}.global-contribute.live-video.net`,
    playbackUrl: `https://${id('in', i)}.${region}.playback.live-video.net/api/video/v1/x.m3u8`,
    tags: {},
  }));
  return {
    format: SNAPSHOT_FORMAT,
    partitions: [
      {
        accountId: account,
        region,
        channels,
        streamKeys: channels.map((c, i) => ({
          arn: `arn:aws:ivs:${region}:${account}:stream-key/${id('sk', i)}`,
          value: `sk_${i}`,
          channelArn: c.arn,
          tags: {},
        })),
        streams: channels.slice(0, live).map((c) => ({
          channelArn: c.arn,
          playbackUrl: c.playbackUrl,
          startTime: '2026-01-01T00:00:00Z',
          state: 'LIVE' as const,
          health: 'HEALTHY' as const,
          viewerCount: 1,
        })),
      },
    ],
  };
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('SDK paginators collect everything exactly once', () => {
  test.each([undefined, 1, 7, 50])('paginateListChannels with pageSize %s', async (pageSize) => {
    mock.store.restore(seeded(60));
    const pages = await collect(
      paginateListChannels({ client: mock.client(), ...(pageSize === undefined ? {} : { pageSize }) }, {}),
    );
    const arns = pages.flatMap((p) => p.channels?.map((c) => c.arn) ?? []);
    expect(arns).toHaveLength(60);
    expect(new Set(arns).size).toBe(60);
    expect(arns).toEqual([...arns].sort());
    expect(pages.at(-1)?.nextToken).toBeUndefined();
  });

  test('paginateListChannels with filterByName collects only the matching channels', async () => {
    mock.store.restore(seeded(30));
    const pages = await collect(
      paginateListChannels({ client: mock.client(), pageSize: 4 }, { filterByName: 'even-third' }),
    );
    expect(pages.flatMap((p) => p.channels?.map((c) => c.name) ?? [])).toEqual(Array(10).fill('even-third'));
  });

  test('paginateListStreams collects every live stream', async () => {
    mock.store.restore(seeded(60, 45));
    const pages = await collect(paginateListStreams({ client: mock.client(), pageSize: 10 }, {}));
    expect(pages).toHaveLength(5);
    const arns = pages.flatMap((p) => p.streams?.map((s) => s.channelArn) ?? []);
    expect(new Set(arns).size).toBe(45);
    expect(arns).toHaveLength(45);
  });

  test('paginateListStreamKeys collects the key of a channel (default page size 1)', async () => {
    const { channel } = await mock.client().send(new CreateChannelCommand({}));
    const pages = await collect(paginateListStreamKeys({ client: mock.client() }, { channelArn: channel?.arn ?? '' }));
    expect(pages.flatMap((p) => p.streamKeys ?? [])).toHaveLength(1);
  });

  test('deleting channels between pages neither repeats nor skips the others', async () => {
    mock.store.restore(seeded(10));
    const client = mock.client();
    const first = await client.send(new ListChannelsCommand({ maxResults: 4 }));
    const seen = first.channels?.map((c) => c.arn ?? '') ?? [];
    const all = seeded(10).partitions[0]?.channels.map((c) => c.arn) ?? [];
    await client.send(new DeleteChannelCommand({ arn: all[1] }));
    await client.send(new DeleteChannelCommand({ arn: all[6] }));
    let token = first.nextToken;
    while (token !== undefined) {
      const page = await client.send(new ListChannelsCommand({ maxResults: 4, nextToken: token }));
      seen.push(...(page.channels?.map((c) => c.arn ?? '') ?? []));
      token = page.nextToken;
    }
    expect(seen).toEqual(all.filter((arn) => arn !== all[6]));
  });
});

describe('page tokens', () => {
  test('a token of ListChannels given to ListStreamKeys is ValidationException', async () => {
    mock.store.restore(seeded(3));
    const client = mock.client();
    const { nextToken } = await client.send(new ListChannelsCommand({ maxResults: 1 }));
    const channelArn = seeded(3).partitions[0]?.channels[0]?.arn ?? '';
    const error = await rejection(client.send(new ListStreamKeysCommand({ channelArn, nextToken })));
    expect(error.name).toBe('ValidationException');
  });

  test('a ListStreamKeys token used for another channel is ValidationException', async () => {
    const client = mock.client();
    const a = await client.send(new CreateChannelCommand({}));
    const b = await client.send(new CreateChannelCommand({}));
    const channelArn = a.channel?.arn ?? '';
    // Give channel a two keys through a snapshot, so its listing needs two pages.
    const snapshot = mock.store.snapshot();
    const partition = snapshot.partitions[0];
    if (partition === undefined) throw new Error('no partition');
    mock.store.restore({
      ...snapshot,
      partitions: [
        {
          ...partition,
          streamKeys: [
            ...partition.streamKeys,
            { arn: `arn:aws:ivs:us-west-2:123456789012:stream-key/extraKey0001`, value: 'sk', channelArn, tags: {} },
          ],
        },
      ],
    });
    const first = await client.send(new ListStreamKeysCommand({ channelArn }));
    expect(first.nextToken).toBeDefined();
    const error = await rejection(
      client.send(new ListStreamKeysCommand({ channelArn: b.channel?.arn ?? '', nextToken: first.nextToken })),
    );
    expect(error.name).toBe('ValidationException');
  });

  test('after the only key is replaced, the channel still lists exactly one key', async () => {
    const client = mock.client();
    const a = await client.send(new CreateChannelCommand({}));
    await client.send(new DeleteStreamKeyCommand({ arn: a.streamKey?.arn ?? '' }));
    const created = await client.send(new CreateStreamKeyCommand({ channelArn: a.channel?.arn ?? '' }));
    const pages = await collect(paginateListStreamKeys({ client }, { channelArn: a.channel?.arn ?? '' }));
    expect(pages.flatMap((p) => p.streamKeys?.map((k) => k.arn) ?? [])).toEqual([created.streamKey?.arn]);
  });
});
