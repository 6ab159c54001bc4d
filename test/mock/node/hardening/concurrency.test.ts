import { Agent } from 'node:http';
import {
  BatchGetChannelCommand,
  CreateChannelCommand,
  CreateStreamKeyCommand,
  DeleteChannelCommand,
  DeleteStreamKeyCommand,
  IvsClient,
  ListChannelsCommand,
  ListStreamKeysCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateChannelCommand,
} from '@aws-sdk/client-ivs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { outputValidators } from '../../../../generated/validators.js';
import { startMockServer, type RunningMockServer } from '../../../../src/mock/server.js';
import { createIvsStore } from '../../../../src/mock/store.js';

const count = 300;
let server: RunningMockServer;
let agent: Agent;
let ivs: IvsClient;

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 21 });
  agent = new Agent({ keepAlive: true, maxSockets: 256 });
  ivs = new IvsClient({
    endpoint: server.url,
    region: 'us-west-2',
    credentials: { accessKeyId: 'AKIDLOAD', secretAccessKey: 's' },
    maxAttempts: 1,
    requestHandler: { httpAgent: agent },
  });
});

afterAll(async () => {
  ivs.destroy();
  agent.destroy();
  await server.close();
});

/** The output as it came off the wire, without the SDK's `$metadata`. */
function wireOutput(output: object): unknown {
  return JSON.parse(JSON.stringify(output, (key, value: unknown) => (key === '$metadata' ? undefined : value)));
}

/** Problems seen by the readers that run beside the writers. */
const readProblems: string[] = [];
let pagesRead = 0;

/** Walks ListChannels page by page (a random page size each walk) until `done`, checking every page and every walk. */
async function listWhile(done: () => boolean, seed: number): Promise<void> {
  let size = seed;
  while (!done()) {
    size = 9 + ((size * 7 + 3) % 41);
    const seen = new Set<string>();
    let nextToken: string | undefined;
    do {
      const page = await ivs.send(
        new ListChannelsCommand({ maxResults: size + 1, ...(nextToken === undefined ? {} : { nextToken }) }),
      );
      pagesRead += 1;
      if (!outputValidators.ListChannels(wireOutput(page)))
        readProblems.push(`malformed ListChannels page: ${JSON.stringify(outputValidators.ListChannels.errors)}`);
      if ((page.channels?.length ?? 0) > size + 1) readProblems.push('a page longer than maxResults');
      for (const channel of page.channels ?? []) {
        if (seen.has(channel.arn ?? '')) readProblems.push(`duplicate ${channel.arn} in one walk`);
        seen.add(channel.arn ?? '');
      }
      const arns = (page.channels ?? []).map((c) => c.arn ?? '');
      if (arns.some((arn, i) => i > 0 && arn <= (arns[i - 1] ?? ''))) readProblems.push('a page out of ARN order');
      nextToken = page.nextToken;
    } while (nextToken !== undefined);
  }
}

async function streamKeysWhile(done: () => boolean, channelArns: readonly string[]): Promise<void> {
  let i = 0;
  while (!done()) {
    const channelArn = channelArns[i % channelArns.length] ?? '';
    i += 1;
    try {
      const page = await ivs.send(new ListStreamKeysCommand({ channelArn, maxResults: 50 }));
      pagesRead += 1;
      if (!outputValidators.ListStreamKeys(wireOutput(page))) readProblems.push('malformed ListStreamKeys page');
      if ((page.streamKeys?.length ?? 0) > 1) readProblems.push(`two stream keys on ${channelArn}`);
    } catch (error) {
      // The channel may be deleted meanwhile; that is the one refusal allowed.
      if ((error as Error).name !== 'ResourceNotFoundException')
        readProblems.push(`ListStreamKeys: ${(error as Error).name}`);
    }
    const batch = await ivs.send(
      new BatchGetChannelCommand({ arns: channelArns.slice(i % channelArns.length, (i % channelArns.length) + 50) }),
    );
    if (!outputValidators.BatchGetChannel(wireOutput(batch))) readProblems.push('malformed BatchGetChannel answer');
  }
}

function sortedTags(tags: Record<string, string> | undefined): [string, string][] {
  return Object.entries(tags ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
}

describe('concurrent writes through the HTTP server', () => {
  test(`${count} concurrent creates, then tag/untag/update/delete/re-key bursts, end in exactly the predicted state`, async () => {
    let writing = true;
    const readers = [listWhile(() => !writing, 1), listWhile(() => !writing, 2), listWhile(() => !writing, 3)];
    const created = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        ivs.send(new CreateChannelCommand({ name: `c${i}`, tags: { index: String(i) } })),
      ),
    );
    const channels = created.map((output) => ({ arn: output.channel?.arn ?? '', keyArn: output.streamKey?.arn ?? '' }));
    expect(new Set(channels.map((c) => c.arn)).size).toBe(count);
    expect(new Set(channels.map((c) => c.keyArn)).size).toBe(count);

    const keyReader = streamKeysWhile(
      () => !writing,
      channels.map((c) => c.arn),
    );
    const newKeys = new Map<string, string>();
    const refusals: string[] = [];
    const tolerate404 = async (work: Promise<unknown>): Promise<void> => {
      try {
        await work;
      } catch (error) {
        if ((error as Error).name !== 'ResourceNotFoundException') refusals.push((error as Error).name);
      }
    };
    await Promise.all(
      channels.flatMap(({ arn, keyArn }, i) => {
        switch (i % 3) {
          case 0:
            // Deleted while being tagged: the tag lands first or gets a 404; the channel is gone either way.
            return [
              ivs.send(new DeleteChannelCommand({ arn })),
              tolerate404(ivs.send(new TagResourceCommand({ resourceArn: arn, tags: { late: 'x' } }))),
            ];
          case 1:
            return [
              ivs.send(new TagResourceCommand({ resourceArn: arn, tags: { added: String(i) } })),
              ivs.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['index'] })),
              ivs.send(new UpdateChannelCommand({ arn, name: `renamed${i}`, latencyMode: 'NORMAL' })),
              ivs.send(new TagResourceCommand({ resourceArn: keyArn, tags: { key: String(i) } })),
            ];
          default:
            return [
              ivs.send(new TagResourceCommand({ resourceArn: arn, tags: { other: 'y' } })),
              (async () => {
                await ivs.send(new DeleteStreamKeyCommand({ arn: keyArn }));
                const made = await ivs.send(
                  new CreateStreamKeyCommand({ channelArn: arn, tags: { rekeyed: String(i) } }),
                );
                newKeys.set(arn, made.streamKey?.arn ?? '');
              })(),
            ];
        }
      }),
    );
    writing = false;
    await Promise.all([...readers, keyReader]);
    expect(refusals).toEqual([]);
    expect(readProblems).toEqual([]);
    expect(pagesRead).toBeGreaterThan(0);

    const expectedChannels = channels
      .map(({ arn }, i) => ({ arn, i }))
      .filter(({ i }) => i % 3 !== 0)
      .map(({ arn, i }) =>
        i % 3 === 1
          ? [arn, `renamed${i}`, 'NORMAL', [['added', String(i)]]]
          : [
              arn,
              `c${i}`,
              'LOW',
              [
                ['index', String(i)],
                ['other', 'y'],
              ],
            ],
      )
      .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1));
    const expectedKeys = channels
      .map(({ arn, keyArn }, i) => ({ arn, keyArn, i }))
      .filter(({ i }) => i % 3 !== 0)
      .map(({ arn, keyArn, i }) =>
        i % 3 === 1 ? [keyArn, arn, [['key', String(i)]]] : [newKeys.get(arn), arn, [['rekeyed', String(i)]]],
      )
      .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1));

    const snapshot = server.store.snapshot();
    expect(snapshot.partitions).toHaveLength(1);
    const partition = snapshot.partitions[0];
    const actualChannels = [...(partition?.channels ?? [])]
      .map((c) => [c.arn, c.name, c.latencyMode, sortedTags(c.tags)])
      .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1));
    const actualKeys = [...(partition?.streamKeys ?? [])]
      .map((k) => [k.arn, k.channelArn, sortedTags(k.tags)])
      .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1));
    expect(actualChannels).toEqual(expectedChannels);
    expect(actualKeys).toEqual(expectedKeys);

    // A full walk after the writes sees every surviving channel exactly once.
    const walked: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await ivs.send(
        new ListChannelsCommand({ maxResults: 7, ...(nextToken === undefined ? {} : { nextToken }) }),
      );
      walked.push(...(page.channels ?? []).map((c) => c.arn ?? ''));
      nextToken = page.nextToken;
    } while (nextToken !== undefined);
    expect(walked).toEqual(expectedChannels.map(([arn]) => arn));
  });
});

/** How many of a batch of settled calls succeeded, and the error names of the rest. */
function outcomes(results: readonly PromiseSettledResult<unknown>[]): { ok: number; errors: string[] } {
  const errors = results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => (r.reason as Error).name);
  return { ok: results.length - errors.length, errors: [...new Set(errors)] };
}

describe('concurrent requests racing for one thing', () => {
  test('creates racing for the last places of the channel quota: exactly the quota succeeds', async () => {
    const limited = await startMockServer({
      port: 0,
      store: createIvsStore({ seed: 2, limits: { channelsPerRegion: 100 } }),
    });
    const client = new IvsClient({
      endpoint: limited.url,
      region: 'us-west-2',
      credentials: { accessKeyId: 'AKIDQUOTA', secretAccessKey: 's' },
      maxAttempts: 1,
      requestHandler: { httpAgent: agent },
    });
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 150 }, () => client.send(new CreateChannelCommand({}))),
      );
      expect(outcomes(results)).toEqual({ ok: 100, errors: ['ServiceQuotaExceededException'] });
      expect(limited.store.snapshot().partitions[0]?.channels).toHaveLength(100);
      expect(limited.store.snapshot().partitions[0]?.streamKeys).toHaveLength(100);
    } finally {
      client.destroy();
      await limited.close();
    }
  });

  test('stream keys created at once for one channel: exactly one succeeds', async () => {
    const { channel, streamKey } = await ivs.send(new CreateChannelCommand({ name: 'race' }));
    await ivs.send(new DeleteStreamKeyCommand({ arn: streamKey?.arn ?? '' }));
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => ivs.send(new CreateStreamKeyCommand({ channelArn: channel?.arn ?? '' }))),
    );
    expect(outcomes(results)).toEqual({ ok: 1, errors: ['ServiceQuotaExceededException'] });
    expect(
      (await ivs.send(new ListStreamKeysCommand({ channelArn: channel?.arn ?? '', maxResults: 50 }))).streamKeys,
    ).toHaveLength(1);
  });

  test('one channel deleted by many callers at once: one 204, the rest ResourceNotFoundException', async () => {
    const { channel } = await ivs.send(new CreateChannelCommand({ name: 'doomed' }));
    const arn = channel?.arn ?? '';
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => ivs.send(new DeleteChannelCommand({ arn }))),
    );
    expect(outcomes(results)).toEqual({ ok: 1, errors: ['ResourceNotFoundException'] });
    expect(
      server.store
        .snapshot()
        .partitions.flatMap((p) => p.streamKeys)
        .filter((k) => k.channelArn === arn),
    ).toEqual([]);
  });
});
