import { request as httpRequest } from 'node:http';
import { HttpResponse, http, passthrough } from 'msw';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listen, type ListenOptions, type ListeningServer } from '../../../src/mock/node/listen.js';
import { rawExchange } from './raw-http.js';

const limits: ListenOptions = {
  host: '127.0.0.1',
  port: 0,
  maxBodyBytes: 1024,
  maxHeaderBytes: 4096,
  requestTimeoutMs: 400,
  shutdownGraceMs: 200,
};

const handlers = [
  http.post('*/Echo', async ({ request }) =>
    HttpResponse.json(
      {
        method: request.method,
        host: new URL(request.url).host,
        body: await request.text(),
        marker: request.headers.get('x-marker'),
      },
      { status: 201, headers: { 'x-amzn-RequestId': 'req-1', 'x-extra': 'yes' } },
    ),
  ),
  http.get('*/Echo', ({ request }) => HttpResponse.json({ method: request.method })),
  http.get('*/tags/:resourceArn', ({ params }) => HttpResponse.json({ arn: params.resourceArn })),
  http.post('*/Throw', () => {
    throw new Error('handler bug');
  }),
  http.post('*/NetworkError', () => HttpResponse.error()),
  http.post('*/Passthrough', () => passthrough()),
  http.post('*/NoContent', () => new HttpResponse(null, { status: 204 })),
  http.get('http://only-this-host.test/HostBound', () => HttpResponse.json({ bound: true })),
];

let server: ListeningServer;

beforeAll(async () => {
  const started = await listen({ handlers }, limits);
  if (!started.ok) throw new Error(started.error.message);
  server = started.value;
});

afterAll(() => server.close());

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe('listen(handlers) serves MSW handlers over node:http', () => {
  test('a matched handler answers with its status, headers and body', async () => {
    const response = await fetch(`${server.url}/Echo`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'x-marker': 'm' },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-amzn-requestid')).toBe('req-1');
    expect(response.headers.get('x-extra')).toBe('yes');
    expect(await json(response)).toEqual({
      method: 'POST',
      host: `127.0.0.1:${server.port}`,
      body: '{"a":1}',
      marker: 'm',
    });
  });

  test('the URL handlers see carries the Host header the client sent', async () => {
    const body = await rawExchange(server.port, [
      'GET /HostBound HTTP/1.1\r\nHost: only-this-host.test\r\nConnection: close\r\n\r\n',
    ]);
    expect(body.status).toBe(200);
    expect(body.body).toContain('"bound":true');
  });

  test('a percent-encoded path segment reaches the handler decoded as one parameter', async () => {
    const arn = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';
    const response = await fetch(`${server.url}/tags/${encodeURIComponent(arn)}`);
    expect(await json(response)).toEqual({ arn });
  });

  test('a GET request with a body is served (the body is dropped)', async () => {
    const reply = await rawExchange(server.port, [
      'GET /Echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    ]);
    expect(reply.status).toBe(200);
  });

  test('a 204 handler response arrives without a body', async () => {
    const response = await fetch(`${server.url}/NoContent`, { method: 'POST' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  test('a request no handler matches gets a 404 UnknownOperationException in the AWS error format', async () => {
    const response = await fetch(`${server.url}/NoSuchOperation`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const body = await json(response);
    expect(body.exceptionMessage).toBe('No operation matches POST /NoSuchOperation.');
    expect(body.message).toBe(body.exceptionMessage);
  });

  test('a known path with the wrong method is an unknown operation', async () => {
    const response = await fetch(`${server.url}/Echo`, { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });

  test('a passthrough() answer is an unknown operation (there is no network behind the server)', async () => {
    const response = await fetch(`${server.url}/Passthrough`, { method: 'POST' });
    expect(response.status).toBe(404);
  });

  test('a handler that throws gets a 500 InternalServerException and the server keeps serving', async () => {
    const failed = await fetch(`${server.url}/Throw`, { method: 'POST' });
    expect(failed.status).toBe(500);
    expect(failed.headers.get('x-amzn-errortype')).toBe('InternalServerException');
    expect((await json(failed)).exceptionMessage).toBe('Unexpected error during processing of request.');
    expect((await fetch(`${server.url}/Echo`, { method: 'POST' })).status).toBe(201);
  });

  test('HttpResponse.error() cuts the connection', async () => {
    await expect(fetch(`${server.url}/NetworkError`, { method: 'POST' })).rejects.toThrow();
  });
});

describe('CORS', () => {
  test('a preflight is answered with 204, the SDK headers and every method', async () => {
    const response = await fetch(`${server.url}/CreateChannel`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://app.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, x-amz-date, x-amz-checksum-crc32',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://app.test');
    expect(response.headers.get('access-control-allow-methods')).toContain('DELETE');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(', ');
    expect(allowed).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'x-amz-date',
        'x-amz-security-token',
        'x-amz-user-agent',
        'amz-sdk-invocation-id',
        'amz-sdk-request',
        'x-amz-content-sha256',
        'x-amz-checksum-crc32',
      ]),
    );
  });

  test('every response lets a browser read the request id, error type and date', async () => {
    const response = await fetch(`${server.url}/NoSuchOperation`, {
      method: 'POST',
      headers: { origin: 'http://app.test' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://app.test');
    expect(response.headers.get('access-control-expose-headers')).toBe(
      'x-amzn-requestid, x-amzn-errortype, x-amzn-errormessage, date',
    );
  });

  test('a response to a request without Origin allows any origin', async () => {
    const response = await fetch(`${server.url}/Echo`, { method: 'POST' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('bounds and bad input', () => {
  test('a declared body over the limit gets 413 before the body is read', async () => {
    const reply = await rawExchange(server.port, [
      'POST /Echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n{"a":',
      1000,
      '1}',
    ]);
    expect(reply.status).toBe(413);
    expect(reply.headers['x-amzn-errortype']).toBe('RequestEntityTooLargeException');
    expect(JSON.parse(reply.body)).toEqual({
      exceptionMessage: 'The request body is larger than the limit of 1024 bytes.',
      message: 'The request body is larger than the limit of 1024 bytes.',
    });
  });

  test('a chunked body that grows over the limit gets 413', async () => {
    const chunk = 'x'.repeat(800);
    const reply = await rawExchange(server.port, [
      'POST /Echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n',
      `${chunk.length.toString(16)}\r\n${chunk}\r\n`,
      `${chunk.length.toString(16)}\r\n${chunk}\r\n`,
      5000,
    ]);
    expect(reply.status).toBe(413);
  });

  test('a body that stalls gets 408 RequestTimeoutException while other requests are served', async () => {
    const stalled = rawExchange(server.port, [
      'POST /Echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{"a"',
      5000,
    ]);
    expect((await fetch(`${server.url}/Echo`, { method: 'POST' })).status).toBe(201);
    const reply = await stalled;
    expect(reply.status).toBe(408);
    expect(reply.headers['x-amzn-errortype']).toBe('RequestTimeoutException');
  });

  test('headers that stall get 408', async () => {
    const reply = await rawExchange(server.port, ['POST /Echo HTTP/1.1\r\nHost: x\r\n', 5000]);
    expect(reply.status).toBe(408);
  });

  test('headers over the limit get 431', async () => {
    const reply = await rawExchange(server.port, [
      `GET /Echo HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(8000)}\r\n\r\n`,
    ]);
    expect(reply.status).toBe(431);
    expect(reply.headers['x-amzn-errortype']).toBe('RequestHeaderFieldsTooLargeException');
  });

  test.each([
    ['garbage bytes', 'this is not http\r\n\r\n'],
    ['a bad Content-Length', 'POST /Echo HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n'],
    ['a forbidden method', 'CONNECT /Echo HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a target that is no URL', 'GET http://[bad/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ])('%s gets a 4xx AWS-style error and the server keeps serving', async (_name, bytes) => {
    const reply = await rawExchange(server.port, [bytes]);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(reply.headers['x-amzn-errortype']).toBeDefined();
    expect((await fetch(`${server.url}/Echo`, { method: 'POST' })).status).toBe(201);
  });

  test('a client that disconnects half way through its body does not disturb the server', async () => {
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/Echo',
        headers: { 'content-length': '100' },
      });
      req.on('error', () => resolve());
      req.write('{"partial":');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    expect((await fetch(`${server.url}/Echo`, { method: 'POST' })).status).toBe(201);
  });
});

describe('lifecycle', () => {
  test('port 0 binds a free port and the URL names it', async () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  test('a port already in use is reported as a value with code EADDRINUSE', async () => {
    const second = await listen({ handlers }, { ...limits, port: server.port });
    expect(second).toEqual({
      ok: false,
      error: { code: 'EADDRINUSE', message: `port ${server.port} on 127.0.0.1 is already in use` },
    });
  });

  test('close() frees the port, also with an idle keep-alive connection open', async () => {
    const started = await listen({ handlers }, limits);
    if (!started.ok) throw new Error(started.error.message);
    const own = started.value;
    expect((await fetch(`${own.url}/Echo`, { method: 'POST' })).status).toBe(201);
    await own.close();
    await expect(fetch(`${own.url}/Echo`, { method: 'POST' })).rejects.toThrow();
    const again = await listen({ handlers }, { ...limits, port: own.port });
    expect(again.ok).toBe(true);
    if (again.ok) await again.value.close();
  });

  test('close() lets a request in flight finish before it resolves', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started = await listen(
      {
        handlers: [
          http.post('*/Slow', async () => {
            await gate;
            return HttpResponse.json({ done: true });
          }),
        ],
      },
      {
        ...limits,
        shutdownGraceMs: 5_000,
      },
    );
    if (!started.ok) throw new Error(started.error.message);
    const inFlight = fetch(`${started.value.url}/Slow`, { method: 'POST' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = started.value.close();
    release();
    expect(await (await inFlight).json()).toEqual({ done: true });
    await closed;
  });

  test('close() cuts a request still in flight when the grace period ends', async () => {
    const started = await listen(
      { handlers: [http.post('*/Never', () => new Promise<Response>(() => undefined))] },
      {
        ...limits,
        shutdownGraceMs: 100,
      },
    );
    if (!started.ok) throw new Error(started.error.message);
    const inFlight = fetch(`${started.value.url}/Never`, { method: 'POST' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await started.value.close();
    await expect(inFlight).rejects.toThrow();
  });

  test('close() can be called twice', async () => {
    const started = await listen({ handlers }, limits);
    if (!started.ok) throw new Error(started.error.message);
    await Promise.all([started.value.close(), started.value.close()]);
  });
});
