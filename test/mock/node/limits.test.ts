import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../../src/mock/server.js';
import { parseRawResponse } from './raw-http.js';

let server: RunningMockServer;

beforeAll(async () => {
  server = await startMockServer({ port: 0, maxBodyBytes: 64 * 1024, requestTimeoutMs: 5_000 });
});

afterAll(async () => {
  await server.close();
});

/**
 * Sends a request head, then writes `bodyBytes` of body in small chunks whatever the server
 * answers, as a client does that reads the answer only after its upload; resolves with what the
 * server answered and the first socket error, if any.
 */
function keepWriting(port: number, head: string, bodyBytes: number): Promise<{ text: string; error?: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let error: string | undefined;
    let written = false;
    let done = false;
    const answered = (): boolean => {
      const response = parseRawResponse(Buffer.concat(received).toString('utf8'));
      return Buffer.byteLength(response.body) >= Number(response.headers['content-length'] ?? Number.NaN);
    };
    const finish = (): void => {
      if (done) return;
      done = true;
      socket.destroy();
      const text = Buffer.concat(received).toString('utf8');
      resolve(error === undefined ? { text } : { text, error });
    };
    socket.on('data', (data: Buffer) => {
      received.push(data);
      if (written && answered()) finish();
    });
    socket.on('error', (failure: NodeJS.ErrnoException) => {
      error ??= failure.code ?? failure.message;
      finish();
    });
    socket.on('close', finish);
    socket.on('connect', async () => {
      socket.write(head);
      const chunk = Buffer.alloc(16 * 1024, 'a');
      for (let sent = 0; sent < bodyBytes && !socket.destroyed; sent += chunk.length) {
        if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r));
      }
      written = true;
      if (answered()) finish();
    });
  });
}

describe('the HTTP server answers at its limits instead of resetting the connection', () => {
  test.each([
    ['CreateChannel', 'content-length: 8388608'],
    ['ListChannels', 'content-length: 8388608'],
    ['PutMetadata', 'transfer-encoding: chunked'],
  ])('a client that keeps writing an oversized %s body (%s) reads a 413', async (operation, framing) => {
    const chunked = framing.startsWith('transfer');
    const bodyBytes = 8 * 1024 * 1024;
    const head = `POST /${operation} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n${framing}\r\n\r\n${chunked ? `800000\r\n` : ''}`;
    const reply = await keepWriting(server.port, head, bodyBytes);
    expect(reply.error).toBeUndefined();
    const response = parseRawResponse(reply.text);
    expect(response.status).toBe(413);
    expect(response.headers['x-amzn-errortype']).toBe('RequestEntityTooLargeException');
    expect(JSON.parse(response.body).message).toBe('The request body is larger than the limit of 65536 bytes.');
  });

  test('fetch with a 1 MB body reads the 413, and the server serves the next request', async () => {
    const response = await fetch(`${server.url}/CreateChannel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('x-amzn-errortype')).toBe('RequestEntityTooLargeException');
    const next = await fetch(`${server.url}/ListChannels`, { method: 'POST', body: '{}' });
    expect(next.status).toBe(200);
  });

  test('a body of 10,000 nested JSON objects gets 400 SerializationException and changes nothing', async () => {
    const body = `{"name":"deep","tags":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const response = await fetch(`${server.url}/CreateChannel`, { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('SerializationException');
    expect(server.store.snapshot().partitions.flatMap((p) => p.channels)).toEqual([]);
  });

  test('a body nested 64 levels deep is still read (unknown members are ignored)', async () => {
    const body = `{"name":"nested","future":${'['.repeat(63)}${']'.repeat(63)}}`;
    const response = await fetch(`${server.url}/CreateChannel`, { method: 'POST', body });
    expect(response.status).toBe(200);
  });

  test('a control request nested too deep gets 400 SerializationException', async () => {
    const body = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const response = await fetch(`${server.url}/_ivs-contract/restore`, { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('SerializationException');
  });
});
