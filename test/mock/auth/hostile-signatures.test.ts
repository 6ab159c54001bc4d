import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createRequestAuthenticator } from '../../../src/mock/auth/index.js';
import { testNow } from './signing.js';

const authenticate = createRequestAuthenticator(
  { credentials: [{ accessKeyId: 'AKID', secretAccessKey: 'SECRET' }] },
  () => testNow,
);
const authErrors = [
  'MissingAuthenticationTokenException',
  'IncompleteSignatureException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
];

// Printable ASCII plus the characters that matter to the parser, so values stay legal in a Fetch header.
const piece = fc.string({
  unit: fc.constantFrom(
    ...'aZ09/=,; \t%+&?#_-.:~\\"\''.split(''),
    'AKID',
    'host',
    'ivs',
    'aws4_request',
    '__proto__',
    'constructor',
    'x-amz-date',
    '20261128',
  ),
});
const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 0, maxLength: 70 });
const signedHeaders = fc
  .array(
    fc.constantFrom(
      'host',
      'x-amz-date',
      'content-type',
      '__proto__',
      'constructor',
      'toString',
      'authorization',
      'Host',
      'a b',
      '',
    ),
    { maxLength: 6 },
  )
  .map((names) => names.join(';'));
const amzDate = fc.oneof(fc.constant('20261128T120000Z'), fc.constant('20261128T115959Z'), piece);

/** Authorization headers from plain junk to well-formed claims with random parts. */
const authorization = fc.oneof(
  piece,
  fc
    .tuple(piece, piece, signedHeaders, hex)
    .map(
      ([region, service, headers, signature]) =>
        `AWS4-HMAC-SHA256 Credential=AKID/20261128/${region}/${service}/aws4_request, SignedHeaders=${headers}, Signature=${signature}`,
    ),
  fc
    .tuple(fc.constantFrom('us-west-2', 'eu-central-1', '__proto__', ''), signedHeaders, hex)
    .map(
      ([region, headers, signature]) =>
        `AWS4-HMAC-SHA256 Credential=AKID/20261128/${region}/ivs/aws4_request, SignedHeaders=${headers}, Signature=${signature}`,
    ),
  fc.array(piece, { maxLength: 5 }).map((fields) => `AWS4-HMAC-SHA256 ${fields.join(',')}`),
);

/** Query strings, including presigned-looking ones with random parts. */
const query = fc.oneof(
  piece.map((text) => `?${text}`),
  fc
    .tuple(piece, signedHeaders, hex, amzDate, fc.constantFrom('600', '0', '-1', '604801', 'x', ''))
    .map(
      ([region, headers, signature, date, expires]) =>
        `?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${encodeURIComponent(`AKID/20261128/${region}/ivs/aws4_request`)}&X-Amz-Date=${encodeURIComponent(date)}&X-Amz-Expires=${expires}&X-Amz-SignedHeaders=${encodeURIComponent(headers)}&X-Amz-Signature=${signature}&tagKeys=%E0%A4&tagKeys=${encodeURIComponent(region)}`,
    ),
);

const hostileRequest = fc.record({
  authorization: fc.option(authorization, { nil: undefined }),
  query,
  amzDate: fc.option(amzDate, { nil: undefined }),
  method: fc.constantFrom('GET', 'POST', 'DELETE'),
  path: fc.constantFrom(
    '/ListChannels',
    '/tags/arn%3Aaws%3Aivs%3Aus-west-2%3A123456789012%3Achannel%2Fabcd',
    '/tags/%',
    '/a/../b/./c//d',
    '/tags/%F0%9F%92%A9',
  ),
  body: fc.string(),
});

describe('hostile signatures', () => {
  test('every request without a valid signature gets one of the four authentication errors, and nothing in the verifier throws', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (given) => {
        const headers = new Headers();
        if (given.authorization !== undefined) headers.set('authorization', given.authorization);
        if (given.amzDate !== undefined) headers.set('x-amz-date', given.amzDate);
        const url = new URL(`https://ivs.us-west-2.amazonaws.com${given.path}${given.query}`);
        const body = new TextEncoder().encode(given.method === 'GET' ? '' : given.body);
        const result = await authenticate({ method: given.method, url, headers, body });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(authErrors).toContain(result.error.type);
          // The catch-all is a safety net; the parser itself should have named the problem.
          expect(result.error.message).not.toMatch(/^The signature could not be checked/);
        }
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});
