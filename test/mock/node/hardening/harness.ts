import { request as httpRequest } from 'node:http';
import { exchangeBytes } from '../raw-http.js';

/** What came back for one request: status, lower-cased headers and the body text. */
export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** One request as raw parts: the path is sent exactly as given, without any normalisation. */
export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** A SigV4-shaped Authorization header (the emulator reads only its credential scope). */
export function signedFor(accessKeyId: string, region: string, service = 'ivs'): Record<string, string> {
  return {
    authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260101/${region}/${service}/aws4_request, SignedHeaders=host, Signature=00`,
  };
}

/** Sends one request with node:http (the path untouched) on a fresh connection and reads the whole answer. */
export function send(port: number, request: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const body = request.body ?? '';
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: request.path,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          ...request.headers,
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Writes raw bytes on a TCP connection (numbers wait that many ms) and resolves with everything read until the server closes it. */
export async function sendRaw(
  port: number,
  chunks: readonly (string | Buffer | number)[],
  endAfterWrite = false,
): Promise<string> {
  return (await exchangeBytes(port, chunks, endAfterWrite)).toString('latin1');
}

function dechunk(text: string): { body: string; used: number } | undefined {
  let at = 0;
  let body = '';
  for (;;) {
    const lineEnd = text.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(text.slice(at, lineEnd), 16);
    if (!Number.isFinite(size)) return undefined;
    at = lineEnd + 2;
    if (size === 0) return { body, used: text.indexOf('\r\n', at) < 0 ? text.length : text.indexOf('\r\n', at) + 2 };
    body += text.slice(at, at + size);
    at += size + 2;
  }
}

/** Splits the bytes of one or more pipelined HTTP/1.1 responses (length-framed, chunked, or closed) into replies. */
export function parseResponses(text: string): Reply[] {
  const replies: Reply[] = [];
  let rest = text;
  while (rest.startsWith('HTTP/1.1 ')) {
    const split = rest.indexOf('\r\n\r\n');
    if (split < 0) break;
    const [statusLine = '', ...lines] = rest.slice(0, split).split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const bodyStart = split + 4;
    const status = Number(statusLine.split(' ')[1] ?? 0);
    let raw: string;
    let end: number;
    if (status < 200 || status === 204 || status === 304) {
      raw = '';
      end = bodyStart;
    } else if (headers['transfer-encoding'] === 'chunked') {
      const chunked = dechunk(rest.slice(bodyStart));
      if (chunked === undefined) break;
      raw = chunked.body;
      end = bodyStart + chunked.used;
    } else if (headers['content-length'] === undefined) {
      // Neither length nor chunks (an answer to an HTTP/1.0 request): the body runs to the end of the connection.
      raw = rest.slice(bodyStart);
      end = rest.length;
    } else {
      const length = Number(headers['content-length']);
      raw = rest.slice(bodyStart, bodyStart + length);
      end = bodyStart + length;
    }
    replies.push({ status, headers, body: Buffer.from(raw, 'latin1').toString('utf8') });
    rest = rest.slice(end);
  }
  return replies;
}

/** Why a reply is not a well-formed AWS-style answer (a 2xx, or a 4xx with an error type and a JSON body); undefined when it is. */
export function awsStyleProblem(reply: Reply): string | undefined {
  if (reply.status >= 200 && reply.status < 300) return undefined;
  if (reply.status < 400 || reply.status >= 500) return `status ${reply.status}: ${reply.body.slice(0, 200)}`;
  const type = reply.headers['x-amzn-errortype'];
  if (typeof type !== 'string' || !/^[A-Za-z]+$/.test(type))
    return `status ${reply.status} without a usable x-amzn-ErrorType`;
  try {
    const parsed: unknown = JSON.parse(reply.body);
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { message?: unknown }).message !== 'string')
      return `error body without a message: ${reply.body.slice(0, 200)}`;
  } catch {
    return `error body is not JSON: ${reply.body.slice(0, 200)}`;
  }
  return undefined;
}
