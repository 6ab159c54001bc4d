import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inputValidators } from '../../../../generated/validators.js';
import { validateBounded, validatedEntries } from '../../../../src/mock/bounded-validation.js';
import { startMockServer, type RunningMockServer } from '../../../../src/mock/server.js';
import { send } from './harness.js';

let server: RunningMockServer;

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 4 });
});

afterAll(() => server.close());

const arn = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';
const badTags = (count: number): string => `{${Array.from({ length: count }, (_, i) => `"${i}":${i}`).join(',')}}`;
const errorCount = (message: string): number =>
  Number(/^(\d+) validation errors? detected/.exec(message)?.[1] ?? Number.NaN);

// Each of these once took minutes: the generated validators copy their error list once per error.
const oversized: readonly (readonly [string, string, string, string])[] = [
  ['CreateChannel tags', 'POST', '/CreateChannel', `{"tags":${badTags(60_000)}}`],
  ['CreateStreamKey tags', 'POST', '/CreateStreamKey', `{"channelArn":"${arn}","tags":${badTags(60_000)}}`],
  ['TagResource tags', 'POST', `/tags/${encodeURIComponent(arn)}`, `{"tags":${badTags(60_000)}}`],
  [
    'BatchGetChannel arns',
    'POST',
    '/BatchGetChannel',
    `{"arns":[${Array.from({ length: 60_000 }, () => '1').join(',')}]}`,
  ],
  [
    'BatchGetStreamKey arns',
    'POST',
    '/BatchGetStreamKey',
    `{"arns":[${Array.from({ length: 60_000 }, () => 'null').join(',')}]}`,
  ],
  ['UntagResource tagKeys', 'DELETE', `/tags/${encodeURIComponent(arn)}?${'tagKeys=&'.repeat(1_500)}`, ''],
];

describe('lists and maps with tens of thousands of bad entries', () => {
  test.each(oversized)(
    '%s: a 400 naming the size limit, with a bounded list of errors',
    async (_name, method, path, body) => {
      const reply = await send(server.port, { method, path, body });
      expect([reply.status, reply.headers['x-amzn-errortype']]).toEqual([400, 'ValidationException']);
      const message = (JSON.parse(reply.body) as { message: string }).message;
      expect(message).toContain('Member must have length less than or equal to 50');
      expect(errorCount(message)).toBeLessThanOrEqual(validatedEntries + 2);
    },
    10_000,
  );

  test('a restored snapshot whose channel has 60000 tags is refused and changes nothing', async () => {
    const before = JSON.stringify(server.store.snapshot());
    const channel = `{"arn":"${arn}","name":"","latencyMode":"LOW","type":"STANDARD","ingestEndpoint":"x","playbackUrl":"y","tags":${badTags(60_000)}}`;
    const body = `{"format":"ivs-contract/snapshot@1","partitions":[{"accountId":"123456789012","region":"us-west-2","channels":[${channel}],"streamKeys":[],"streams":[]}]}`;
    const reply = await send(server.port, { method: 'POST', path: '/_ivs-contract/restore', body });
    expect([reply.status, reply.headers['x-amzn-errortype']]).toEqual([400, 'ValidationException']);
    expect(JSON.stringify(server.store.snapshot())).toBe(before);
  }, 10_000);
});

describe('validateBounded', () => {
  test('a valid input at the limits is valid', () => {
    const tags = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    expect(validateBounded(inputValidators.CreateChannel, { name: 'n', tags })).toBeUndefined();
  });

  test('an input just past a limit gets the same message as the plain validator', () => {
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    const validate = inputValidators.CreateChannel;
    const plain = validate({ tags }) ? undefined : (validate.errors ?? []).length;
    expect(plain).toBe(1);
    expect(validateBounded(validate, { tags })).toContain(
      "Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50",
    );
  });

  test('a cut map keeps __proto__ as a plain key', () => {
    const tags = JSON.parse(
      `{"__proto__":5,${Array.from({ length: 500 }, (_, i) => `"k${i}":${i}`).join(',')}}`,
    ) as Record<string, unknown>;
    const message = validateBounded(inputValidators.CreateChannel, { tags }) ?? '';
    expect(message).toContain("Value at 'tags.__proto__' failed to satisfy constraint: Member must be of type string");
  });

  test('a value nested far deeper than any input is left alone, without recursing into it', () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(validateBounded(inputValidators.BatchGetChannel, { arns: deep })).toContain("Value at 'arns.1.member'");
  });
});
