import { headerFields } from './header-values.js';
import type { OperationSpec } from '../../generated/operations.js';

/**
 * The part of the generated operation record (`OperationSpec` in `generated/operations.ts`) that
 * shapes a success response: its status and its output members bound to headers.
 */
export type ResponseBinding = Pick<OperationSpec, 'successCode' | 'outputHeaders'>;

/** A success response as restJson1 serializes an operation's output. */
export interface EncodedResponse {
  /** The HTTP status. */
  readonly status: number;
  /** Header-bound output members (names in lower case) and `content-type` when there is a body. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, or `undefined` for a 204 answer. */
  readonly body: string | undefined;
}

/**
 * Serializes an output object as restJson1 does: members bound to headers become headers, every
 * other member goes into the JSON body; a 204 answer has no body at all.
 */
export function encodeResponse(binding: ResponseBinding, output: Readonly<Record<string, unknown>>): EncodedResponse {
  const bindings = binding.outputHeaders;
  const headers = headerFields(bindings, output);
  if (binding.successCode === 204) return { status: 204, headers, body: undefined };
  const headerMembers = new Set(bindings.map((b) => b.member));
  const body: Record<string, unknown> = {};
  for (const [member, value] of Object.entries(output)) {
    if (!headerMembers.has(member) && value !== undefined) body[member] = value;
  }
  return {
    status: binding.successCode,
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/**
 * Reads the header-bound output members back from a response's headers (as text), the inverse of
 * `encodeResponse` for the header part; members whose header is absent are left out.
 */
export function decodeResponseHeaders(
  binding: Pick<ResponseBinding, 'outputHeaders'>,
  headers: { get(name: string): string | null },
): Record<string, string> {
  const members: Record<string, string> = {};
  for (const { member, name } of binding.outputHeaders) {
    const value = headers.get(name);
    if (value !== null) members[member] = value;
  }
  return members;
}
