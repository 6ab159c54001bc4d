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
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../../../src/mock/server.js';
import { send, signedFor } from './harness.js';

/** A caller: an access key and a region, and the account the server should file it under. */
interface Caller {
  readonly name: string;
  readonly accessKeyId: string;
  readonly region: string;
  readonly accountId: string;
}

const callers: readonly Caller[] = [
  {
    name: 'default account (unknown key) in us-west-2',
    accessKeyId: 'AKIDUNKNOWN',
    region: 'us-west-2',
    accountId: '123456789012',
  },
  { name: 'mapped account in us-west-2', accessKeyId: 'AKIDTEAMB', region: 'us-west-2', accountId: '222222222222' },
  {
    name: 'default account (unknown key) in eu-west-1',
    accessKeyId: 'AKIDUNKNOWN',
    region: 'eu-west-1',
    accountId: '123456789012',
  },
  {
    name: 'second mapped account in eu-west-1',
    accessKeyId: 'AKIDTEAMC',
    region: 'eu-west-1',
    accountId: '333333333333',
  },
];

let server: RunningMockServer;
const clients = new Map<string, IvsClient>();

function client(caller: Caller): IvsClient {
  const key = `${caller.accessKeyId}/${caller.region}`;
  let found = clients.get(key);
  if (found === undefined) {
    found = new IvsClient({
      endpoint: server.url,
      region: caller.region,
      credentials: { accessKeyId: caller.accessKeyId, secretAccessKey: 's' },
      maxAttempts: 1,
    });
    clients.set(key, found);
  }
  return found;
}

async function errorName(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).name;
  }
  return 'no error';
}

/** What each caller owns: a live channel with tags, and its stream key. */
const owned = new Map<string, { channelArn: string; streamKeyArn: string }>();

beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    seed: 11,
    accounts: { AKIDTEAMB: '222222222222', AKIDTEAMC: '333333333333' },
  });
  for (const caller of callers) {
    const created = await client(caller).send(
      new CreateChannelCommand({ name: 'mine', tags: { owner: caller.accessKeyId } }),
    );
    const channelArn = created.channel?.arn ?? '';
    const streamKeyArn = created.streamKey?.arn ?? '';
    expect(channelArn).toContain(`:${caller.region}:${caller.accountId}:channel/`);
    server.store.startStream(channelArn);
    owned.set(caller.name, { channelArn, streamKeyArn });
  }
});

afterAll(async () => {
  for (const c of clients.values()) c.destroy();
  await server.close();
});

const pairs = callers.flatMap((viewer) =>
  callers.filter((owner) => owner !== viewer).map((owner) => [viewer.name, owner.name, viewer, owner] as const),
);

describe('callers of different accounts or regions never see each other', () => {
  test.each(pairs)('%s sees nothing of %s', async (_v, _o, viewer, owner) => {
    const ivs = client(viewer);
    const theirs = owned.get(owner.name);
    const mine = owned.get(viewer.name);
    if (theirs === undefined || mine === undefined) throw new Error('setup failed');
    const { channelArn, streamKeyArn } = theirs;

    expect((await ivs.send(new ListChannelsCommand({}))).channels?.map((c) => c.arn)).toEqual([mine.channelArn]);
    expect((await ivs.send(new ListStreamsCommand({}))).streams?.map((s) => s.channelArn)).toEqual([mine.channelArn]);
    const batch = await ivs.send(new BatchGetChannelCommand({ arns: [channelArn, mine.channelArn] }));
    expect(batch.channels?.map((c) => c.arn)).toEqual([mine.channelArn]);
    expect(batch.errors?.map((e) => [e.arn, e.code])).toEqual([[channelArn, 'ResourceNotFoundException']]);
    const keys = await ivs.send(new BatchGetStreamKeyCommand({ arns: [streamKeyArn] }));
    expect(keys.streamKeys).toEqual([]);
    expect(keys.errors?.map((e) => e.code)).toEqual(['ResourceNotFoundException']);

    const refused = [
      new GetChannelCommand({ arn: channelArn }),
      new GetStreamKeyCommand({ arn: streamKeyArn }),
      new ListStreamKeysCommand({ channelArn }),
      new GetStreamCommand({ channelArn }),
      new ListTagsForResourceCommand({ resourceArn: channelArn }),
      new ListTagsForResourceCommand({ resourceArn: streamKeyArn }),
      new TagResourceCommand({ resourceArn: channelArn, tags: { stolen: 'yes' } }),
      new UntagResourceCommand({ resourceArn: channelArn, tagKeys: ['owner'] }),
      new UpdateChannelCommand({ arn: channelArn, name: 'stolen' }),
      new CreateStreamKeyCommand({ channelArn }),
      new PutMetadataCommand({ channelArn, metadata: 'x' }),
      new StopStreamCommand({ channelArn }),
      new DeleteStreamKeyCommand({ arn: streamKeyArn }),
      new DeleteChannelCommand({ arn: channelArn }),
    ];
    for (const command of refused) {
      expect([command.constructor.name, await errorName(ivs.send(command as never))]).toEqual([
        command.constructor.name,
        'ResourceNotFoundException',
      ]);
    }

    // The owner's resources came through untouched.
    const owners = client(owner);
    const channel = (await owners.send(new GetChannelCommand({ arn: channelArn }))).channel;
    expect([channel?.name, channel?.tags]).toEqual(['mine', { owner: owner.accessKeyId }]);
    expect((await owners.send(new GetStreamKeyCommand({ arn: streamKeyArn }))).streamKey?.arn).toBe(streamKeyArn);
    expect((await owners.send(new GetStreamCommand({ channelArn }))).stream?.state).toBe('LIVE');
  });

  test('two unknown access keys share the default account', async () => {
    const stranger = client({
      name: 'stranger',
      accessKeyId: 'AKIDSTRANGER',
      region: 'us-west-2',
      accountId: '123456789012',
    });
    const arns = (await stranger.send(new ListChannelsCommand({}))).channels?.map((c) => c.arn);
    expect(arns).toEqual([owned.get(callers[0]?.name ?? '')?.channelArn]);
  });

  test('a request without credentials lands in the default account and region', async () => {
    const reply = await send(server.port, { method: 'POST', path: '/ListChannels', body: '{}' });
    expect((JSON.parse(reply.body) as { channels: { arn: string }[] }).channels.map((c) => c.arn)).toEqual([
      owned.get(callers[0]?.name ?? '')?.channelArn,
    ]);
  });

  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'an access key named %s that is not in accounts lands in the default account',
    async (accessKeyId) => {
      const created = await send(server.port, {
        method: 'POST',
        path: '/CreateChannel',
        headers: signedFor(accessKeyId, 'ap-south-1'),
        body: '{}',
      });
      expect(created.status).toBe(200);
      const arn = (JSON.parse(created.body) as { channel: { arn: string } }).channel.arn;
      expect(arn).toMatch(/^arn:aws:ivs:ap-south-1:123456789012:channel\//);
      expect(
        (
          await send(server.port, {
            method: 'POST',
            path: '/DeleteChannel',
            headers: signedFor(accessKeyId, 'ap-south-1'),
            body: JSON.stringify({ arn }),
          })
        ).status,
      ).toBe(204);
    },
  );

  test('an access key named __proto__ can be mapped like any other', async () => {
    const mapped = await startMockServer({
      port: 0,
      seed: 2,
      accounts: Object.fromEntries([['__proto__', '444444444444']]),
    });
    try {
      const created = await send(mapped.port, {
        method: 'POST',
        path: '/CreateChannel',
        headers: signedFor('__proto__', 'us-west-2'),
        body: '{}',
      });
      expect((JSON.parse(created.body) as { channel: { arn: string } }).channel.arn).toContain(':444444444444:');
      const other = await send(mapped.port, {
        method: 'POST',
        path: '/ListChannels',
        headers: signedFor('AKIDOTHER', 'us-west-2'),
        body: '{}',
      });
      expect(JSON.parse(other.body)).toEqual({ channels: [] });
    } finally {
      await mapped.close();
    }
  });

  test.each(['EVIL:Region', '__proto__', 'US-WEST-2', `us-${'a'.repeat(90)}-1`, 'constructor'])(
    'a credential scope region that is not a region name (%s) falls back to the default region',
    async (region) => {
      const headers = signedFor('AKIDTEAMB', region);
      const created = await send(server.port, {
        method: 'POST',
        path: '/CreateChannel',
        headers,
        body: '{"name":"odd"}',
      });
      expect(created.status).toBe(200);
      const arn = (JSON.parse(created.body) as { channel: { arn: string } }).channel.arn;
      expect(arn).toMatch(/^arn:aws:ivs:us-west-2:222222222222:channel\/[a-zA-Z0-9]{12}$/);
      const deleted = await send(server.port, {
        method: 'POST',
        path: '/DeleteChannel',
        headers,
        body: JSON.stringify({ arn }),
      });
      expect(deleted.status).toBe(204);
      const regions = server.store.snapshot().partitions.map((p) => p.region);
      expect(regions.every((name) => /^[a-z]{2}(-[a-z]+)+-[0-9]+$/.test(name))).toBe(true);
    },
  );
});
