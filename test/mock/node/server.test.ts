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
  IvsClient,
  ListStreamKeysCommand,
  ListTagsForResourceCommand,
  PutMetadataCommand,
  ResourceNotFoundException,
  StopStreamCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateChannelCommand,
  ValidationException,
  paginateListChannels,
  paginateListStreamKeys,
  paginateListStreams,
} from '@aws-sdk/client-ivs';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { MockServerListenError, startMockServer, type RunningMockServer } from '../../../src/mock/server.js';

let server: RunningMockServer;
let ivs: IvsClient;

function clientFor(url: string): IvsClient {
  return new IvsClient({
    endpoint: url,
    region: 'us-west-2',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

async function createChannel(name: string): Promise<{ channelArn: string; streamKeyArn: string }> {
  const created = await ivs.send(new CreateChannelCommand({ name }));
  return { channelArn: created.channel?.arn ?? '', streamKeyArn: created.streamKey?.arn ?? '' };
}

async function control(path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}/_ivs-contract/${path}`, {
    method: body === undefined && path === 'snapshot' ? 'GET' : 'POST',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 7 });
  ivs = clientFor(server.url);
});

afterEach(() => server.store.reset());

afterAll(async () => {
  ivs.destroy();
  await server.close();
});

describe('startMockServer serves the IVS emulator to the real @aws-sdk/client-ivs over loopback', () => {
  test('binds 127.0.0.1 by default and reports the URL of the free port it got', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  test('channels: create, get, update, batch get and delete', async () => {
    const { channelArn } = await createChannel('first');
    expect((await ivs.send(new GetChannelCommand({ arn: channelArn }))).channel?.name).toBe('first');
    const updated = await ivs.send(new UpdateChannelCommand({ arn: channelArn, latencyMode: 'NORMAL' }));
    expect(updated.channel).toMatchObject({ name: 'first', latencyMode: 'NORMAL' });
    const missing = channelArn.replace(/\/[^/]+$/, '/AAAAAAAAAAAA');
    const batch = await ivs.send(new BatchGetChannelCommand({ arns: [channelArn, missing] }));
    expect(batch.channels?.map((c) => c.arn)).toEqual([channelArn]);
    expect(batch.errors?.map((e) => e.arn)).toEqual([missing]);
    await ivs.send(new DeleteChannelCommand({ arn: channelArn }));
    await expect(ivs.send(new GetChannelCommand({ arn: channelArn }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  test('stream keys: get, batch get, list, delete and create', async () => {
    const { channelArn, streamKeyArn } = await createChannel('keys');
    expect((await ivs.send(new GetStreamKeyCommand({ arn: streamKeyArn }))).streamKey?.channelArn).toBe(channelArn);
    expect((await ivs.send(new BatchGetStreamKeyCommand({ arns: [streamKeyArn] }))).streamKeys).toHaveLength(1);
    expect((await ivs.send(new ListStreamKeysCommand({ channelArn }))).streamKeys?.map((k) => k.arn)).toEqual([
      streamKeyArn,
    ]);
    await ivs.send(new DeleteStreamKeyCommand({ arn: streamKeyArn }));
    const again = await ivs.send(new CreateStreamKeyCommand({ channelArn }));
    expect(again.streamKey?.channelArn).toBe(channelArn);
  });

  test('tags: tag, list and untag a channel (the ARN travels percent-encoded in the path)', async () => {
    const { channelArn } = await createChannel('tagged');
    await ivs.send(new TagResourceCommand({ resourceArn: channelArn, tags: { team: 'video', 'cost center': '42' } }));
    await ivs.send(new UntagResourceCommand({ resourceArn: channelArn, tagKeys: ['team'] }));
    expect((await ivs.send(new ListTagsForResourceCommand({ resourceArn: channelArn }))).tags).toEqual({
      'cost center': '42',
    });
  });

  test('streams: started through the control route, then get, list, put metadata and stop', async () => {
    const { channelArn } = await createChannel('live');
    const started = await control('streams/start', { channelArn, health: 'HEALTHY', viewerCount: 3 });
    expect(started.status).toBe(200);
    expect((await ivs.send(new GetStreamCommand({ channelArn }))).stream).toMatchObject({
      channelArn,
      viewerCount: 3,
      state: 'LIVE',
    });
    await ivs.send(new PutMetadataCommand({ channelArn, metadata: 'hello' }));
    await ivs.send(new StopStreamCommand({ channelArn }));
    await expect(ivs.send(new GetStreamCommand({ channelArn }))).rejects.toMatchObject({
      name: 'ChannelNotBroadcasting',
    });
  });

  test('the three paginators collect every item exactly once', async () => {
    const arns: string[] = [];
    for (let i = 0; i < 5; i += 1) arns.push((await createChannel(`page-${i}`)).channelArn);
    for (const channelArn of arns.slice(0, 3)) await control('streams/start', { channelArn });
    const channels: string[] = [];
    for await (const page of paginateListChannels({ client: ivs, pageSize: 2 }, {}))
      channels.push(...(page.channels ?? []).map((c) => c.arn ?? ''));
    expect(channels.sort()).toEqual([...arns].sort());
    const streams: string[] = [];
    for await (const page of paginateListStreams({ client: ivs, pageSize: 1 }, {}))
      streams.push(...(page.streams ?? []).map((s) => s.channelArn ?? ''));
    expect(streams.sort()).toEqual(arns.slice(0, 3).sort());
    const keys: string[] = [];
    for await (const page of paginateListStreamKeys({ client: ivs, pageSize: 1 }, { channelArn: arns[0] ?? '' }))
      keys.push(...(page.streamKeys ?? []).map((k) => k.arn ?? ''));
    expect(keys).toHaveLength(1);
  });

  test('a request that breaks a constraint is a ValidationException naming the member', async () => {
    const error = await ivs.send(new CreateChannelCommand({ name: 'not a valid name!' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationException);
    expect((error as Error).message).toMatch(/name/);
  });

  test('malformed JSON gets a clean 4xx error and changes nothing', async () => {
    const response = await fetch(`${server.url}/CreateChannel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('x-amzn-errortype')).toBeTruthy();
    expect(server.store.snapshot().partitions).toEqual([]);
  });

  test('an unknown route gets 404 UnknownOperationException', async () => {
    const response = await fetch(`${server.url}/CreatePlaybackKeyPair`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });

  test('emulator responses carry the CORS headers a browser needs', async () => {
    const response = await fetch(`${server.url}/ListChannels`, {
      method: 'POST',
      body: '{}',
      headers: { origin: 'http://localhost:5173' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});

describe('control routes', () => {
  test('snapshot, reset and restore round-trip the state', async () => {
    await createChannel('kept');
    const snapshot: unknown = await (await control('snapshot')).json();
    expect((await control('reset')).status).toBe(200);
    expect(server.store.snapshot().partitions).toEqual([]);
    expect((await control('restore', snapshot)).status).toBe(200);
    expect(server.store.snapshot()).toEqual(snapshot);
  });

  test('streams/stop takes a channel off the air', async () => {
    const { channelArn } = await createChannel('stopped');
    await control('streams/start', { channelArn });
    expect((await control('streams/stop', { channelArn })).status).toBe(200);
    await expect(ivs.send(new GetStreamCommand({ channelArn }))).rejects.toMatchObject({
      name: 'ChannelNotBroadcasting',
    });
  });

  test('control: false leaves the control routes unanswered', async () => {
    const plain = await startMockServer({ port: 0, control: false });
    try {
      const response = await fetch(`${plain.url}/_ivs-contract/reset`, { method: 'POST' });
      expect(response.status).toBe(404);
      expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    } finally {
      await plain.close();
    }
  });
});

describe('options', () => {
  test('accountId and region shape the ARNs of what is created', async () => {
    const other = await startMockServer({ port: 0, accountId: '111122223333', region: 'eu-west-1' });
    const client = clientFor(other.url);
    try {
      const created = await client.send(new CreateChannelCommand({}));
      expect(created.channel?.arn).toMatch(/^arn:aws:ivs:eu-west-1:111122223333:channel\//);
    } finally {
      client.destroy();
      await other.close();
    }
  });

  test('a given store is the one served and returned', async () => {
    const shared = await startMockServer({ port: 0, store: server.store });
    const client = clientFor(shared.url);
    try {
      await client.send(new CreateChannelCommand({ name: 'shared' }));
      expect(shared.store).toBe(server.store);
      expect(server.store.snapshot().partitions[0]?.channels.map((c) => c.name)).toEqual(['shared']);
    } finally {
      client.destroy();
      await shared.close();
    }
  });

  test('custom handlers are served instead of the emulator', async () => {
    const custom = await startMockServer({
      port: 0,
      handlers: [http.post('*/ListChannels', () => HttpResponse.json({ channels: [{ name: 'canned' }] }))],
    });
    const client = clientFor(custom.url);
    try {
      const { ListChannelsCommand } = await import('@aws-sdk/client-ivs');
      expect((await client.send(new ListChannelsCommand({}))).channels).toEqual([{ name: 'canned' }]);
    } finally {
      client.destroy();
      await custom.close();
    }
  });

  test('onHandlerError hears about a handler that threw, and the client gets a 500', async () => {
    const heard: string[] = [];
    const failing = await startMockServer({
      port: 0,
      handlers: [
        http.post('*/ListChannels', () => {
          throw new Error('bug in a handler');
        }),
      ],
      onHandlerError: (error, request) =>
        heard.push(`${request.method} ${new URL(request.url).pathname}: ${(error as Error).message}`),
    });
    try {
      const response = await fetch(`${failing.url}/ListChannels`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(500);
      expect(heard).toEqual(['POST /ListChannels: bug in a handler']);
    } finally {
      await failing.close();
    }
  });

  test('a port in use rejects with MockServerListenError code EADDRINUSE', async () => {
    const error = await startMockServer({ port: server.port }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockServerListenError);
    expect(error).toMatchObject({ code: 'EADDRINUSE', message: `port ${server.port} on 127.0.0.1 is already in use` });
  });

  test('faults reach the SDK over HTTP, and its retries get through a throttled call', async () => {
    const faulty = await startMockServer({
      port: 0,
      faults: [{ operation: '*', error: 'ThrottlingException', times: 2 }],
    });
    const client = new IvsClient({
      endpoint: faulty.url,
      region: 'us-west-2',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 3,
    });
    try {
      const { ListChannelsCommand } = await import('@aws-sdk/client-ivs');
      const listed = await client.send(new ListChannelsCommand({}));
      expect(listed.$metadata.attempts).toBe(3);
      expect(listed.channels).toEqual([]);
    } finally {
      client.destroy();
      await faulty.close();
    }
  });

  test('a network-error fault drops the connection', async () => {
    const faulty = await startMockServer({ port: 0, faults: [{ operation: 'ListChannels', networkError: true }] });
    const client = clientFor(faulty.url);
    try {
      const { ListChannelsCommand } = await import('@aws-sdk/client-ivs');
      await expect(client.send(new ListChannelsCommand({}))).rejects.toThrow(/socket hang up/);
    } finally {
      client.destroy();
      await faulty.close();
    }
  });

  test('maxBodyBytes bounds what the SDK may send', async () => {
    const small = await startMockServer({ port: 0, maxBodyBytes: 64 });
    const client = clientFor(small.url);
    try {
      const error = await client.send(new CreateChannelCommand({ name: 'x'.repeat(100) })).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'RequestEntityTooLargeException', $metadata: { httpStatusCode: 413 } });
    } finally {
      client.destroy();
      await small.close();
    }
  });
});
