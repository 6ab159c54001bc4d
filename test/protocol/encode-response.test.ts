import { describe, expect, test } from 'vitest';
import { operations } from '../../generated/operations.js';
import { decodeResponseHeaders, encodeResponse } from '../../src/protocol/encode-response.js';

const batchGetChannel = operations.BatchGetChannel;
const channel = { arn: 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh', name: 'a' };

describe('encodeResponse', () => {
  test('sends the body members as JSON with the success status', () => {
    const response = encodeResponse(operations.GetChannel, { channel });
    expect(response).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel }),
    });
  });

  test('moves members bound to headers out of the body and into headers', () => {
    const response = encodeResponse(batchGetChannel, {
      strictTransportSecurity: 'max-age=47304000; includeSubDomains',
      xFrameOptions: 'DENY',
      channels: [channel],
      errors: [],
    });
    expect(response.headers).toEqual({
      'strict-transport-security': 'max-age=47304000; includeSubDomains',
      'x-frame-options': 'DENY',
      'content-type': 'application/json',
    });
    expect(JSON.parse(response.body ?? '')).toEqual({ channels: [channel], errors: [] });
  });

  test('leaves out header members that are not set', () => {
    expect(encodeResponse(batchGetChannel, { channels: [], errors: [] }).headers).toEqual({
      'content-type': 'application/json',
    });
  });

  test('a 204 answer has no body and no content type', () => {
    expect(encodeResponse(operations.DeleteChannel, {})).toEqual({ status: 204, headers: {}, body: undefined });
  });
});

describe('decodeResponseHeaders', () => {
  test('reads header-bound members back, whatever the case of the header names', () => {
    const headers = new Headers({ 'Cache-Control': 'no-store', 'x-content-type-options': 'nosniff' });
    expect(decodeResponseHeaders(batchGetChannel, headers)).toEqual({
      cacheControl: 'no-store',
      xContentTypeOptions: 'nosniff',
    });
  });

  test('an operation without header members reads nothing', () => {
    expect(decodeResponseHeaders(operations.GetChannel, new Headers({ 'cache-control': 'no-store' }))).toEqual({});
  });
});

describe('the generated operation table', () => {
  test('binds the seven security headers of the three batch outputs, and no other output', () => {
    const withHeaders = Object.values(operations)
      .filter((op) => op.outputHeaders.length > 0)
      .map((op) => op.name);
    expect(withHeaders).toEqual(['BatchGetChannel', 'BatchGetStreamKey', 'BatchStartViewerSessionRevocation']);
    expect(batchGetChannel.outputHeaders.map((h) => h.name)).toEqual([
      'Access-Control-Allow-Origin',
      'Access-Control-Expose-Headers',
      'Cache-Control',
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'X-Frame-Options',
    ]);
  });
});
