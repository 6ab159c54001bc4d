import type { ServerResponse } from 'node:http';
import type { PlainAnswer } from '../plain-http.js';

// Hop-by-hop and framing headers belong to this connection, which node frames itself.
const connectionHeaders = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'content-length',
]);

/** True for a Fetch `Response.error()`: MSW's way of saying "fail the connection". */
export function isNetworkError(response: Response): boolean {
  return response.type === 'error';
}

function canCarryBody(method: string, status: number): boolean {
  return method !== 'HEAD' && status !== 204 && status !== 304 && !(status >= 100 && status < 200);
}

/**
 * Writes a Fetch `Response` to a node `ServerResponse`: status, every header (several
 * `set-cookie` stay separate), `extraHeaders` where the response has none of its own, and the
 * body streamed chunk by chunk. Resolves once the response is finished or the client has gone.
 */
export async function writeResponse(
  target: ServerResponse,
  response: Response,
  method: string,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(extraHeaders)) headers[name] = value;
  response.headers.forEach((value, name) => {
    if (!connectionHeaders.has(name) && name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const withBody = canCarryBody(method, response.status);
  target.writeHead(response.status, response.statusText || undefined, headers);
  if (!withBody || response.body === null) {
    await response.body?.cancel().catch(() => undefined);
    target.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (target.destroyed) {
        await reader.cancel().catch(() => undefined);
        return;
      }
      if (!target.write(value))
        await new Promise<void>((resolve) => {
          target.once('drain', resolve);
          target.once('close', resolve);
        });
    }
    target.end();
  } catch {
    // The body stream failed half way: the status is already sent, so the only honest signal left is a cut connection.
    target.destroy();
  }
}

/**
 * Writes the core's plain answer to a node `ServerResponse`: `extraHeaders` (CORS) first, then the
 * answer's own headers, and the body with its length (none for HEAD, 204 and 304).
 */
export function writeAnswer(
  target: ServerResponse,
  answer: PlainAnswer,
  method: string,
  extraHeaders: Readonly<Record<string, string>> = {},
): void {
  const headers: Record<string, string> = Object.assign({}, extraHeaders, answer.headers);
  // HEAD is told the length a GET would carry; 1xx, 204 and 304 carry none.
  if (canCarryBody('GET', answer.status)) headers['content-length'] = String(Buffer.byteLength(answer.body ?? ''));
  target.writeHead(answer.status, headers);
  target.end(answer.body !== null && canCarryBody(method, answer.status) ? answer.body : undefined);
}
