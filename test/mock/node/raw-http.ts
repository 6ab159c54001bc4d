import { connect } from 'node:net';

/** A parsed raw HTTP/1.1 response: status line pieces, lower-cased headers and the body text. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Parses the bytes a server wrote on a raw socket (no chunked decoding: enough for error replies). */
export function parseRawResponse(text: string): RawResponse {
  const split = text.indexOf('\r\n\r\n');
  const head = split >= 0 ? text.slice(0, split) : text;
  const body = split >= 0 ? text.slice(split + 4) : '';
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body };
}

/**
 * Opens a TCP connection, writes `chunks` (a string or Buffer chunk is sent as is; a number waits
 * that many milliseconds), ends the writing side when `endAfterWrite` (else keeps the socket open),
 * and resolves with every byte the server sent once it closes the connection.
 */
export function exchangeBytes(
  port: number,
  chunks: readonly (string | Buffer | number)[],
  endAfterWrite = false,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (data: Buffer) => received.push(data));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset a connection whose request it refused; what it wrote first still counts.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
      reject(error);
    });
    socket.on('close', () => resolve(Buffer.concat(received)));
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        if (typeof chunk === 'number') await new Promise((done) => setTimeout(done, chunk));
        else socket.write(chunk);
      }
      if (endAfterWrite && !socket.destroyed) socket.end();
    });
  });
}

/** Like `exchangeBytes` (the socket kept open), with the server's bytes parsed as UTF-8 into a response. */
export async function rawExchange(port: number, chunks: readonly (string | number)[]): Promise<RawResponse> {
  return parseRawResponse((await exchangeBytes(port, chunks)).toString('utf8'));
}
