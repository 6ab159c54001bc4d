import { describe, expect, test } from 'vitest';
import { createIvsCore } from '../../src/mock/core.js';
import { createIvsStore } from '../../src/mock/store.js';
import { type CoreResult, isNetworkFailure, type PlainAnswer, type PlainRequest } from '../../src/mock/plain-http.js';

const noHeaders = { get: () => null };

function request(method: string, path: string, body = '', query = ''): PlainRequest {
  return { method, path, query, headers: noHeaders, body: new TextEncoder().encode(body) };
}

function answer(result: CoreResult | undefined): PlainAnswer {
  if (result === undefined || isNetworkFailure(result)) throw new Error(`no answer: ${JSON.stringify(result)}`);
  return result;
}

describe('the core turns a plain request into a plain answer', () => {
  test('an operation is answered with its success code, a request id and the output as JSON', async () => {
    const core = createIvsCore({ seed: 1 });
    const created = answer(await core.handle(request('POST', '/CreateChannel', '{"name":"a"}')));
    expect(created.status).toBe(200);
    expect(created.headers['x-amzn-RequestId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(created.body ?? '')).toMatchObject({ channel: { name: 'a' } });
  });

  test('an operation without output is answered 204 with no body', async () => {
    const core = createIvsCore({ seed: 1 });
    const created = answer(await core.handle(request('POST', '/CreateChannel', '{}')));
    const arn = JSON.parse(created.body ?? '').channel.arn as string;
    const deleted = answer(await core.handle(request('POST', '/DeleteChannel', JSON.stringify({ arn }))));
    expect([deleted.status, deleted.body]).toEqual([204, null]);
  });

  test('an error is answered with the model status, x-amzn-ErrorType and exceptionMessage', async () => {
    const core = createIvsCore({ seed: 1 });
    const missing = answer(
      await core.handle(
        request('POST', '/GetChannel', '{"arn":"arn:aws:ivs:us-west-2:123456789012:channel/abcdABCD1234"}'),
      ),
    );
    expect([missing.status, missing.headers['x-amzn-ErrorType']]).toEqual([404, 'ResourceNotFoundException']);
    expect(JSON.parse(missing.body ?? '')).toHaveProperty('exceptionMessage');
  });

  test("a path that is not IVS's, and OPTIONS, are not routed", () => {
    const core = createIvsCore();
    expect(core.handle(request('POST', '/SomethingElse'))).toBeUndefined();
    expect(core.handle(request('OPTIONS', '/GetChannel'))).toBeUndefined();
  });

  test('the store controls are routed only with controlRoutes', async () => {
    const store = createIvsStore({ seed: 1 });
    expect(createIvsCore({ store }).handle(request('GET', '/_ivs-contract/snapshot'))).toBeUndefined();
    const snapshot = answer(
      await createIvsCore({ store, controlRoutes: true }).handle(request('GET', '/_ivs-contract/snapshot')),
    );
    expect(snapshot.status).toBe(200);
    expect(JSON.parse(snapshot.body ?? '')).toEqual(store.snapshot());
  });

  test('a wrong method on a route is a 405 naming the allowed one', async () => {
    const wrong = answer(await createIvsCore().handle(request('GET', '/GetChannel')));
    expect([wrong.status, wrong.headers.Allow]).toEqual([405, 'POST']);
  });

  test('a network fault asks the transport to drop the connection', async () => {
    const core = createIvsCore({ faults: [{ operation: 'ListChannels', networkError: true }] });
    const result = await core.handle(request('POST', '/ListChannels', '{}'));
    expect(result !== undefined && isNetworkFailure(result)).toBe(true);
  });

  test('route() is what handle() answers, so an adapter can route once and answer later', async () => {
    const core = createIvsCore({ seed: 1 });
    const routed = core.route('POST', '/ListChannels', '', noHeaders);
    expect(routed?.kind).toBe('operation');
    if (routed === undefined) return;
    expect(answer(await core.answer(routed, request('POST', '/ListChannels', '{}'))).status).toBe(200);
  });

  test('a body nested deeper than the bound is a 400 SerializationException', async () => {
    const body = `{"name":${'['.repeat(65)}${']'.repeat(65)}}`;
    const deep = answer(await createIvsCore().handle(request('POST', '/CreateChannel', body)));
    expect([deep.status, deep.headers['x-amzn-ErrorType']]).toEqual([400, 'SerializationException']);
  });
});
