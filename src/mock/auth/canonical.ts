import type { HeaderBag, HttpRequest, QueryParameterBag } from '@smithy/types';
import type { HeaderLookup } from '../plain-http.js';

/** A request as it arrived, with the body read in full. */
export interface ReceivedRequest {
  /** The HTTP method. */
  readonly method: string;
  /** The URL as received: its path and query keep the client's percent-encoding. */
  readonly url: URL;
  /** Every header that arrived. */
  readonly headers: HeaderLookup;
  /** The body bytes (empty when there is none). */
  readonly body: Uint8Array;
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A malformed escape is kept as sent; it then cannot match a correct signature, which is the right outcome.
    return text;
  }
}

/**
 * The query parameters of a raw query string, each name with all of its values, decoded the way
 * SigV4 reads them: percent-escapes only (a `+` stays a plus, as signers encode spaces as `%20`).
 */
export function parseQuery(search: string): Readonly<Record<string, readonly string[]>> {
  const query: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const raw = search.startsWith('?') ? search.slice(1) : search;
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = decodeComponent(equals < 0 ? part : part.slice(0, equals));
    const value = equals < 0 ? '' : decodeComponent(part.slice(equals + 1));
    const values = query[name];
    if (values === undefined)
      Object.defineProperty(query, name, { value: [value], enumerable: true, writable: true, configurable: true });
    else values.push(value);
  }
  return query;
}

/** The value of a received header for signing; `host` and `content-length` fall back to the URL and the body where a browser hides them. */
function signedHeaderValue(received: ReceivedRequest, name: string): string | undefined {
  const value = received.headers.get(name);
  if (value !== null) return value;
  if (name === 'host') return received.url.host;
  if (name === 'content-length') return String(received.body.byteLength);
  return undefined;
}

/** The received request in the signer's shape, carrying only the headers the client says it signed. */
export function signableRequest(
  received: ReceivedRequest,
  query: Readonly<Record<string, readonly string[]>>,
  signedHeaders: readonly string[],
): HttpRequest {
  const headers: HeaderBag = Object.create(null) as HeaderBag;
  for (const name of signedHeaders) {
    const value = signedHeaderValue(received, name);
    if (value !== undefined)
      Object.defineProperty(headers, name, { value, enumerable: true, writable: true, configurable: true });
  }
  const bag: QueryParameterBag = Object.create(null) as QueryParameterBag;
  for (const [name, values] of Object.entries(query)) {
    Object.defineProperty(bag, name, {
      value: values.length === 1 ? values[0] : [...values],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return {
    method: received.method.toUpperCase(),
    protocol: received.url.protocol,
    hostname: received.url.hostname,
    path: received.url.pathname,
    query: bag,
    headers,
  };
}
