import type { HeaderLookup } from '../plain-http.js';

/** Request headers the AWS SDKs send from a browser, always allowed by a preflight answer. */
export const sdkRequestHeaders: readonly string[] = [
  'authorization',
  'content-type',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-user-agent',
  'x-amz-content-sha256',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
];

/** Response headers a browser app may read (the SDK needs the request id and error type). */
export const exposedResponseHeaders: readonly string[] = [
  'x-amzn-requestid',
  'x-amzn-errortype',
  'x-amzn-errormessage',
  'date',
];

const allowedMethods = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
const headerToken = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const exposed = exposedResponseHeaders.join(', ');
const anyOrigin: Readonly<Record<string, string>> = Object.freeze({
  'access-control-allow-origin': '*',
  'access-control-expose-headers': exposed,
  vary: 'Origin',
});

/** The CORS headers added to every response: any origin may call, and may read the AWS headers. */
export function corsHeaders(origin: string | null): Readonly<Record<string, string>> {
  if (origin === null) return anyOrigin;
  return { 'access-control-allow-origin': origin, 'access-control-expose-headers': exposed, vary: 'Origin' };
}

/** True when the request is a CORS preflight (an `OPTIONS` asking for another method). */
export function isPreflight(method: string, headers: HeaderLookup): boolean {
  return method === 'OPTIONS' && headers.get('access-control-request-method') !== null;
}

/**
 * The answer to a CORS preflight: every method, the SDK's headers plus any other well-formed
 * header the browser asks about (newer SDKs add headers this list cannot foresee).
 */
export function preflightHeaders(headers: HeaderLookup): Record<string, string> {
  const requested = (headers.get('access-control-request-headers') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => headerToken.test(name));
  const allowed = [...new Set([...sdkRequestHeaders, ...requested])];
  return {
    ...corsHeaders(headers.get('origin')),
    'access-control-allow-methods': allowedMethods,
    'access-control-allow-headers': allowed.join(', '),
    'access-control-max-age': '600',
  };
}
