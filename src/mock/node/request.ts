import type { IncomingMessage } from 'node:http';
import type { HeaderLookup } from '../plain-http.js';
import type { IvsError } from '../result.js';
import { bodyTooLarge, malformedRequest, requestTimedOut } from './limit-errors.js';

/** How much of a request the server is willing to read. */
export interface RequestLimits {
  /** The largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** How long the whole body may take to arrive, in milliseconds. */
  readonly requestTimeoutMs: number;
}

/** A request read in full, or the reason it was refused. */
export type ReadRequestResult =
  | { readonly ok: true; readonly value: Request }
  | { readonly ok: false; readonly error: IvsError };

/** A request body read in full, or the reason reading stopped. */
export type ReadBodyResult =
  | { readonly ok: true; readonly value: Buffer }
  | { readonly ok: false; readonly error: IvsError };

const methodsWithoutBody = new Set(['GET', 'HEAD']);

/**
 * How many bytes of a body over the limit the server reads and throws away after its 413, so a
 * client that keeps writing reads the answer instead of a connection reset; beyond it (or past
 * the time limit) the connection is cut.
 */
export const discardLimitBytes = 16 * 1024 * 1024;

/** A path of characters the URL parser keeps as they are (no dot segments, nothing it would escape), then a plain query. */
const plainTarget = /^(\/[A-Za-z0-9\-_~%:@!$&()*+,;=/]*)(?:\?([A-Za-z0-9\-_~%:@!$&()*+,;=/?.]*))?$/;

/**
 * The path and raw query of a request target that needs no URL parsing (what SDKs send: `/GetChannel`,
 * `/tags/arn%3Aaws%3A…?tagKeys=a`); `undefined` for anything else, which goes through `requestUrl`.
 */
export function plainPathAndQuery(target: string): { readonly path: string; readonly query: string } | undefined {
  const match = plainTarget.exec(target);
  if (match === null || target.includes('//')) return undefined;
  return { path: match[1] ?? '/', query: match[2] ?? '' };
}

/** The URL a request was addressed to: its target on the `Host` header's origin, else on `fallbackOrigin`. */
export function requestUrl(message: IncomingMessage, fallbackOrigin: string): URL | undefined {
  const target = message.url ?? '/';
  const host = headerLookup(message).get('host');
  // The Host header decides the URL handlers see (they may match on host); a bad one falls back to our own address.
  for (const origin of host ? [`http://${host}`, fallbackOrigin] : [fallbackOrigin]) {
    try {
      return new URL(target, origin);
    } catch {
      // Not a URL against this origin: try the next one.
    }
  }
  return undefined;
}

/** A node request's headers as Fetch `Headers`, dropping any the Fetch API refuses. */
export function requestHeaders(message: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = message.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i] ?? '', raw[i + 1] ?? '');
    } catch {
      // A header the Fetch API refuses (bad name or value) is dropped rather than failing the request.
    }
  }
  return headers;
}

function declaredLength(message: IncomingMessage): number | undefined {
  // Read from the raw headers: `message.headers` is built on first use, a cost on every request.
  const value = headerLookup(message).get('content-length');
  if (value === null) return undefined;
  const length = Number(value);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/**
 * Reads the body of a node request within the limits: stops collecting as soon as it is too
 * large or too slow, so an oversized or stalled upload never holds the server (`discardRest`
 * then throws away what is left of an oversized one).
 */
export function readBody(message: IncomingMessage, limits: RequestLimits): Promise<ReadBodyResult> {
  return new Promise((resolve) => readBodyThen(message, limits, resolve));
}

/** `readBody` with a callback, called once: the server answers in the same turn the body ends, without a promise hop. */
export function readBodyThen(
  message: IncomingMessage,
  limits: RequestLimits,
  done: (result: ReadBodyResult) => void,
): void {
  const declared = declaredLength(message);
  if (declared !== undefined && declared > limits.maxBodyBytes) {
    done({ ok: false, error: bodyTooLarge(limits.maxBodyBytes) });
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const finish = (result: ReadBodyResult): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    message.off('data', onData);
    message.off('end', onEnd);
    message.off('error', onError);
    message.off('close', onClose);
    if (!result.ok) message.pause();
    done(result);
  };
  const onData = (chunk: Buffer): void => {
    size += chunk.length;
    if (size > limits.maxBodyBytes) finish({ ok: false, error: bodyTooLarge(limits.maxBodyBytes) });
    else chunks.push(chunk);
  };
  const onEnd = (): void =>
    finish({ ok: true, value: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size) });
  const onError = (error: Error): void => finish({ ok: false, error: malformedRequest(error.message) });
  const onClose = (): void => {
    if (!message.complete)
      finish({ ok: false, error: malformedRequest('the client closed the connection before the body ended') });
  };
  const timer = setTimeout(
    () => finish({ ok: false, error: requestTimedOut(limits.requestTimeoutMs) }),
    limits.requestTimeoutMs,
  );
  message.on('data', onData);
  message.on('end', onEnd);
  message.on('error', onError);
  message.on('close', onClose);
}

/**
 * Reads and throws away the rest of a body that was refused as too large, up to
 * `discardLimitBytes` and within `requestTimeoutMs` (past either the connection is cut), and calls
 * `drained` once the body has ended.
 */
export function discardRest(message: IncomingMessage, limits: RequestLimits, drained: () => void): void {
  if (message.complete) {
    drained();
    return;
  }
  let discarded = 0;
  const cut = (): void => {
    message.off('data', onData);
    message.destroy();
  };
  const onData = (chunk: Buffer): void => {
    discarded += chunk.length;
    if (discarded > discardLimitBytes) cut();
  };
  const timer = setTimeout(cut, limits.requestTimeoutMs);
  message.once('end', () => {
    clearTimeout(timer);
    drained();
  });
  message.once('close', () => clearTimeout(timer));
  message.on('data', onData);
  message.resume();
}

/**
 * A node request's headers as the core reads them: by lower-case name, repeated headers joined
 * with `, ` as Fetch does (node itself keeps only the first of some, such as `authorization`).
 */
export function headerLookup(message: IncomingMessage): HeaderLookup {
  const raw = message.rawHeaders;
  return {
    get(name) {
      let value: string | null = null;
      for (let i = 0; i + 1 < raw.length; i += 2) {
        const key = raw[i] ?? '';
        if (key.length !== name.length || key.toLowerCase() !== name) continue;
        value = value === null ? (raw[i + 1] ?? '') : `${value}, ${raw[i + 1] ?? ''}`;
      }
      return value;
    },
  };
}

/**
 * Turns a node `IncomingMessage` into a Fetch `Request` for MSW: the URL as the client addressed
 * it, every header, and the body read within the limits (GET and HEAD bodies are read and dropped,
 * as Fetch cannot carry them; old botocore sends `{}` with ListTagsForResource's GET).
 */
export async function toFetchRequest(
  message: IncomingMessage,
  limits: RequestLimits,
  fallbackOrigin: string,
  signal: AbortSignal,
): Promise<ReadRequestResult> {
  const url = requestUrl(message, fallbackOrigin);
  if (url === undefined) return { ok: false, error: malformedRequest('the request target is not a valid URL') };
  const body = await readBody(message, limits);
  if (!body.ok) return body;
  const method = (message.method ?? 'GET').toUpperCase();
  const init: RequestInit = { method, headers: requestHeaders(message), signal };
  if (!methodsWithoutBody.has(method) && body.value.length > 0)
    init.body = new Uint8Array(body.value.buffer as ArrayBuffer, body.value.byteOffset, body.value.length);
  try {
    return { ok: true, value: new Request(url, init) };
  } catch (error) {
    return { ok: false, error: malformedRequest(error instanceof Error ? error.message : String(error)) };
  }
}
