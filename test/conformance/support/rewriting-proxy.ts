import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the proxy saw it; rewrites may change any part. */
export interface ProxiedRequest {
  readonly method: string;
  /** The path, still percent-encoded. */
  readonly path: string;
  /** The query string with its `?`, or `''`. */
  readonly search: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The IVS operation the method and path address, or `null`. */
  readonly operation: string | null;
}

/** A response on its way back to the client. */
export interface ProxiedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** How a variant departs from the emulator: request and response rewrites. */
export interface Rewrite {
  /** Changes a request before it is forwarded, or answers it directly. */
  request?(request: ProxiedRequest): ProxiedRequest | ProxiedResponse | Promise<ProxiedRequest | ProxiedResponse>;
  /** Changes the emulator's answer; `forward` sends further requests to the emulator. */
  response?(
    request: ProxiedRequest,
    response: ProxiedResponse,
    forward: (request: ProxiedRequest) => Promise<ProxiedResponse>,
  ): ProxiedResponse | Promise<ProxiedResponse>;
}

/** A running proxy. */
export interface RunningProxy {
  readonly url: string;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'content-encoding',
]);

const operationOf = (method: string, path: string): string | null => {
  if (path.startsWith('/tags/'))
    return method === 'GET'
      ? 'ListTagsForResource'
      : method === 'POST'
        ? 'TagResource'
        : method === 'DELETE'
          ? 'UntagResource'
          : null;
  return method === 'POST' && /^\/[A-Za-z]+$/.test(path) ? path.slice(1) : null;
};

async function readBody(message: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Whether a rewrite answered the request itself. */
const isResponse = (value: ProxiedRequest | ProxiedResponse): value is ProxiedResponse => 'status' in value;

/** Starts a node:http proxy on 127.0.0.1 in front of `upstream` that applies `rewrite` to the traffic. */
export async function startRewritingProxy(upstream: string, rewrite: Rewrite): Promise<RunningProxy> {
  const forward = async (request: ProxiedRequest): Promise<ProxiedResponse> => {
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== '';
    const response = await fetch(`${upstream}${request.path}${request.search}`, {
      method: request.method,
      headers,
      ...(hasBody ? { body: request.body } : {}),
    });
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name)) responseHeaders[name] = value;
    });
    return { status: response.status, headers: responseHeaders, body: await response.text() };
  };
  const server = createServer((message, reply) => {
    void (async () => {
      const url = new URL(message.url ?? '/', 'http://proxy');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers)) if (typeof value === 'string') headers[name] = value;
      const body = await readBody(message);
      const request: ProxiedRequest = {
        method: message.method ?? 'GET',
        path: url.pathname,
        search: url.search,
        headers,
        body,
        operation: operationOf(message.method ?? 'GET', url.pathname),
      };
      const rewritten = rewrite.request ? await rewrite.request(request) : request;
      let response = isResponse(rewritten) ? rewritten : await forward(rewritten);
      if (!isResponse(rewritten) && rewrite.response) response = await rewrite.response(rewritten, response, forward);
      reply.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(response.body) });
      reply.end(response.body);
    })().catch((error: unknown) => {
      reply.writeHead(502, { 'content-type': 'text/plain' });
      reply.end(`proxy failure: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Parses a JSON body, or `undefined`. */
export function parseBody(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Returns the response with its JSON body changed by `change` (left alone when the body is not a JSON object). */
export function withJson(
  response: ProxiedResponse,
  change: (body: Record<string, unknown>) => Record<string, unknown>,
): ProxiedResponse {
  const body = parseBody(response.body);
  return body ? { ...response, body: JSON.stringify(change(body)) } : response;
}

/** Returns the request with its JSON body changed by `change`. */
export function withRequestJson(
  request: ProxiedRequest,
  change: (body: Record<string, unknown>) => Record<string, unknown>,
): ProxiedRequest {
  const body = parseBody(request.body);
  return body ? { ...request, body: JSON.stringify(change(body)) } : request;
}

/** An AWS-style error response. */
export function errorReply(status: number, type: string, message = 'planted'): ProxiedResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': type },
    body: JSON.stringify({ exceptionMessage: message }),
  };
}

/** A JSON success response. */
export function jsonReply(status: number, body: unknown): ProxiedResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** The error type named by a response's `x-amzn-errortype` header, without suffix. */
export const errorTypeOf = (response: ProxiedResponse): string | undefined =>
  response.headers['x-amzn-errortype']?.split(':')[0];
