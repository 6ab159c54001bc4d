import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../../../src/mock/server.js';
import { awsStyleProblem, parseResponses, send, sendRaw } from './harness.js';

const limits = { maxBodyBytes: 4096, maxHeaderBytes: 2048, requestTimeoutMs: 400 };
let server: RunningMockServer;

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 3, ...limits });
});

afterAll(() => server.close());

const channelCount = (): number => server.store.snapshot().partitions.reduce((sum, p) => sum + p.channels.length, 0);
const create = (body = '{}'): string =>
  `POST /CreateChannel HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('framing: what arrives on the socket decides what is answered', () => {
  test('a request followed by bytes that are not HTTP gets its own answer, then a 400', async () => {
    const before = channelCount();
    const replies = parseResponses(await sendRaw(server.port, [`${create()}not http at all\r\n\r\n`]));
    expect(replies.map((r) => r.status)).toEqual([200, 400]);
    expect(replies[1]?.headers['x-amzn-errortype']).toBe('BadRequestException');
    expect(channelCount()).toBe(before + 1);
  });

  test('two pipelined requests followed by garbage are both answered, in order, before the 400', async () => {
    const replies = parseResponses(
      await sendRaw(server.port, [`${create('{"name":"one"}')}${create('{"name":"two"}')}\u0001\u0002\r\n\r\n`]),
    );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 400]);
    expect(replies.slice(0, 2).map((r) => (JSON.parse(r.body) as { channel: { name: string } }).channel.name)).toEqual([
      'one',
      'two',
    ]);
  });

  test('a Content-Length shorter than the body: the rest is read as the next request and refused', async () => {
    const body = '{"name":"short"}';
    const replies = parseResponses(
      await sendRaw(server.port, [`POST /CreateChannel HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n${body}`]),
    );
    expect(replies.map((r) => r.status)).toEqual([400, 400]);
    expect(replies.map((r) => r.headers['x-amzn-errortype'])).toEqual([
      'SerializationException',
      'BadRequestException',
    ]);
  });

  test('a Content-Length longer than the body with the connection left open is a 408 within the time limit', async () => {
    const before = channelCount();
    const replies = parseResponses(
      await sendRaw(server.port, ['POST /CreateChannel HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{}']),
    );
    expect(replies.map((r) => [r.status, r.headers['x-amzn-errortype']])).toEqual([[408, 'RequestTimeoutException']]);
    expect(channelCount()).toBe(before);
  });

  test('a Content-Length longer than the body, then a half-close, is a 400', async () => {
    const replies = parseResponses(
      await sendRaw(server.port, ['POST /CreateChannel HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{}'], true),
    );
    expect(replies.map((r) => r.status)).toEqual([400]);
  });

  test.each([
    [
      'two different Content-Lengths',
      'POST /CreateChannel HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
    ],
    [
      'Transfer-Encoding with Content-Length',
      'POST /CreateChannel HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n2\r\n{}\r\n0\r\n\r\n',
    ],
    ['a negative Content-Length', 'POST /CreateChannel HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n{}'],
    [
      'a Content-Length that is not a number',
      'POST /CreateChannel HTTP/1.1\r\nHost: x\r\nContent-Length: 1e3\r\n\r\n{}',
    ],
    ['random bytes', Buffer.from([0, 1, 2, 255, 254, 13, 10, 13, 10])],
    ['a header without a colon', 'POST /CreateChannel HTTP/1.1\r\nHost x\r\n\r\n'],
    ['an HTTP/1.1 request without Host', 'POST /CreateChannel HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}'],
    [
      'a control character in a header value',
      'POST /CreateChannel HTTP/1.1\r\nHost: x\r\nOrigin: a\u0001b\r\nContent-Length: 2\r\n\r\n{}',
    ],
  ] as const)('%s is a 400 in the AWS error format and creates nothing', async (_name, bytes) => {
    const before = channelCount();
    const replies = parseResponses(await sendRaw(server.port, [bytes]));
    expect(replies.map((r) => r.status)).toEqual([400]);
    expect(replies.map(awsStyleProblem)).toEqual([undefined]);
    expect(channelCount()).toBe(before);
  });

  test('an HTTP/1.0 request without Host is served', async () => {
    const replies = parseResponses(
      await sendRaw(server.port, ['POST /ListChannels HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}']),
    );
    expect(replies.map((r) => r.status)).toEqual([200]);
  });

  test('header values with obs-text bytes are read, and the answer stays AWS-style', async () => {
    const request = Buffer.from(
      'POST /ListChannels HTTP/1.1\r\nHost: x\r\nOrigin: \u00ff\u00fe\r\nContent-Type: \u00ff\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
      'latin1',
    );
    const replies = parseResponses(await sendRaw(server.port, [request]));
    expect(replies.map((r) => r.status)).toEqual([200]);
  });

  test('a body over the limit is a 413 and creates nothing, whether declared or chunked', async () => {
    const before = channelCount();
    const huge = JSON.stringify({ name: 'a', tags: { k: 'v'.repeat(limits.maxBodyBytes) } });
    const declared = await send(server.port, { method: 'POST', path: '/CreateChannel', body: huge });
    expect([declared.status, declared.headers['x-amzn-errortype']]).toEqual([413, 'RequestEntityTooLargeException']);
    const chunk = 'x'.repeat(1000);
    const chunked = parseResponses(
      await sendRaw(server.port, [
        `POST /CreateChannel HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n`,
        ...Array.from({ length: 6 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`),
        '0\r\n\r\n',
      ]),
    );
    expect(chunked.map((r) => r.status)).toEqual([413]);
    expect(channelCount()).toBe(before);
  });

  test('headers over the limit are a 431', async () => {
    const replies = parseResponses(
      await sendRaw(server.port, [
        `POST /CreateChannel HTTP/1.1\r\nHost: x\r\nX-Big: ${'h'.repeat(limits.maxHeaderBytes)}\r\nContent-Length: 2\r\n\r\n{}`,
      ]),
    );
    expect(replies.map((r) => [r.status, r.headers['x-amzn-errortype']])).toEqual([
      [431, 'RequestHeaderFieldsTooLargeException'],
    ]);
  });
});

describe('unusual but parseable requests', () => {
  test('an Expect other than 100-continue is an AWS-style 417 and creates nothing', async () => {
    const before = channelCount();
    const replies = parseResponses(
      await sendRaw(server.port, [
        'POST /CreateChannel HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nContent-Length: 2\r\n\r\n{}',
      ]),
    );
    expect(replies.map((r) => [r.status, r.headers['x-amzn-errortype']])).toEqual([
      [417, 'ExpectationFailedException'],
    ]);
    expect(replies.map(awsStyleProblem)).toEqual([undefined]);
    expect(channelCount()).toBe(before);
  });

  test('Expect: 100-continue gets a 100 and then the answer', async () => {
    const replies = parseResponses(
      await sendRaw(server.port, [
        'POST /ListChannels HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\n',
        50,
        '{}',
      ]),
    );
    expect(replies.map((r) => r.status)).toEqual([100, 200]);
  });

  test.each([
    [
      'an absolute-form target',
      'POST http://evil.example/ListChannels HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    ],
    ['an asterisk-form target', 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['an unknown method', 'PROPFIND /ListChannels HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['TRACE', 'TRACE /ListChannels HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    [
      'an Upgrade request',
      'POST /ListChannels HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade, close\r\nContent-Length: 2\r\n\r\n{}',
    ],
    ['the HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
    [
      'a bad chunk size',
      'POST /ListChannels HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
    ],
    [
      'two Host headers',
      'POST /ListChannels HTTP/1.1\r\nHost: x\r\nHost: y\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    ],
    ['a CONNECT tunnel', 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n'],
  ] as const)('%s is answered AWS-style, never with a 5xx', async (_name, bytes) => {
    const replies = parseResponses(await sendRaw(server.port, [bytes]));
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.map(awsStyleProblem)).toEqual(replies.map(() => undefined));
  });
});

describe('stalled and oversized requests do not hold the server up', () => {
  test('while slow clients trickle headers and bodies, other requests are answered at once', async () => {
    const stalled = [
      sendRaw(server.port, [
        'POST /CreateChannel HTTP/1.1\r\n',
        150,
        'Host: x\r\n',
        150,
        'X-A: b\r\n',
        150,
        'X-B: c\r\n',
      ]),
      sendRaw(server.port, [
        'POST /CreateChannel HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{',
        150,
        '"',
        150,
        'n',
        150,
        'a',
      ]),
      sendRaw(server.port, [
        `POST /CreateChannel HTTP/1.1\r\nHost: x\r\nContent-Length: ${limits.maxBodyBytes * 4}\r\n\r\n${'x'.repeat(1000)}`,
      ]),
    ];
    let answeredMeanwhile = 0;
    for (let i = 0; i < 10; i += 1) {
      const reply = await send(server.port, { method: 'POST', path: '/ListChannels', body: '{}' });
      if (reply.status === 200) answeredMeanwhile += 1;
    }
    const finished = await Promise.all(stalled);
    expect(answeredMeanwhile).toBe(10);
    expect(finished.map((text) => parseResponses(text).map((r) => r.status))).toEqual([[408], [408], [413]]);
  });

  test('a hundred connections stalled at once (silent, mid-headers, mid-body) all get a 408 while others are served', async () => {
    const stalls = [
      '',
      'POST /CreateChannel HTTP/1.1\r\nHo',
      'POST /CreateChannel HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\n{"na',
    ];
    const stalled = Array.from({ length: 100 }, (_, i) => sendRaw(server.port, [stalls[i % stalls.length] ?? '']));
    const before = channelCount();
    const served = await Promise.all(
      Array.from({ length: 20 }, () => send(server.port, { method: 'POST', path: '/ListChannels', body: '{}' })),
    );
    expect(served.map((r) => r.status)).toEqual(served.map(() => 200));
    const answers = (await Promise.all(stalled)).map((text) => parseResponses(text).map((r) => r.status));
    expect(answers).toEqual(answers.map(() => [408]));
    expect(channelCount()).toBe(before);
  });
});

describe('keep-alive', () => {
  test('idle connections are kept for a minute, so SDK agents reusing them after a pause are not reset', async () => {
    const replies = parseResponses(
      await sendRaw(server.port, [
        'POST /ListChannels HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}',
        'GET /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      ]),
    );
    expect(replies[0]?.headers['keep-alive']).toBe('timeout=60');
  });
});
