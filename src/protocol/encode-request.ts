import type { OperationBinding } from './operation-binding.js';
import { headerFields, scalarText } from './header-values.js';
import { percentEncode } from './percent-encode.js';

/** An HTTP request as restJson1 serializes an operation's input, before it is addressed to a host. */
export interface EncodedRequest {
  /** The HTTP method. */
  readonly method: string;
  /** The path with labels filled in and percent-encoded, e.g. `/tags/arn%3Aaws%3A…`. */
  readonly path: string;
  /** The query string without the leading `?` (empty when there is none). */
  readonly query: string;
  /** Request headers that the protocol sets: header-bound members (names in lower case), `content-type` when there is a body. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, or `undefined` when the operation has no body members. */
  readonly body: string | undefined;
}

/**
 * Serializes an input object for one operation as restJson1 does: labels into the path, query
 * members into repeated parameters, header members into headers, every other known member into a
 * JSON body (`{}` when the operation has body members but none is set). Values of the wrong type
 * are written as they are, so invalid inputs can be sent on purpose.
 */
export function encodeRequest(operation: OperationBinding, input: Readonly<Record<string, unknown>>): EncodedRequest {
  const path = operation.uri.replace(/\{(\w+)\+?\}/g, (_match, name: string) => {
    const value = input[name];
    return value === undefined || value === null ? '' : percentEncode(scalarText(value));
  });

  const pairs: string[] = [];
  for (const binding of operation.query) {
    const value = input[binding.member];
    if (value === undefined || value === null) continue;
    const values = binding.list && Array.isArray(value) ? value : [value];
    for (const item of values) pairs.push(`${percentEncode(binding.name)}=${percentEncode(scalarText(item))}`);
  }

  const headers = headerFields(operation.headers ?? [], input);
  if (operation.body.length === 0) {
    return { method: operation.method, path, query: pairs.join('&'), headers, body: undefined };
  }
  const body: Record<string, unknown> = {};
  for (const member of operation.body) {
    if (Object.hasOwn(input, member) && input[member] !== undefined) body[member] = input[member];
  }
  return {
    method: operation.method,
    path,
    query: pairs.join('&'),
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}
