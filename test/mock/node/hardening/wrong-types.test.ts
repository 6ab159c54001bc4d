import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { operations } from '../../../../generated/operations.js';
import type { OperationName } from '../../../../generated/types.js';
import { startMockServer, type RunningMockServer } from '../../../../src/mock/server.js';
import { percentEncode } from '../../../../src/protocol/index.js';
import { awsStyleProblem, send } from './harness.js';
import { memberType } from './hostile-requests.js';

let server: RunningMockServer;
let channelArn = '';
let streamKeyArn = '';

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 5 });
  const created = JSON.parse(
    (await send(server.port, { method: 'POST', path: '/CreateChannel', body: '{"name":"base","tags":{"k":"v"}}' }))
      .body,
  ) as {
    channel: { arn: string };
    streamKey: { arn: string };
  };
  channelArn = created.channel.arn;
  streamKeyArn = created.streamKey.arn;
  server.store.startStream(channelArn);
});

afterAll(() => server.close());

/** A valid input for each operation that has body members, so only the replaced member is wrong. */
function baseInput(operation: OperationName): Record<string, unknown> {
  const inputs: Partial<Record<OperationName, Record<string, unknown>>> = {
    BatchGetChannel: { arns: [channelArn] },
    BatchGetStreamKey: { arns: [streamKeyArn] },
    CreateChannel: { name: 'n', latencyMode: 'LOW', type: 'BASIC', tags: { a: 'b' } },
    CreateStreamKey: { channelArn, tags: { a: 'b' } },
    DeleteChannel: { arn: channelArn },
    DeleteStreamKey: { arn: streamKeyArn },
    GetChannel: { arn: channelArn },
    GetStream: { channelArn },
    GetStreamKey: { arn: streamKeyArn },
    ListChannels: { filterByName: 'base', nextToken: '', maxResults: 5 },
    ListStreamKeys: { channelArn, nextToken: '', maxResults: 5 },
    ListStreams: { nextToken: '', maxResults: 5 },
    PutMetadata: { channelArn, metadata: 'm' },
    StopStream: { channelArn },
    TagResource: { tags: { a: 'b' } },
    UpdateChannel: { arn: channelArn, name: 'x', latencyMode: 'LOW', type: 'BASIC' },
  };
  return inputs[operation] ?? {};
}

const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const deepObject = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
const candidates: readonly (readonly [string, string])[] = [
  ['a number', '1'],
  ['a fraction', '2.5'],
  ['a huge number', '1e400'],
  ['true', 'true'],
  ['null', 'null'],
  ['a string', '"text"'],
  ['an empty array', '[]'],
  ['an array of numbers', '[1,2]'],
  ['an object', '{"x":1}'],
  ['a __proto__ object', '{"__proto__":{"polluted":true}}'],
  ['an array nested 100000 deep', deepArray],
  ['an object nested 100000 deep', deepObject],
];

function fits(type: string, text: string): boolean {
  const value: unknown = text.length > 1000 ? undefined : JSON.parse(text);
  if (type === 'string') return typeof value === 'string';
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (text.length > 1000 || Object.values(value).every((v) => typeof v === 'string'))
  );
}

const cases = (Object.keys(operations) as OperationName[]).flatMap((operation) =>
  operations[operation].body.map((member) => [operation, member] as const),
);

describe('a JSON value of the wrong type in any member of any operation', () => {
  test.each(cases)('%s.%s: every wrong type is a 400 and changes nothing', async (operation, member) => {
    const spec = operations[operation];
    const path = spec.uri.replace('{resourceArn}', percentEncode(channelArn));
    const type = memberType(operation, member);
    const before = JSON.stringify(server.store.snapshot());
    for (const [name, text] of candidates.filter(([, t]) => !fits(type, t))) {
      const rest = Object.entries(baseInput(operation))
        .filter(([key]) => key !== member)
        .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
      const body = `{${[...rest, `${JSON.stringify(member)}:${text}`].join(',')}}`;
      const reply = await send(server.port, { method: spec.method, path, body });
      // Nesting past the parser's depth bound is refused before the members are looked at.
      const error = text.length > 1000 ? 'SerializationException' : 'ValidationException';
      expect([name, reply.status, reply.headers['x-amzn-errortype']]).toEqual([name, 400, error]);
      expect(awsStyleProblem(reply)).toBeUndefined();
    }
    expect(JSON.stringify(server.store.snapshot())).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

const controlCases: readonly (readonly [string, string, string])[] = [
  [
    'restore',
    'an array nested 100000 deep as partitions',
    `{"format":"ivs-contract/snapshot@1","partitions":${deepArray}}`,
  ],
  ['restore', 'an object nested 100000 deep', deepObject],
  [
    'restore',
    'partitions hidden under __proto__',
    '{"__proto__":{"format":"ivs-contract/snapshot@1","partitions":[]}}',
  ],
  [
    'restore',
    'a partition with a __proto__ channel list',
    '{"format":"ivs-contract/snapshot@1","partitions":[{"accountId":"123456789012","region":"us-west-2","channels":{"__proto__":[]},"streamKeys":[],"streams":[]}]}',
  ],
  [
    'restore',
    'a channel whose tags are not strings',
    '{"format":"ivs-contract/snapshot@1","partitions":[{"accountId":"123456789012","region":"us-west-2","channels":[{"arn":"arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh","name":"","latencyMode":"LOW","type":"STANDARD","ingestEndpoint":"x","playbackUrl":"y","tags":{"__proto__":{"polluted":true}}}],"streamKeys":[],"streams":[]}]}',
  ],
  ['restore', 'random text', 'not json'],
  ['streams/start', 'a numeric channelArn', '{"channelArn":1}'],
  ['streams/start', 'a deep channelArn', `{"channelArn":${deepArray}}`],
  [
    'streams/start',
    'a health that is an object',
    '{"channelArn":"arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh","health":{"__proto__":1}}',
  ],
  [
    'streams/start',
    'a viewerCount that is a string',
    '{"channelArn":"arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh","viewerCount":"5"}',
  ],
  [
    'streams/start',
    'a startTime that is an array',
    '{"channelArn":"arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh","startTime":[]}',
  ],
  ['streams/stop', 'a channelArn under __proto__', '{"__proto__":{"channelArn":"x"}}'],
];

describe('hostile bodies on the control routes', () => {
  test.each(controlCases)('%s with %s is a 4xx and changes nothing', async (route, _name, body) => {
    const before = JSON.stringify(server.store.snapshot());
    const reply = await send(server.port, { method: 'POST', path: `/_ivs-contract/${route}`, body });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(awsStyleProblem(reply)).toBeUndefined();
    expect(JSON.stringify(server.store.snapshot())).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
