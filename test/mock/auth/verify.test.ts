import { createHash } from 'node:crypto';
import type { HttpRequest } from '@smithy/types';
import { describe, expect, test } from 'vitest';
import type { ReceivedRequest } from '../../../src/mock/auth/canonical.js';
import { type AuthCredential, verifySignature } from '../../../src/mock/auth/index.js';
import { received, signRequest, testNow } from './signing.js';

const credentials = new Map<string, AuthCredential>([
  ['AKIDEXAMPLE', { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'SECRETEXAMPLE' }],
]);
const body = '{"arn":"arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh"}';
const minute = 60 * 1000;
const tagArn = encodeURIComponent('arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh');

type Outcome = { ok: true } | { ok: false; type: string; message: RegExp };
const accepted: Outcome = { ok: true };
const refused = (type: string, message: RegExp): Outcome => ({ ok: false, type, message });
const mismatch = refused(
  'InvalidSignatureException',
  /^The request signature we calculated does not match the signature you provided\./,
);

function withHeaders(request: ReceivedRequest, change: (headers: Headers) => void): ReceivedRequest {
  const headers = new Headers(request.headers as Headers);
  change(headers);
  return { ...request, headers };
}

function withAuthorization(request: HttpRequest, edit: (authorization: string) => string): ReceivedRequest {
  return withHeaders(received(request), (headers) =>
    headers.set('authorization', edit(headers.get('authorization') ?? '')),
  );
}

const cases: [string, () => Promise<ReceivedRequest>, Outcome][] = [
  ['a correctly signed request', async () => received(await signRequest({ body })), accepted],
  [
    'a request signed 4 minutes ago',
    async () => received(await signRequest({ body }, { date: new Date(testNow - 4 * minute) })),
    accepted,
  ],
  [
    'a request signed 4 minutes ahead of the clock',
    async () => received(await signRequest({ body }, { date: new Date(testNow + 4 * minute) })),
    accepted,
  ],
  [
    'a percent-encoded /tags/{arn} path',
    async () => received(await signRequest({ method: 'GET', path: `/tags/${tagArn}` })),
    accepted,
  ],
  [
    "UntagResource's repeated tagKeys, whatever their order on the wire",
    async () => {
      const request = received(
        await signRequest({
          method: 'DELETE',
          path: `/tags/${tagArn}`,
          query: { tagKeys: ['zeta', 'alpha', 'with space'] },
        }),
      );
      const url = new URL(request.url);
      url.search = '?tagKeys=with%20space&tagKeys=alpha&tagKeys=zeta';
      return { ...request, url };
    },
    accepted,
  ],
  [
    'an unsigned request',
    async () => received({ ...(await signRequest({ body })), headers: { host: 'ivs.us-west-2.amazonaws.com' } }),
    refused('MissingAuthenticationTokenException', /^Missing Authentication Token$/),
  ],
  [
    'an unknown access key',
    async () => received(await signRequest({ body }, { accessKeyId: 'AKIDUNKNOWN' })),
    refused('UnrecognizedClientException', /^The security token included in the request is invalid\.$/),
  ],
  ['a wrong secret', async () => received(await signRequest({ body }, { secretAccessKey: 'WRONG' })), mismatch],
  ['a tampered body', async () => received(await signRequest({ body }), body.replace('abcd', 'dcba')), mismatch],
  [
    'a tampered body sent with its own x-amz-content-sha256',
    async () =>
      withHeaders(received(await signRequest({ body }), '{}'), (headers) =>
        headers.set('x-amz-content-sha256', createHash('sha256').update('{}').digest('hex')),
      ),
    mismatch,
  ],
  [
    'a tampered path',
    async () => {
      const request = received(await signRequest({ body }));
      return { ...request, url: new URL('/DeleteChannel', request.url) };
    },
    mismatch,
  ],
  [
    'a tampered query',
    async () => {
      const request = received(
        await signRequest({ method: 'DELETE', path: `/tags/${tagArn}`, query: { tagKeys: ['a', 'b'] } }),
      );
      const url = new URL(request.url);
      url.search = '?tagKeys=a';
      return { ...request, url };
    },
    mismatch,
  ],
  [
    'a tampered signed header',
    async () =>
      withHeaders(received(await signRequest({ body })), (headers) => headers.set('content-type', 'text/plain')),
    mismatch,
  ],
  [
    'a changed unsigned header',
    async () =>
      withHeaders(received(await signRequest({ body })), (headers) => headers.set('user-agent', 'someone else')),
    accepted,
  ],
  [
    'a request signed 6 minutes ago',
    async () => received(await signRequest({ body }, { date: new Date(testNow - 6 * minute) })),
    refused(
      'InvalidSignatureException',
      /^Signature expired: 20261128T115400Z is now earlier than 20261128T115500Z \(20261128T120000Z - 5 min\.\)$/,
    ),
  ],
  [
    'a request signed 6 minutes in the future',
    async () => received(await signRequest({ body }, { date: new Date(testNow + 6 * minute) })),
    refused(
      'InvalidSignatureException',
      /^Signature not yet current: 20261128T120600Z is still later than 20261128T120500Z/,
    ),
  ],
  [
    'a request scoped to another service',
    async () => received(await signRequest({ body }, { service: 's3' })),
    refused('InvalidSignatureException', /^Credential should be scoped to correct service: 'ivs'/),
  ],
  [
    'a scope date other than the X-Amz-Date day',
    async () => withAuthorization(await signRequest({ body }), (text) => text.replace('/20261128/', '/20261127/')),
    refused('InvalidSignatureException', /Credential scope '20261127' is not the day of X-Amz-Date '20261128'/),
  ],
  [
    'an Authorization header of another scheme',
    async () => withAuthorization(await signRequest({ body }), () => 'Bearer abc'),
    refused('IncompleteSignatureException', /must start with AWS4-HMAC-SHA256, got 'Bearer'/),
  ],
  [
    'an Authorization header without Signature',
    async () => withAuthorization(await signRequest({ body }), (text) => text.replace(/, Signature=\w+/, '')),
    refused('IncompleteSignatureException', /lacks 'Signature'/),
  ],
  [
    'a Credential with too few parts',
    async () =>
      withAuthorization(await signRequest({ body }), (text) => text.replace('/us-west-2/ivs/', '/us-west-2/')),
    refused('IncompleteSignatureException', /malformed Credential/),
  ],
  [
    'an Authorization field that is not key=value',
    async () => withAuthorization(await signRequest({ body }), (text) => `${text}, junk`),
    refused('IncompleteSignatureException', /'junk' in the Authorization header is not a key=value pair/),
  ],
  [
    'SignedHeaders without host',
    async () => withAuthorization(await signRequest({ body }), (text) => text.replace('host;', '')),
    refused('IncompleteSignatureException', /'Host' must be one of the SignedHeaders/),
  ],
  [
    'a signed request without X-Amz-Date',
    async () => withHeaders(received(await signRequest({ body })), (headers) => headers.delete('x-amz-date')),
    refused('IncompleteSignatureException', /lacks an X-Amz-Date header/),
  ],
  [
    'an X-Amz-Date that is no time',
    async () =>
      withHeaders(received(await signRequest({ body })), (headers) => headers.set('x-amz-date', '20261328T120000Z')),
    refused('IncompleteSignatureException', /X-Amz-Date '20261328T120000Z' is not/),
  ],
  [
    'a presigned request',
    async () => received(await signRequest({ method: 'GET', path: `/tags/${tagArn}` }, { presignExpiresIn: 600 })),
    accepted,
  ],
  [
    'a presigned request after it expired',
    async () =>
      received(
        await signRequest(
          { method: 'GET', path: `/tags/${tagArn}` },
          { presignExpiresIn: 60, date: new Date(testNow - 2 * minute) },
        ),
      ),
    refused('InvalidSignatureException', /^Signature expired: the presigned request was valid until 20261128T115900Z/),
  ],
  [
    'a presigned request with a tampered query',
    async () => {
      const request = received(
        await signRequest({ method: 'GET', path: `/tags/${tagArn}` }, { presignExpiresIn: 600 }),
      );
      const url = new URL(request.url);
      url.searchParams.set('X-Amz-Expires', '601');
      return { ...request, url };
    },
    mismatch,
  ],
  [
    'a presigned request without X-Amz-Expires',
    async () => {
      const request = received(
        await signRequest({ method: 'GET', path: `/tags/${tagArn}` }, { presignExpiresIn: 600 }),
      );
      const url = new URL(request.url);
      url.searchParams.delete('X-Amz-Expires');
      return { ...request, url };
    },
    refused('IncompleteSignatureException', /X-Amz-Expires of the presigned query must be/),
  ],
];

describe('verifySignature', () => {
  test.each(cases)('%s', async (_name, make, want) => {
    const result = await verifySignature(await make(), credentials, testNow);
    if (want.ok) {
      expect(result).toEqual({ ok: true, value: { accessKeyId: 'AKIDEXAMPLE', region: 'us-west-2' } });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.type).toBe(want.type);
        expect(result.error.message).toMatch(want.message);
      }
    }
  });

  test('a signature mismatch shows the canonical request and string to sign the emulator computed', async () => {
    const result = await verifySignature(
      received(await signRequest({ body }, { secretAccessKey: 'WRONG' })),
      credentials,
      testNow,
    );
    expect(result.ok ? '' : result.error.message).toMatch(
      /The Canonical String for this request should have been\n'POST\n\/GetChannel\n\n[^']*host:ivs\.us-west-2\.amazonaws\.com\n[^']*'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261128T120000Z\n20261128\/us-west-2\/ivs\/aws4_request\n[0-9a-f]{64}'/,
    );
  });

  test('UNSIGNED-PAYLOAD in x-amz-content-sha256 leaves the body out of the signature', async () => {
    const signed = await signRequest({ body, headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } });
    expect((await verifySignature(received(signed, '{"other":true}'), credentials, testNow)).ok).toBe(true);
  });

  test('the verifier answers in the region of the credential scope', async () => {
    const result = await verifySignature(
      received(await signRequest({ body }, { region: 'eu-central-1' })),
      credentials,
      testNow,
    );
    expect(result).toEqual({ ok: true, value: { accessKeyId: 'AKIDEXAMPLE', region: 'eu-central-1' } });
  });
});
