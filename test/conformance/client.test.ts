import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createConformanceClient, isLoopback } from '../../src/conformance/client.js';
import { startServer } from './support/servers.js';

let seen: { method: string; url: string; headers: Record<string, string | string[] | undefined>; body: string }[] = [];
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      if (request.url === '/hang') return;
      if (request.url === '/big') return void response.end('x'.repeat(10_000));
      response.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'ResourceNotFoundException' });
      response.end('{"exceptionMessage":"nope"}');
    });
  });
});

afterAll(() => server.close());

const client = () => createConformanceClient({ endpoint: server.url, region: 'eu-west-1', timeoutMs: 300 });

describe('isLoopback', () => {
  test.each([
    ['http://127.0.0.1:4566', true],
    ['http://localhost:1', true],
    ['http://[::1]:8080', true],
    ['https://ivs.us-west-2.amazonaws.com', false],
    ['http://10.0.0.1', false],
  ])('%s', (url, want) => {
    expect(isLoopback(new URL(url))).toBe(want);
  });
});

describe('createConformanceClient', () => {
  test('signs requests with SigV4 for the ivs service and the given region', async () => {
    seen = [];
    await client().call('GetChannel', { arn: 'arn:aws:ivs:eu-west-1:123456789012:channel/abc' });
    expect(seen[0]?.headers['authorization']).toMatch(
      /^AWS4-HMAC-SHA256 Credential=\w+\/\d{8}\/eu-west-1\/ivs\/aws4_request, SignedHeaders=[^,]*host/,
    );
    expect(seen[0]?.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
  });

  test('serializes the input as restJson1, labels percent-encoded', async () => {
    seen = [];
    await client().call('UntagResource', {
      resourceArn: 'arn:aws:ivs:eu-west-1:123456789012:channel/abc',
      tagKeys: ['a', 'b c'],
    });
    expect(seen[0]).toMatchObject({
      method: 'DELETE',
      url: '/tags/arn%3Aaws%3Aivs%3Aeu-west-1%3A123456789012%3Achannel%2Fabc?tagKeys=a&tagKeys=b%20c',
    });
  });

  test('keeps the exchange as evidence, without the signature', async () => {
    const exchange = await client().call('GetChannel', { arn: 'x' });
    expect(exchange).toMatchObject({
      operation: 'GetChannel',
      request: { method: 'POST', path: '/GetChannel', body: '{"arn":"x"}', contentType: 'application/json' },
      response: { status: 404, headers: { 'x-amzn-errortype': 'ResourceNotFoundException' } },
      json: { exceptionMessage: 'nope' },
      transportError: null,
    });
    expect(JSON.stringify(exchange)).not.toMatch(/AWS4-HMAC-SHA256/);
  });

  test('a request that gets no answer in time ends with a transport error', async () => {
    const exchange = await client().raw({ method: 'GET', path: '/hang' });
    expect(exchange.response).toBeNull();
    expect(exchange.transportError).toBe('no answer within 300 ms');
  });

  test('long bodies are cut in the evidence but parsed whole', async () => {
    const exchange = await client().raw({ method: 'GET', path: '/big' });
    expect(exchange.response?.body.length).toBeLessThan(5000);
    expect(exchange.response?.body).toMatch(/… \(10000 characters\)$/);
  });

  test('the target form sends through the same signed, recorded path', async () => {
    seen = [];
    const recorded: string[] = [];
    const recording = createConformanceClient({
      endpoint: server.url,
      region: 'eu-west-1',
      timeoutMs: 300,
      onExchange: (e) => recorded.push(`${e.operation} ${e.response?.status}`),
    });
    const response = await recording.target().send('GetChannel', { arn: 'x' });
    expect(response.status).toBe(404);
    expect(recorded).toEqual(['GetChannel 404']);
    expect(seen[0]?.headers['authorization']).toBeDefined();
  });
});
