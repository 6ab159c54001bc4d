import { describe, expect, test } from 'vitest';
import { readCredentialScope } from '../../src/mock/caller.js';

describe('readCredentialScope', () => {
  test('reads access key, region and service from a SigV4 Authorization header', () => {
    const header =
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-1/ivs/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc';
    expect(readCredentialScope(header, new URLSearchParams())).toEqual({
      accessKeyId: 'AKIDEXAMPLE',
      region: 'eu-west-1',
      service: 'ivs',
    });
  });

  test('reads a presigned X-Amz-Credential parameter', () => {
    const params = new URLSearchParams({ 'X-Amz-Credential': 'AKID2/20260101/us-east-1/ivs/aws4_request' });
    expect(readCredentialScope(null, params)).toEqual({ accessKeyId: 'AKID2', region: 'us-east-1', service: 'ivs' });
  });

  test.each([null, 'Bearer token', 'AWS4-HMAC-SHA256 Credential=broken'])('gives nothing for %s', (header) => {
    expect(readCredentialScope(header, new URLSearchParams())).toBeUndefined();
  });
});
