import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest, SourceData } from '@smithy/types';
import type { ReceivedRequest } from '../../../src/mock/auth/canonical.js';

/** Node's SHA-256 for the signer: an implementation independent of the emulator's Web Crypto one. */
export class NodeSha256 extends Hash {
  constructor(secret?: SourceData) {
    super('sha256', secret);
  }
}

/** What a test request is made of before signing. */
export interface TestRequest {
  readonly method?: string;
  /** The path as sent, percent-encoded. */
  readonly path?: string;
  readonly query?: Readonly<Record<string, string | string[]>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** How to sign a test request. */
export interface Signing {
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly date?: Date;
  readonly region?: string;
  readonly service?: string;
  /** Sign into the query string (a presigned request) instead of the Authorization header. */
  readonly presignExpiresIn?: number;
}

/** The fixed instant the unit tests sign at and verify against. */
export const testNow = Date.UTC(2026, 10, 28, 12, 0, 0);

const host = 'ivs.us-west-2.amazonaws.com';

function httpRequest(request: TestRequest): HttpRequest {
  return {
    method: request.method ?? 'POST',
    protocol: 'https:',
    hostname: host,
    path: request.path ?? '/GetChannel',
    query: { ...request.query },
    headers: { host, 'content-type': 'application/json', ...request.headers },
    ...(request.body === undefined ? {} : { body: request.body }),
  };
}

function queryString(query: HttpRequest['query']): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    for (const one of Array.isArray(value) ? value : [value])
      parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(one ?? '')}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** Turns a signed request into what the verifier receives. */
export function received(request: HttpRequest, body?: string): ReceivedRequest {
  return {
    method: request.method,
    url: new URL(`https://${host}${request.path}${queryString(request.query)}`),
    headers: new Headers(request.headers),
    body: new TextEncoder().encode(body ?? (typeof request.body === 'string' ? request.body : '')),
  };
}

/** Signs a test request with `@smithy/signature-v4` (as the JS SDK does) and returns it before transmission. */
export async function signRequest(request: TestRequest, signing: Signing = {}): Promise<HttpRequest> {
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: signing.accessKeyId ?? 'AKIDEXAMPLE',
      secretAccessKey: signing.secretAccessKey ?? 'SECRETEXAMPLE',
    },
    region: signing.region ?? 'us-west-2',
    service: signing.service ?? 'ivs',
    sha256: NodeSha256,
  });
  const date = signing.date ?? new Date(testNow);
  if (signing.presignExpiresIn !== undefined)
    return signer.presign(httpRequest(request), { signingDate: date, expiresIn: signing.presignExpiresIn });
  return signer.sign(httpRequest(request), { signingDate: date });
}
