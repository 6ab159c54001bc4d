import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import { corsHeaders, isPreflight, preflightHeaders } from './http-cors.js';
import {
  errorBody,
  errorHeaders,
  errorResponse,
  handlerFailed,
  malformedRequest,
  unknownOperation,
  type HttpFailure,
} from './http-errors.js';
import { toFetchRequest, type RequestLimits } from './http-request.js';
import { isNetworkError, writeResponse } from './http-response.js';

/** What the dispatcher needs besides the handlers. */
export interface DispatchOptions extends RequestLimits {
  /** The server's own origin (`http://127.0.0.1:4566`), used when the Host header is unusable. */
  readonly origin: () => string;
  /** Told about every handler that threw (the client gets a 500); the server carries on either way. */
  readonly onHandlerError?: (error: unknown, request: Request) => void;
}

/** A node request listener that answers requests with MSW handlers. */
export type RequestListener = (message: IncomingMessage, target: ServerResponse) => void;

function isPassthrough(response: Response): boolean {
  // MSW's passthrough() asks to reach the real network; a standalone server has none behind it.
  return response.headers.get('x-msw-intention') === 'passthrough';
}

function refuse(message: IncomingMessage, target: ServerResponse, failure: HttpFailure, closeAfter: boolean): void {
  if (target.headersSent) {
    target.destroy();
    return;
  }
  const body = errorBody(failure);
  const headers: Record<string, string> = {
    ...corsHeaders(message.headers.origin ?? null),
    ...errorHeaders(failure),
    'content-length': String(Buffer.byteLength(body)),
  };
  if (closeAfter) headers.connection = 'close';
  target.writeHead(failure.status, headers);
  target.end(body);
  // An unread body left on a keep-alive socket would be parsed as the next request, so the connection goes.
  if (closeAfter) target.once('finish', () => message.destroy());
}

async function answer(
  handlers: readonly RequestHandler[],
  options: DispatchOptions,
  message: IncomingMessage,
  target: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  if (message.httpVersionMajor === 1 && message.httpVersionMinor === 1 && message.headers.host === undefined) {
    refuse(message, target, malformedRequest('an HTTP/1.1 request needs a Host header'), true);
    return;
  }
  const read = await toFetchRequest(message, options, options.origin(), signal);
  if (!read.ok) {
    refuse(message, target, read.error, true);
    return;
  }
  const request = read.value;
  const method = request.method;
  const cors = corsHeaders(request.headers.get('origin'));
  if (isPreflight(method, request.headers)) {
    await writeResponse(target, new Response(null, { status: 204 }), method, preflightHeaders(request.headers));
    return;
  }
  let response: Response | undefined;
  try {
    response = await getResponse([...handlers], request, { baseUrl: options.origin(), quiet: true });
  } catch (error) {
    options.onHandlerError?.(error, request);
    response = errorResponse(handlerFailed());
  }
  if (response !== undefined && isNetworkError(response)) {
    target.destroy();
    return;
  }
  if (response === undefined || isPassthrough(response)) {
    response = errorResponse(unknownOperation(method, new URL(request.url).pathname));
  }
  await writeResponse(target, response, method, cors);
}

/**
 * Makes the node request listener: each request becomes a Fetch `Request` for MSW's
 * `getResponse`; a request no handler answers gets a 404 `UnknownOperationException`; a handler
 * that throws gets a 500 `InternalServerException`; every response carries CORS headers.
 */
export function createRequestListener(handlers: readonly RequestHandler[], options: DispatchOptions): RequestListener {
  return (message, target) => {
    const aborter = new AbortController();
    target.once('close', () => {
      if (!target.writableFinished) aborter.abort();
    });
    answer(handlers, options, message, target, aborter.signal).catch(() => {
      // Writing failed (the client went away or sent something node refuses): drop just this connection.
      target.destroy();
    });
  };
}
