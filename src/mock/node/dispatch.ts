import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import type { IvsCore } from '../core.js';
import { errorAnswer, handlerFailed, unknownOperation } from '../errors.js';
import { type CoreResult, type HeaderLookup, isNetworkFailure } from '../plain-http.js';
import type { IvsError } from '../result.js';
import { corsHeaders, isPreflight, preflightHeaders } from './cors.js';
import { bodyTooLarge, malformedRequest } from './limit-errors.js';
import {
  discardRest,
  headerLookup,
  plainPathAndQuery,
  readBodyThen,
  requestHeaders,
  requestUrl,
  type RequestLimits,
  toFetchRequest,
} from './request.js';
import { isNetworkError, writeAnswer, writeResponse } from './respond.js';

/** What a server serves: the emulator core (called directly), or MSW handlers a user passed in. */
export type Served = { readonly core: IvsCore } | { readonly handlers: readonly RequestHandler[] };

/** What the dispatcher needs besides what it serves. */
export interface DispatchOptions extends RequestLimits {
  /** The server's own origin (`http://127.0.0.1:4566`), used when the Host header is unusable. */
  readonly origin: () => string;
  /** Told about every handler that threw (the client gets a 500); the server carries on either way. */
  readonly onHandlerError?: (error: unknown, request: Request) => void;
}

/** A node request listener. */
export type RequestListener = (message: IncomingMessage, target: ServerResponse) => void;

function isPassthrough(response: Response): boolean {
  // MSW's passthrough() asks to reach the real network; a standalone server has none behind it.
  return response.headers.get('x-msw-intention') === 'passthrough';
}

/**
 * Answers a body over the limit with 413 (and `connection: close`) at once, then reads and throws
 * away the rest of the body (bounded) before the connection closes: closing a socket with unread
 * bytes resets it, and a client that is still writing would never read the answer.
 */
function refuseTooLarge(
  message: IncomingMessage,
  target: ServerResponse,
  error: IvsError,
  limits: RequestLimits,
): void {
  const socket = message.socket;
  let answered = false;
  let drained = false;
  const closeWhenDone = (): void => {
    if (answered && drained) socket.destroy();
  };
  // node ends a `connection: close` answer with destroySoon(), which closes on the unread body; close
  // only the sending side, and the whole socket once the body is drained.
  socket.destroySoon = () => socket.end();
  target.once('finish', () => {
    answered = true;
    closeWhenDone();
  });
  writeAnswer(target, errorAnswer(error), message.method ?? 'GET', {
    ...corsHeaders(headerLookup(message).get('origin')),
    connection: 'close',
  });
  discardRest(message, limits, () => {
    drained = true;
    closeWhenDone();
  });
}

function refuse(message: IncomingMessage, target: ServerResponse, error: IvsError, closeAfter: boolean): void {
  if (target.headersSent) {
    target.destroy();
    return;
  }
  const answer = errorAnswer(error);
  const headers: Record<string, string> = { ...corsHeaders(headerLookup(message).get('origin')), ...answer.headers };
  if (closeAfter) headers.connection = 'close';
  writeAnswer(target, answer, message.method ?? 'GET', headers);
  // An unread body left on a keep-alive socket would be parsed as the next request, so the connection goes.
  if (closeAfter) target.once('finish', () => message.destroy());
}

function refuseRead(message: IncomingMessage, target: ServerResponse, error: IvsError, limits: RequestLimits): void {
  if (error.type === bodyTooLarge(limits.maxBodyBytes).type && !target.headersSent)
    refuseTooLarge(message, target, error, limits);
  else refuse(message, target, error, true);
}

function lacksHost(message: IncomingMessage): boolean {
  return message.httpVersionMajor === 1 && message.httpVersionMinor === 1 && headerLookup(message).get('host') === null;
}

/** The Fetch request `onHandlerError` is told about (built only when something threw). */
function fetchRequestOf(message: IncomingMessage, url: string, method: string): Request {
  try {
    return new Request(url, { method, headers: requestHeaders(message) });
  } catch {
    return new Request('http://localhost/');
  }
}

/** Where a request went: its path and raw query, and the host it was sent to (for SigV4 when there is no `Host`). */
function targetOf(
  message: IncomingMessage,
  host: string | null,
  fallbackOrigin: string,
): { path: string; query: string; host: () => string } | undefined {
  const plain = plainPathAndQuery(message.url ?? '/');
  // Members named one by one: an object spread here cost about as much as the whole routing step.
  if (plain !== undefined)
    return { path: plain.path, query: plain.query, host: () => host ?? new URL(fallbackOrigin).host };
  const url = requestUrl(message, fallbackOrigin);
  if (url === undefined) return undefined;
  return { path: url.pathname, query: url.search.slice(1), host: () => url.host };
}

/** Answers one request with the core; everything after the body runs in the turn it ends (no promise hops when the core answers at once). */
function answerWithCore(
  core: IvsCore,
  options: DispatchOptions,
  message: IncomingMessage,
  target: ServerResponse,
): void {
  const received = headerLookup(message);
  const host = received.get('host');
  if (host === null && message.httpVersionMajor === 1 && message.httpVersionMinor === 1) {
    refuse(message, target, malformedRequest('an HTTP/1.1 request needs a Host header'), true);
    return;
  }
  const where = targetOf(message, host, options.origin());
  if (where === undefined) {
    refuse(message, target, malformedRequest('the request target is not a valid URL'), true);
    return;
  }
  // Where the client sent no Host (HTTP/1.0), SigV4 reads the host the URL was resolved on.
  const headers: HeaderLookup = {
    get: (name) => (name === 'host' ? (host ?? where.host()) : received.get(name)),
  };
  const method = message.method ?? 'GET';
  const write = (result: CoreResult): void => {
    if (isNetworkFailure(result)) target.destroy();
    else if (!target.destroyed) writeAnswer(target, result, method, corsHeaders(headers.get('origin')));
  };
  const failed = (error: unknown): void => {
    options.onHandlerError?.(
      error,
      fetchRequestOf(message, `http://${headers.get('host')}${message.url ?? '/'}`, method),
    );
    write(errorAnswer(handlerFailed()));
  };
  readBodyThen(message, options, (body) => {
    try {
      if (!body.ok) {
        refuseRead(message, target, body.error, options);
        return;
      }
      if (isPreflight(method, headers)) {
        writeAnswer(target, { status: 204, headers: {}, body: null }, method, preflightHeaders(headers));
        return;
      }
      const request = { method, path: where.path, query: where.query, headers, body: body.value };
      let result: CoreResult | Promise<CoreResult> | undefined;
      try {
        result = core.handle(request);
      } catch (error) {
        failed(error);
        return;
      }
      if (result === undefined) write(errorAnswer(unknownOperation(method, where.path)));
      else if (result instanceof Promise) result.then(write, failed).catch(() => target.destroy());
      else write(result);
    } catch {
      // Writing failed (the client went away or sent something node refuses): drop just this connection.
      target.destroy();
    }
  });
}

async function answerWithHandlers(
  handlers: readonly RequestHandler[],
  options: DispatchOptions,
  message: IncomingMessage,
  target: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  if (lacksHost(message))
    return refuse(message, target, malformedRequest('an HTTP/1.1 request needs a Host header'), true);
  const read = await toFetchRequest(message, options, options.origin(), signal);
  if (!read.ok) return refuseRead(message, target, read.error, options);
  const request = read.value;
  const method = request.method;
  const cors = corsHeaders(request.headers.get('origin'));
  if (isPreflight(method, request.headers)) {
    writeAnswer(target, { status: 204, headers: {}, body: null }, method, preflightHeaders(request.headers));
    return;
  }
  let response: Response | undefined;
  try {
    response = await getResponse([...handlers], request, { baseUrl: options.origin(), quiet: true });
  } catch (error) {
    options.onHandlerError?.(error, request);
    writeAnswer(target, errorAnswer(handlerFailed()), method, cors);
    return;
  }
  if (response !== undefined && isNetworkError(response)) {
    target.destroy();
    return;
  }
  if (response === undefined || isPassthrough(response)) {
    writeAnswer(target, errorAnswer(unknownOperation(method, new URL(request.url).pathname)), method, cors);
    return;
  }
  await writeResponse(target, response, method, cors);
}

/**
 * Makes the node request listener. The emulator's core is called directly with a plain request
 * (no Fetch machinery); MSW handlers a user passed in go through MSW's `getResponse`. Either way a
 * request nothing answers gets a 404 `UnknownOperationException`, one whose handling threw a 500
 * `InternalServerException`, and every response carries CORS headers.
 */
export function createRequestListener(served: Served, options: DispatchOptions): RequestListener {
  // Writing failed (the client went away or sent something node refuses): drop just this connection.
  const drop = (target: ServerResponse) => () => target.destroy();
  if ('core' in served)
    return (message, target) => {
      try {
        answerWithCore(served.core, options, message, target);
      } catch {
        drop(target)();
      }
    };
  return (message, target) => {
    const aborter = new AbortController();
    target.once('close', () => {
      if (!target.writableFinished) aborter.abort();
    });
    answerWithHandlers(served.handlers, options, message, target, aborter.signal).catch(drop(target));
  };
}
