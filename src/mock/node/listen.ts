import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { errorAnswer } from '../errors.js';
import type { IvsError } from '../result.js';
import { corsHeaders } from './cors.js';
import { createRequestListener, type Served } from './dispatch.js';
import { expectationFailed, headersTooLarge, malformedRequest, reasonPhrase, requestTimedOut } from './limit-errors.js';
import { writeAnswer } from './respond.js';

/** Where and within which bounds the HTTP server listens. */
export interface ListenOptions {
  /** The interface to bind. */
  readonly host: string;
  /** The TCP port; 0 picks a free one. */
  readonly port: number;
  /** The largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** The largest request head (request line and headers) accepted, in bytes. */
  readonly maxHeaderBytes: number;
  /** How long a request's headers, and separately its body, may take to arrive, in milliseconds. */
  readonly requestTimeoutMs: number;
  /** How long `close()` lets requests in flight finish before cutting their connections, in milliseconds. */
  readonly shutdownGraceMs: number;
  /** Told about every handler that threw (the client gets a 500 InternalServerException). */
  readonly onHandlerError?: (error: unknown, request: Request) => void;
}

/** An HTTP server that is accepting connections. */
export interface ListeningServer {
  /** The base URL clients use, e.g. `http://127.0.0.1:4566`. */
  readonly url: string;
  /** The bound interface. */
  readonly host: string;
  /** The bound port (the real one when 0 was asked for). */
  readonly port: number;
  /** Stops accepting, lets requests in flight finish within the grace period, then resolves. */
  close(): Promise<void>;
}

/** Why a server could not start listening. */
export interface ListenError {
  /** The system error code, e.g. `EADDRINUSE`, `EACCES`, `EADDRNOTAVAIL`. */
  readonly code: string;
  /** One line that says what went wrong. */
  readonly message: string;
}

/** A started server, or why it could not start. */
export type ListenResult =
  | { readonly ok: true; readonly value: ListeningServer }
  | { readonly ok: false; readonly error: ListenError };

/** How long an idle keep-alive connection stays open, in milliseconds. */
const keepAliveMs = 60_000;

interface PendingResponse {
  readonly writableFinished: boolean;
  readonly req?: { readonly complete: boolean };
  once(event: 'finish' | 'close', listener: () => void): unknown;
}

interface SocketWithResponse {
  readonly _httpMessage?: PendingResponse | null;
}

/**
 * Calls `then` once every response node has attached to the socket for a fully read request has
 * gone out: a pipelined request that was fine must still get its answer before the error about
 * the bytes after it.
 */
function afterResponses(socket: Duplex, then: () => void): void {
  const pending = (socket as SocketWithResponse)._httpMessage;
  // A request whose own bytes are what broke is answered now; it will never be read in full.
  if (pending === undefined || pending === null || pending.writableFinished || pending.req?.complete !== true) {
    then();
    return;
  }
  let moved = false;
  const next = (): void => {
    if (moved) return;
    moved = true;
    // node attaches the next queued response in its own 'finish' listener, which ran before this one.
    if (socket.destroyed) return;
    afterResponses(socket, then);
  };
  pending.once('finish', next);
  pending.once('close', next);
}

/** An error answer as raw HTTP/1.1 bytes, for sockets node has no response object for. */
function rawErrorResponse(error: IvsError): string {
  const answer = errorAnswer(error);
  const body = answer.body ?? '';
  const headers = {
    ...corsHeaders(null),
    ...answer.headers,
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return `HTTP/1.1 ${answer.status} ${reasonPhrase(answer.status)}\r\n${head}\r\n${body}`;
}

function clientFailure(error: NodeJS.ErrnoException, options: ListenOptions): IvsError {
  if (error.code === 'HPE_HEADER_OVERFLOW') return headersTooLarge(options.maxHeaderBytes);
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return requestTimedOut(options.requestTimeoutMs);
  return malformedRequest(error.code ?? 'unreadable request');
}

function onClientError(options: ListenOptions): (error: NodeJS.ErrnoException, socket: Duplex) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const reply = rawErrorResponse(clientFailure(error, options));
    afterResponses(socket, () => {
      if (socket.writable) socket.end(reply);
      else socket.destroy();
    });
  };
}

function formatUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function describeListenError(error: NodeJS.ErrnoException, options: ListenOptions): ListenError {
  const where = `${options.host}:${options.port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return { code: error.code, message: `port ${options.port} on ${options.host} is already in use` };
    case 'EACCES':
      return { code: error.code, message: `no permission to listen on ${where}` };
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return { code: error.code, message: `cannot listen on ${where}: no such local address` };
    default:
      return { code: error.code ?? 'UNKNOWN', message: `cannot listen on ${where}: ${error.message}` };
  }
}

function closer(server: Server, graceMs: number): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= new Promise<void>((resolve) => {
      const cutOff = setTimeout(() => server.closeAllConnections(), graceMs);
      server.close(() => {
        clearTimeout(cutOff);
        resolve();
      });
      server.closeIdleConnections();
    });
    return closing;
  };
}

/**
 * Serves the emulator core (or a user's MSW handlers) over node:http on the given interface and
 * port, bounding what it reads (body size, header size, time) and surviving bad input; resolves
 * once it accepts connections, or with the reason it cannot.
 */
export function listen(served: Served, options: ListenOptions): Promise<ListenResult> {
  let origin = formatUrl(options.host, options.port);
  const server = createServer(
    {
      maxHeaderSize: options.maxHeaderBytes,
      headersTimeout: options.requestTimeoutMs,
      // Body time is bounded per request by the dispatcher; node's own whole-request clock would race it.
      requestTimeout: 0,
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(options.requestTimeoutMs / 4))),
      // node's 5 s default closes idle sockets that SDK agents (no idle timeout of their own) reuse after a
      // pause; a request sent as the close goes out is reset. A minute, like AWS's front ends, makes that rare.
      keepAliveTimeout: keepAliveMs,
      // node's own answer to a missing Host is a bare 400; the dispatcher answers it in the AWS error format.
      requireHostHeader: false,
    },
    createRequestListener(served, { ...options, origin: () => origin }),
  );
  server.on('clientError', onClientError(options));
  // Without a listener node answers an unknown Expect with a bare 417; answer it in the AWS error format.
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    writeAnswer(response, errorAnswer(expectationFailed()), request.method ?? 'GET', {
      ...corsHeaders(request.headers.origin ?? null),
      // The body that came with the request is never read, so the connection cannot carry another one.
      connection: 'close',
    });
  });
  // Without a listener node drops CONNECT silently; answer it like any other request we cannot serve.
  server.on('connect', (_request, socket: Duplex) =>
    socket.end(rawErrorResponse(malformedRequest('CONNECT tunnels are not supported'))),
  );
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException): void =>
      resolve({ ok: false, error: describeListenError(error, options) });
    server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.off('error', onError);
      // Later server-level errors (a failed accept under fd pressure) must not crash the process; connections carry on.
      server.on('error', () => undefined);
      const port = (server.address() as AddressInfo).port;
      origin = formatUrl(options.host, port);
      resolve({
        ok: true,
        value: { url: origin, host: options.host, port, close: closer(server, options.shutdownGraceMs) },
      });
    });
  });
}
