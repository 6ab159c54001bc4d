import { describe, expect, test } from 'vitest';
import { encodeRequest } from '../../src/protocol/encode-request.js';
import type { OperationBinding } from '../../src/protocol/operation-binding.js';
import { tracedBinding, untagResource } from './bindings.js';

const createChannel: OperationBinding = {
  name: 'CreateChannel',
  method: 'POST',
  uri: '/CreateChannel',
  labels: [],
  query: [],
  body: ['name', 'latencyMode', 'type', 'tags'],
};
const arn = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';

const traced = tracedBinding(['note']);

describe('encodeRequest', () => {
  test('sends members bound to headers as headers with lower-case names, not in the body', () => {
    const request = encodeRequest(traced, { traceId: 't-1', note: 'n' });
    expect(request.headers).toEqual({ 'x-trace-id': 't-1', 'content-type': 'application/json' });
    expect(request.body).toBe('{"note":"n"}');
  });

  test('sends a list bound to a header as its items joined by a comma and a space', () => {
    expect(encodeRequest(traced, { traceId: ['a', 'b'] }).headers['x-trace-id']).toBe('a, b');
  });

  test('sends {} with a JSON content type when no body member is set', () => {
    const request = encodeRequest(createChannel, {});
    expect(request).toMatchObject({ method: 'POST', path: '/CreateChannel', query: '', body: '{}' });
    expect(request.headers['content-type']).toBe('application/json');
  });

  test("puts only the operation's body members into the body", () => {
    const request = encodeRequest(createChannel, { name: 'a', latencyMode: 'LOW', unknown: 1 });
    expect(JSON.parse(request.body ?? '')).toEqual({ name: 'a', latencyMode: 'LOW' });
  });

  test('percent-encodes the whole ARN into one path segment', () => {
    const request = encodeRequest(untagResource, { resourceArn: arn, tagKeys: ['a'] });
    expect(request.path).toBe('/tags/arn%3Aaws%3Aivs%3Aus-west-2%3A123456789012%3Achannel%2FabcdABCDefgh');
  });

  test('repeats a list query parameter and encodes spaces as %20', () => {
    const request = encodeRequest(untagResource, { resourceArn: arn, tagKeys: ['a', 'b c', "x!'()*"] });
    expect(request.query).toBe('tagKeys=a&tagKeys=b%20c&tagKeys=x%21%27%28%29%2A');
  });

  test('sends no body for an operation without body members', () => {
    const request = encodeRequest(untagResource, { resourceArn: arn, tagKeys: [] });
    expect(request.body).toBeUndefined();
    expect(request.headers).toEqual({});
  });

  test('leaves a missing label empty so the request can still be sent', () => {
    expect(encodeRequest(untagResource, { tagKeys: ['a'] }).path).toBe('/tags/');
  });

  test('writes values of the wrong type as they are, for invalid-input tests', () => {
    expect(JSON.parse(encodeRequest(createChannel, { name: 42 }).body ?? '')).toEqual({ name: 42 });
  });
});

describe('percentEncode', () => {
  test('sends a lone surrogate as U+FFFD instead of throwing', async () => {
    const { percentEncode } = await import('../../src/protocol/percent-encode.js');
    expect(percentEncode('a\uD800b')).toBe('a%EF%BF%BDb');
  });
});
