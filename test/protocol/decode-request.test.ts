import { describe, expect, test } from 'vitest';
import { decodeRequest } from '../../src/protocol/decode-request.js';
import { encodeRequest } from '../../src/protocol/encode-request.js';
import type { OperationBinding } from '../../src/protocol/operation-binding.js';
import { tracedBinding, untagResource } from './bindings.js';

const getChannel: OperationBinding = {
  name: 'GetChannel',
  method: 'POST',
  uri: '/GetChannel',
  labels: [],
  query: [],
  body: ['arn'],
};
const parts = (bodyText: string, labels: Record<string, string> = {}, query = '') => ({
  labels,
  searchParams: new URLSearchParams(query),
  bodyText,
});

const traced = tracedBinding([]);

describe('decodeRequest', () => {
  test('reads members bound to headers from the headers, case-insensitively', () => {
    const request = { ...parts(''), headers: new Headers({ 'x-trace-id': 't-1' }) };
    expect(decodeRequest(traced, request)).toEqual({ ok: true, input: { traceId: 't-1' } });
  });

  test('leaves out a header member whose header is absent', () => {
    expect(decodeRequest(traced, { ...parts(''), headers: new Headers() })).toEqual({ ok: true, input: {} });
  });

  test('reads known body members and ignores unknown ones', () => {
    expect(decodeRequest(getChannel, parts('{"arn":"x","newerMember":true}'))).toEqual({
      ok: true,
      input: { arn: 'x' },
    });
  });

  test('treats an empty body as {}', () => {
    expect(decodeRequest(getChannel, parts(''))).toEqual({ ok: true, input: {} });
  });

  test.each([
    ['malformed JSON', '{"arn":'],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
    ['a JSON string', '"arn"'],
  ])('rejects %s as a SerializationException', (_name, body) => {
    const result = decodeRequest(getChannel, parts(body));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.type).toBe('SerializationException');
  });

  test('decodes a percent-encoded label and repeated query parameters', () => {
    const result = decodeRequest(
      untagResource,
      parts('', { resourceArn: 'arn%3Aaws%3Aivs%3Aus-west-2%3A1%3Achannel%2Fx' }, 'tagKeys=a&tagKeys=b%20c'),
    );
    expect(result).toEqual({
      ok: true,
      input: { resourceArn: 'arn:aws:ivs:us-west-2:1:channel/x', tagKeys: ['a', 'b c'] },
    });
  });

  test('rejects a malformed percent-encoding in a label as a ValidationException', () => {
    const result = decodeRequest(untagResource, parts('', { resourceArn: '%E0%A4%A' }));
    expect(result).toMatchObject({ ok: false, error: { type: 'ValidationException' } });
  });

  test('ignores a body on an operation without body members', () => {
    expect(decodeRequest(untagResource, parts('{"tagKeys":["z"]}', { resourceArn: 'a' }, 'tagKeys=a'))).toEqual({
      ok: true,
      input: { resourceArn: 'a', tagKeys: ['a'] },
    });
  });

  test('keeps a __proto__ key inside a map as plain data', () => {
    const op: OperationBinding = { ...getChannel, body: ['tags'] };
    const result = decodeRequest(op, parts('{"tags":{"__proto__":"x"}}'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      const tags = result.input['tags'] as Record<string, unknown>;
      expect(Object.keys(tags)).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    }
  });

  test('round-trips what encodeRequest wrote', () => {
    const input = { resourceArn: 'arn:aws:ivs:us-west-2:123456789012:stream-key/abc', tagKeys: ['k 1', 'k/2'] };
    const encoded = encodeRequest(untagResource, input);
    const label = encoded.path.slice('/tags/'.length);
    expect(decodeRequest(untagResource, parts('', { resourceArn: label }, encoded.query))).toEqual({ ok: true, input });
  });
});
