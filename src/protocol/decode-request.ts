import type { OperationBinding } from './operation-binding.js';
import { percentDecode } from './percent-encode.js';

/** The raw parts of an HTTP request that carry an operation's input. */
export interface RawRequestParts {
  /** URI label values as they appear in the path (still percent-encoded), by label name. */
  readonly labels: Readonly<Record<string, string | undefined>>;
  /** The request's query parameters. */
  readonly searchParams: URLSearchParams;
  /** The request body as text (empty when there is none). */
  readonly bodyText: string;
  /** The request's headers, looked up case-insensitively; needed only by operations with header-bound members. */
  readonly headers?: { get(name: string): string | null };
}

/** Why a request could not be turned into an input object. */
export interface DecodeError {
  /** `SerializationException` for a body that is not a JSON object; `ValidationException` for a bad label. */
  readonly type: 'SerializationException' | 'ValidationException';
  /** One line that says what was wrong. */
  readonly message: string;
}

/** The outcome of decoding: the input object, or the reason it could not be read. */
export type DecodeResult =
  | { readonly ok: true; readonly input: Record<string, unknown> }
  | { readonly ok: false; readonly error: DecodeError };

function parseBody(bodyText: string): DecodeResult {
  if (bodyText.trim() === '') return { ok: true, input: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    return { ok: false, error: { type: 'SerializationException', message: 'The request body is not valid JSON.' } };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, error: { type: 'SerializationException', message: 'The request body must be a JSON object.' } };
  }
  return { ok: true, input: parsed as Record<string, unknown> };
}

/**
 * Reads an operation's input from a restJson1 request: known body members from the JSON body
 * (unknown members are ignored), labels from the path, query members from the query string,
 * header members from the headers (as text).
 * The result is a fresh object holding only the operation's own members.
 */
export function decodeRequest(operation: OperationBinding, parts: RawRequestParts): DecodeResult {
  const input: Record<string, unknown> = {};
  if (operation.body.length > 0) {
    const body = parseBody(parts.bodyText);
    if (!body.ok) return body;
    for (const member of operation.body) {
      if (Object.hasOwn(body.input, member)) input[member] = body.input[member];
    }
  }
  for (const label of operation.labels) {
    const raw = parts.labels[label];
    if (raw === undefined || raw === '') continue;
    const value = percentDecode(raw);
    if (value === undefined) {
      return {
        ok: false,
        error: { type: 'ValidationException', message: `The URI label '${label}' is not validly percent-encoded.` },
      };
    }
    input[label] = value;
  }
  for (const binding of operation.query) {
    const values = parts.searchParams.getAll(binding.name);
    if (values.length === 0) continue;
    input[binding.member] = binding.list ? values : values[0];
  }
  for (const binding of operation.headers ?? []) {
    const value = parts.headers?.get(binding.name);
    if (value !== null && value !== undefined) input[binding.member] = value;
  }
  return { ok: true, input };
}
