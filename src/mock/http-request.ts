import type { IncomingMessage } from 'node:http';
import { bodyTooLarge, malformedRequest, requestTimedOut, type HttpFailure } from './http-errors.js';

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
  | { readonly ok: false; readonly error: HttpFailure };

/** A request body read in full, or the reason reading stopped. */
export type ReadBodyResult =
  | { readonly ok: true; readonly value: Buffer }
  | { readonly ok: false; readonly error: HttpFailure };

const methodsWithoutBody = new Set(['GET', 'HEAD']);

function requestUrl(message: IncomingMessage, fallbackOrigin: string): URL | undefined {
  const target = message.url ?? '/';
  const host = message.headers.host;
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

function requestHeaders(message: IncomingMessage): Headers {
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
  const value = message.headers['content-length'];
  if (value === undefined) return undefined;
  const length = Number(value);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/**
 * Reads the body of a node request within the limits: stops reading as soon as it is too large
 * or too slow, so an oversized or stalled upload never holds the server.
 */
export function readBody(message: IncomingMessage, limits: RequestLimits): Promise<ReadBodyResult> {
  const declared = declaredLength(message);
  if (declared !== undefined && declared > limits.maxBodyBytes) {
    return Promise.resolve({ ok: false, error: bodyTooLarge(limits.maxBodyBytes) });
  }
  return new Promise((resolve) => {
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
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limits.maxBodyBytes) finish({ ok: false, error: bodyTooLarge(limits.maxBodyBytes) });
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, value: Buffer.concat(chunks, size) });
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
  });
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
