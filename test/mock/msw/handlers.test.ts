import { getResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { operations, operationNames } from '../../../generated/operations.js';
import type { OperationName } from '../../../generated/types.js';
import { outputValidators } from '../../../generated/validators.js';
import { createIvsStore, ivsHandlers, type IvsHandlersOptions } from '../../../src/mock/index.js';
import { encodeRequest } from '../../../src/protocol/index.js';

const host = 'https://ivs.us-west-2.amazonaws.com';
const signed = (region = 'us-west-2', accessKeyId = 'AKIDEXAMPLE') => ({
  authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260101/${region}/ivs/aws4_request, SignedHeaders=host, Signature=0`,
});

function setup(options: IvsHandlersOptions = {}) {
  const store = createIvsStore({ seed: 5, clock: () => Date.parse('2026-01-01T00:00:00Z') });
  const handlers = ivsHandlers({ store, ...options });
  const raw = async (method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) =>
    getResponse(
      handlers,
      new Request(`${host}${path}`, {
        method,
        headers: { ...signed(), ...init.headers },
        ...(init.body === undefined ? {} : { body: init.body }),
      }),
    );
  const call = async (operation: OperationName, input: Record<string, unknown>) => {
    const encoded = encodeRequest(operations[operation], input);
    const response = await raw(encoded.method, `${encoded.path}${encoded.query === '' ? '' : `?${encoded.query}`}`, {
      headers: { ...encoded.headers },
      ...(encoded.body === undefined ? {} : { body: encoded.body }),
    });
    if (response === undefined) throw new Error(`${operation} was not handled`);
    return response;
  };
  return { store, handlers, raw, call };
}

async function liveSetup() {
  const s = setup();
  const created = (await (await s.call('CreateChannel', { name: 'c', tags: { a: '1' } })).json()) as {
    channel: { arn: string };
    streamKey: { arn: string };
  };
  s.store.startStream(created.channel.arn);
  return { ...s, channelArn: created.channel.arn, keyArn: created.streamKey.arn };
}

const hasNull = (value: unknown): boolean =>
  value === null || (typeof value === 'object' && Object.values(value as Record<string, unknown>).some(hasNull));

/** A valid input for every operation, against a live channel with a key. */
const validInputs = (
  channelArn: string,
  keyArn: string,
): { readonly [K in OperationName]: Record<string, unknown> } => ({
  BatchGetChannel: { arns: [channelArn] },
  BatchGetStreamKey: { arns: [keyArn] },
  CreateChannel: {},
  CreateStreamKey: { channelArn },
  DeleteChannel: { arn: channelArn },
  DeleteStreamKey: { arn: keyArn },
  GetChannel: { arn: channelArn },
  GetStream: { channelArn },
  GetStreamKey: { arn: keyArn },
  ListChannels: {},
  ListStreamKeys: { channelArn },
  ListStreams: {},
  ListTagsForResource: { resourceArn: channelArn },
  PutMetadata: { channelArn, metadata: 'm' },
  StopStream: { channelArn },
  TagResource: { resourceArn: channelArn, tags: { b: '2' } },
  UntagResource: { resourceArn: channelArn, tagKeys: ['a'] },
  UpdateChannel: { arn: channelArn, name: 'renamed' },
});

describe('wire format of successful responses', () => {
  test.each(operationNames.filter((name) => !['CreateStreamKey', 'DeleteChannel', 'UpdateChannel'].includes(name)))(
    '%s: modeled status, request id, and a body that passes the output schema',
    async (name) => {
      const { call, channelArn, keyArn } = await liveSetup();
      const response = await call(name, validInputs(channelArn, keyArn)[name]);
      const spec = operations[name];
      expect(response.status).toBe(spec.successCode);
      expect(response.headers.get('x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
      const text = await response.text();
      if (spec.output === null) {
        expect(text).toBe('');
        return;
      }
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body: unknown = JSON.parse(text);
      const validate = outputValidators[name];
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
      expect(hasNull(body)).toBe(false);
    },
  );

  test('CreateStreamKey, UpdateChannel and DeleteChannel answer as modeled once their preconditions hold', async () => {
    const { call, store, channelArn, keyArn } = await liveSetup();
    expect((await call('DeleteStreamKey', { arn: keyArn })).status).toBe(204);
    const created = await call('CreateStreamKey', { channelArn });
    expect(outputValidators.CreateStreamKey(await created.json())).toBe(true);
    store.stopStream(channelArn);
    const updated = await call('UpdateChannel', { arn: channelArn, name: 'n' });
    expect(outputValidators.UpdateChannel(await updated.json())).toBe(true);
    const deleted = await call('DeleteChannel', { arn: channelArn });
    expect([deleted.status, await deleted.text()]).toEqual([204, '']);
  });

  test('StopStream, TagResource and UntagResource answer 200 with {}', async () => {
    const { call, channelArn } = await liveSetup();
    for (const [name, input] of [
      ['TagResource', { resourceArn: channelArn, tags: { x: 'y' } }],
      ['UntagResource', { resourceArn: channelArn, tagKeys: ['x'] }],
      ['StopStream', { channelArn }],
    ] as const) {
      const response = await call(name, input);
      expect([name, response.status, await response.text()]).toEqual([name, 200, '{}']);
    }
  });
});

describe('wire format of errors', () => {
  test('an error has the model status, x-amzn-ErrorType, exceptionMessage and message', async () => {
    const { call } = setup();
    const response = await call('GetChannel', { arn: 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh' });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-ErrorType')).toBe('ResourceNotFoundException');
    expect(response.headers.get('x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as Record<string, string>;
    expect(body['exceptionMessage']).toContain('abcdABCDefgh');
    expect(body['message']).toBe(body['exceptionMessage']);
  });

  test.each([
    [
      'a pattern',
      'GetChannel',
      { arn: 'nope' },
      "1 validation error detected: Value at 'arn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:aws:[is]vs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+$",
    ],
    [
      'a missing member',
      'GetChannel',
      {},
      "1 validation error detected: Value null at 'arn' failed to satisfy constraint: Member must not be null",
    ],
    [
      'a range',
      'ListChannels',
      { maxResults: 51 },
      "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50",
    ],
    [
      'an enum',
      'CreateChannel',
      { type: 'PREMIUM' },
      "1 validation error detected: Value at 'type' failed to satisfy constraint: Member must satisfy enum value set: [BASIC, STANDARD]",
    ],
    [
      'a list size',
      'BatchGetChannel',
      { arns: [] },
      "1 validation error detected: Value at 'arns' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
    [
      'a list item',
      'BatchGetStreamKey',
      { arns: ['arn:aws:ivs:us-west-2:1:stream-key/a', 'bad'] },
      "1 validation error detected: Value at 'arns.2.member' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:aws:[is]vs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+$",
    ],
    [
      'the metadata byte limit',
      'PutMetadata',
      { channelArn: 'arn:aws:ivs:us-west-2:1:channel/a', metadata: '€'.repeat(342) },
      "1 validation error detected: Value at 'metadata' failed to satisfy constraint: Member must have a UTF-8 encoded length less than or equal to 1024 bytes",
    ],
    [
      'a wrong type',
      'CreateChannel',
      { name: 5 },
      "1 validation error detected: Value at 'name' failed to satisfy constraint: Member must be of type string",
    ],
  ] as const)('a ValidationException names the member and %s', async (_name, operation, input, message) => {
    const { call } = setup();
    const response = await call(operation, input);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-ErrorType')).toBe('ValidationException');
    expect(((await response.json()) as Record<string, string>)['exceptionMessage']).toBe(message);
  });

  test('validation comes before lookup: a bad request about nothing is still ValidationException', async () => {
    const { call } = setup();
    const response = await call('UpdateChannel', {
      arn: 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh',
      latencyMode: 'FAST',
    });
    expect(response.headers.get('x-amzn-ErrorType')).toBe('ValidationException');
  });

  test('1024 bytes of metadata are accepted', async () => {
    const { call, channelArn } = await liveSetup();
    expect((await call('PutMetadata', { channelArn, metadata: `${'€'.repeat(341)}x` })).status).toBe(204);
  });
});

describe('bad input never changes state', () => {
  test.each([
    ['malformed JSON', 'POST', '/CreateChannel', '{"name":', 400, 'SerializationException'],
    ['a JSON array body', 'POST', '/CreateChannel', '[]', 400, 'SerializationException'],
    ['a wrong method on a known path', 'GET', '/CreateChannel', undefined, 405, 'MethodNotAllowedException'],
    ['DELETE on an operation path', 'DELETE', '/DeleteChannel', undefined, 405, 'MethodNotAllowedException'],
    [
      'too many tags',
      'POST',
      '/CreateChannel',
      JSON.stringify({ tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) }),
      400,
      'ValidationException',
    ],
    ['a reserved tag key', 'POST', '/CreateChannel', '{"tags":{"aws:x":"1"}}', 400, 'ValidationException'],
  ])('%s is a clean %s-style error', async (_name, method, path, body, status, type) => {
    const { raw, store } = setup();
    const before = store.snapshot();
    const response = await raw(
      method,
      path,
      body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } },
    );
    expect(response?.status).toBe(status);
    expect(response?.headers.get('x-amzn-ErrorType')).toBe(type);
    expect(response?.headers.get('x-amzn-RequestId')).toBeTruthy();
    expect(store.snapshot()).toEqual(before);
  });

  test('a wrong method names the allowed ones', async () => {
    const { raw, store, call } = setup();
    const created = (await (await call('CreateChannel', {})).json()) as { channel: { arn: string } };
    const response = await raw('PUT', `/tags/${encodeURIComponent(created.channel.arn)}`);
    expect(response?.status).toBe(405);
    expect(response?.headers.get('allow')).toBe('GET, POST, DELETE');
    expect(store.snapshot().partitions[0]?.channels).toHaveLength(1);
  });
});

describe('routing', () => {
  test('unknown members in the body are ignored', async () => {
    const { raw } = setup();
    const response = await raw('POST', '/CreateChannel', {
      body: '{"name":"x","insecureIngest":true,"recordingConfigurationArn":""}',
    });
    expect(response?.status).toBe(200);
  });

  test('paths of other services pass through to other handlers', async () => {
    const { handlers } = setup();
    expect(await getResponse(handlers, new Request('https://example.com/api/users'))).toBeUndefined();
    expect(await getResponse(handlers, new Request('https://example.com/tags/holiday'))).toBeUndefined();
  });

  test('OPTIONS is left to whatever serves CORS', async () => {
    const { handlers } = setup();
    expect(await getResponse(handlers, new Request(`${host}/CreateChannel`, { method: 'OPTIONS' }))).toBeUndefined();
  });

  test('a tag ARN is read percent-encoded or with a raw slash, signed or not', async () => {
    const { raw, call } = setup();
    const created = (await (await call('CreateChannel', { tags: { a: '1' } })).json()) as { channel: { arn: string } };
    for (const path of [`/tags/${encodeURIComponent(created.channel.arn)}`, `/tags/${created.channel.arn}`]) {
      const response = await raw('GET', path, { headers: { authorization: '' } });
      expect(await response?.json()).toEqual({ tags: { a: '1' } });
    }
  });

  test('UntagResource without any tagKeys removes nothing and succeeds', async () => {
    const { call, raw } = setup();
    const created = (await (await call('CreateChannel', { tags: { a: '1' } })).json()) as { channel: { arn: string } };
    expect((await raw('DELETE', `/tags/${encodeURIComponent(created.channel.arn)}`))?.status).toBe(200);
    expect(await (await call('ListTagsForResource', { resourceArn: created.channel.arn })).json()).toEqual({
      tags: { a: '1' },
    });
  });

  test('the region comes from the credential scope, else us-west-2, unless fixed by the options', async () => {
    const regionOf = async (options: IvsHandlersOptions, authorization: string) => {
      const { raw } = setup(options);
      const response = await raw('POST', '/CreateChannel', { body: '{}', headers: { authorization } });
      const body = (await response?.json()) as { channel: { arn: string } } | undefined;
      return body?.channel.arn.split(':')[3];
    };
    expect(await regionOf({}, signed('eu-west-1').authorization)).toBe('eu-west-1');
    expect(await regionOf({}, '')).toBe('us-west-2');
    expect(await regionOf({ region: 'us-east-1' }, signed('eu-west-1').authorization)).toBe('us-east-1');
  });

  test('the account comes from the accounts map by access key id, else the default', async () => {
    const { raw } = setup({ accounts: { AKIDOTHER: '999999999999' }, accountId: '111111111111' });
    const accountOf = async (key: string) => {
      const response = await raw('POST', '/CreateChannel', { body: '{}', headers: signed('us-west-2', key) });
      const body = (await response?.json()) as { channel: { arn: string } } | undefined;
      return body?.channel.arn.split(':')[4];
    };
    expect(await accountOf('AKIDOTHER')).toBe('999999999999');
    expect(await accountOf('AKIDEXAMPLE')).toBe('111111111111');
    expect(await accountOf('__proto__')).toBe('111111111111');
  });
});

describe('ivsHandlers options', () => {
  const firstArn = async (handlers: ReturnType<typeof ivsHandlers>) => {
    const response = await getResponse(handlers, new Request(`${host}/CreateChannel`, { method: 'POST', body: '{}' }));
    const body = (await response?.json()) as { channel: { arn: string } } | undefined;
    return body?.channel.arn;
  };

  test('without a store, the handlers make their own, seeded by seed', async () => {
    expect(await firstArn(ivsHandlers({ seed: 3 }))).toBe(await firstArn(ivsHandlers({ seed: 3 })));
    expect(await firstArn(ivsHandlers({ seed: 3 }))).not.toBe(await firstArn(ivsHandlers({ seed: 4 })));
  });

  test('faults may be given as a plain list of rules', async () => {
    const handlers = ivsHandlers({ faults: [{ operation: 'ListStreams', error: 'AccessDeniedException', times: 1 }] });
    const list = () => getResponse(handlers, new Request(`${host}/ListStreams`, { method: 'POST', body: '{}' }));
    expect((await list())?.status).toBe(403);
    expect((await list())?.status).toBe(200);
  });

  test('control routes are mounted only when asked for', async () => {
    const reset = (handlers: ReturnType<typeof ivsHandlers>) =>
      getResponse(handlers, new Request(`${host}/_ivs-contract/reset`, { method: 'POST' }));
    expect(await reset(ivsHandlers())).toBeUndefined();
    expect((await reset(ivsHandlers({ controlRoutes: true })))?.status).toBe(200);
  });
});
