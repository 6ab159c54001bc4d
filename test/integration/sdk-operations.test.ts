import {
  BatchGetChannelCommand,
  BatchGetStreamKeyCommand,
  CreateChannelCommand,
  CreateStreamKeyCommand,
  DeleteChannelCommand,
  DeleteStreamKeyCommand,
  GetChannelCommand,
  GetStreamCommand,
  GetStreamKeyCommand,
  type IvsClient,
  ListChannelsCommand,
  ListStreamKeysCommand,
  ListStreamsCommand,
  ListTagsForResourceCommand,
  PutMetadataCommand,
  StopStreamCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateChannelCommand,
} from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { operationNames } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import { rejection, useIvsMock } from './sdk-harness.js';

const mock = useIvsMock();

async function newChannel(client: IvsClient, input: ConstructorParameters<typeof CreateChannelCommand>[0] = {}) {
  const out = await client.send(new CreateChannelCommand(input));
  return { channelArn: out.channel?.arn ?? '', keyArn: out.streamKey?.arn ?? '', out };
}

/** One success-path scenario per operation; the type makes leaving one out a compile error. */
const successPaths: { readonly [K in OperationName]: (client: IvsClient) => Promise<void> } = {
  async BatchGetChannel(client) {
    const a = await newChannel(client, { name: 'a' });
    const b = await newChannel(client, { name: 'b' });
    const out = await client.send(new BatchGetChannelCommand({ arns: [a.channelArn, b.channelArn] }));
    expect(out.channels?.map((c) => c.name)).toEqual(['a', 'b']);
    expect(out.errors).toEqual([]);
  },
  async BatchGetStreamKey(client) {
    const a = await newChannel(client);
    const out = await client.send(new BatchGetStreamKeyCommand({ arns: [a.keyArn] }));
    expect(out.streamKeys).toEqual([a.out.streamKey]);
    expect(out.errors).toEqual([]);
  },
  async CreateChannel(client) {
    const { out } = await newChannel(client, {
      name: 'show',
      latencyMode: 'NORMAL',
      type: 'BASIC',
      tags: { team: 'video' },
    });
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.channel).toMatchObject({ name: 'show', latencyMode: 'NORMAL', type: 'BASIC', tags: { team: 'video' } });
    expect(out.channel?.arn).toMatch(/^arn:aws:ivs:us-west-2:123456789012:channel\/[a-zA-Z0-9]{12}$/);
    expect(out.streamKey).toMatchObject({ channelArn: out.channel?.arn, tags: {} });
    expect(out.streamKey?.value).toMatch(/^sk_us-west-2_[a-zA-Z0-9]{12}_[a-zA-Z0-9]{12}$/);
  },
  async CreateStreamKey(client) {
    const a = await newChannel(client);
    await client.send(new DeleteStreamKeyCommand({ arn: a.keyArn }));
    const out = await client.send(new CreateStreamKeyCommand({ channelArn: a.channelArn, tags: { k: 'v' } }));
    expect(out.streamKey).toMatchObject({ channelArn: a.channelArn, tags: { k: 'v' } });
  },
  async DeleteChannel(client) {
    const a = await newChannel(client);
    const out = await client.send(new DeleteChannelCommand({ arn: a.channelArn }));
    expect(out.$metadata.httpStatusCode).toBe(204);
    expect((await rejection(client.send(new GetStreamKeyCommand({ arn: a.keyArn })))).name).toBe(
      'ResourceNotFoundException',
    );
  },
  async DeleteStreamKey(client) {
    const a = await newChannel(client);
    const out = await client.send(new DeleteStreamKeyCommand({ arn: a.keyArn }));
    expect(out.$metadata.httpStatusCode).toBe(204);
    expect((await client.send(new ListStreamKeysCommand({ channelArn: a.channelArn }))).streamKeys).toEqual([]);
  },
  async GetChannel(client) {
    const a = await newChannel(client, { name: 'x' });
    expect((await client.send(new GetChannelCommand({ arn: a.channelArn }))).channel).toEqual(a.out.channel);
  },
  async GetStream(client) {
    const a = await newChannel(client);
    mock.store.startStream(a.channelArn, { health: 'STARVING', viewerCount: 7 });
    const out = await client.send(new GetStreamCommand({ channelArn: a.channelArn }));
    expect(out.stream).toEqual({
      channelArn: a.channelArn,
      playbackUrl: a.out.channel?.playbackUrl,
      startTime: new Date('2026-02-03T04:05:06Z'),
      state: 'LIVE',
      health: 'STARVING',
      viewerCount: 7,
    });
  },
  async GetStreamKey(client) {
    const a = await newChannel(client);
    expect((await client.send(new GetStreamKeyCommand({ arn: a.keyArn }))).streamKey).toEqual(a.out.streamKey);
  },
  async ListChannels(client) {
    const a = await newChannel(client, { name: 'one', tags: { t: '1' } });
    const out = await client.send(new ListChannelsCommand({}));
    expect(out.channels).toEqual([{ arn: a.channelArn, name: 'one', latencyMode: 'LOW', tags: { t: '1' } }]);
    expect(out.nextToken).toBeUndefined();
  },
  async ListStreamKeys(client) {
    const a = await newChannel(client);
    const out = await client.send(new ListStreamKeysCommand({ channelArn: a.channelArn }));
    expect(out.streamKeys).toEqual([{ arn: a.keyArn, channelArn: a.channelArn, tags: {} }]);
  },
  async ListStreams(client) {
    const a = await newChannel(client);
    await newChannel(client);
    mock.store.startStream(a.channelArn);
    const out = await client.send(new ListStreamsCommand({}));
    expect(out.streams).toEqual([
      {
        channelArn: a.channelArn,
        state: 'LIVE',
        health: 'HEALTHY',
        viewerCount: 0,
        startTime: new Date('2026-02-03T04:05:06Z'),
      },
    ]);
  },
  async ListTagsForResource(client) {
    const a = await newChannel(client, { tags: { a: '1', b: '' } });
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: a.channelArn }))).tags).toEqual({
      a: '1',
      b: '',
    });
  },
  async PutMetadata(client) {
    const a = await newChannel(client);
    mock.store.startStream(a.channelArn);
    const out = await client.send(new PutMetadataCommand({ channelArn: a.channelArn, metadata: '{"question":"é?"}' }));
    expect(out.$metadata.httpStatusCode).toBe(204);
  },
  async StopStream(client) {
    const a = await newChannel(client);
    mock.store.startStream(a.channelArn);
    const out = await client.send(new StopStreamCommand({ channelArn: a.channelArn }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect((await client.send(new ListStreamsCommand({}))).streams).toEqual([]);
  },
  async TagResource(client) {
    const a = await newChannel(client, { tags: { keep: '1', change: 'old' } });
    await client.send(new TagResourceCommand({ resourceArn: a.keyArn, tags: { onKey: 'yes' } }));
    await client.send(new TagResourceCommand({ resourceArn: a.channelArn, tags: { change: 'new', add: '2' } }));
    expect((await client.send(new GetChannelCommand({ arn: a.channelArn }))).channel?.tags).toEqual({
      keep: '1',
      change: 'new',
      add: '2',
    });
    expect((await client.send(new GetStreamKeyCommand({ arn: a.keyArn }))).streamKey?.tags).toEqual({ onKey: 'yes' });
  },
  async UntagResource(client) {
    const a = await newChannel(client, { tags: { a: '1', 'b c': '2', d: '3' } });
    await client.send(new UntagResourceCommand({ resourceArn: a.channelArn, tagKeys: ['a', 'b c', 'absent'] }));
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: a.channelArn }))).tags).toEqual({ d: '3' });
  },
  async UpdateChannel(client) {
    const a = await newChannel(client, { name: 'before', latencyMode: 'NORMAL' });
    const out = await client.send(new UpdateChannelCommand({ arn: a.channelArn, name: 'after' }));
    expect(out.channel).toEqual({ ...a.out.channel, name: 'after' });
  },
};

describe('every operation succeeds through the real @aws-sdk/client-ivs', () => {
  test.each(operationNames)('%s', async (name) => {
    await successPaths[name](mock.client());
  });

  test('another IVS endpoint form (dual-stack) works, and every response carries a request id', async () => {
    const out = await mock.client({ useDualstackEndpoint: true }).send(new ListChannelsCommand({}));
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('the region of the client decides the region of the ARNs', async () => {
    const out = await mock.client({ region: 'ap-northeast-2' }).send(new CreateChannelCommand({}));
    expect(out.channel?.arn).toMatch(/^arn:aws:ivs:ap-northeast-2:123456789012:channel\//);
    expect(out.channel?.playbackUrl).toContain(
      '.ap-northeast-2.playback.live-video.net/api/video/v1/ap-northeast-2.123456789012.channel.',
    );
  });

  test('tag keys such as __proto__ and constructor round-trip as plain data', async () => {
    const client = mock.client();
    const { channelArn } = await newChannel(client);
    await client.send(
      new TagResourceCommand({
        resourceArn: channelArn,
        tags: JSON.parse('{"__proto__":"p","constructor":"c"}') as Record<string, string>,
      }),
    );
    const { tags } = await client.send(new ListTagsForResourceCommand({ resourceArn: channelArn }));
    expect(Object.keys(tags ?? {})).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['p']).toBeUndefined();
  });

  test('the same seed gives the same ids across a reset', async () => {
    const first = await mock.client().send(new CreateChannelCommand({}));
    mock.store.reset();
    const second = await mock.client().send(new CreateChannelCommand({}));
    expect(second.channel).toEqual(first.channel);
    expect(second.streamKey).toEqual(first.streamKey);
  });
});
