import { describe, expect, test } from 'vitest';
import { createHttpTarget } from '../../src/fuzz/index.js';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A fetch that records each request and answers with the given response. */
function recordingFetch(answer: () => Response) {
  const seen: Seen[] = [];
  const fetchFn = async (input: RequestInfo | URL): Promise<Response> => {
    const request = input as Request;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    seen.push({ method: request.method, url: request.url, headers, body: await request.text() });
    return answer();
  };
  return { seen, fetch: fetchFn as typeof fetch };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('createHttpTarget', () => {
  test('a body operation is a POST of its JSON body to /<Operation>', async () => {
    const { seen, fetch } = recordingFetch(() => json({ channel: {} }));
    await createHttpTarget({ endpoint: 'http://127.0.0.1:4566/', fetch }).send('CreateChannel', {
      name: 'a',
      type: 'BASIC',
    });
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'http://127.0.0.1:4566/CreateChannel',
        headers: expect.objectContaining({ 'content-type': 'application/json' }),
        body: '{"name":"a","type":"BASIC"}',
      },
    ]);
  });

  test('a label is percent-encoded into the path and a query list repeats its parameter', async () => {
    const { seen, fetch } = recordingFetch(() => json({}));
    const arn = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';
    await createHttpTarget({ endpoint: 'https://ivs.us-west-2.amazonaws.com', fetch }).send('UntagResource', {
      resourceArn: arn,
      tagKeys: ['a', 'b c'],
    });
    expect(seen[0]?.method).toBe('DELETE');
    expect(seen[0]?.url).toBe(
      'https://ivs.us-west-2.amazonaws.com/tags/arn%3Aaws%3Aivs%3Aus-west-2%3A123456789012%3Achannel%2FabcdABCDefgh?tagKeys=a&tagKeys=b%20c',
    );
  });

  test('the answer keeps status, lower-case headers, text and parsed JSON', async () => {
    const { fetch } = recordingFetch(() =>
      json({ exceptionMessage: 'no' }, 404, { 'X-Amzn-ErrorType': 'ResourceNotFoundException' }),
    );
    const response = await createHttpTarget({ endpoint: 'http://x', fetch }).send('GetChannel', { arn: 'arn' });
    expect(response).toMatchObject({
      status: 404,
      text: '{"exceptionMessage":"no"}',
      body: { exceptionMessage: 'no' },
    });
    expect(response.headers['x-amzn-errortype']).toBe('ResourceNotFoundException');
  });

  test.each([
    ['an empty body', ''],
    ['a body that is not JSON', '<html>'],
  ])('%s is read as text with an undefined body', async (_name, text) => {
    const { fetch } = recordingFetch(() =>
      text === '' ? new Response(null, { status: 204 }) : new Response(text, { status: 502 }),
    );
    const response = await createHttpTarget({ endpoint: 'http://x', fetch }).send('DeleteChannel', { arn: 'a' });
    expect([response.text, response.body]).toEqual([text, undefined]);
  });

  test('every request passes through the signer', async () => {
    const { seen, fetch } = recordingFetch(() => json({}));
    const sign = async (request: Request) => {
      const headers = new Headers(request.headers);
      headers.set('authorization', 'signed');
      return new Request(request, { headers });
    };
    await createHttpTarget({ endpoint: 'http://x', fetch, sign }).send('ListStreams', {});
    expect(seen[0]?.headers['authorization']).toBe('signed');
  });

  test('stream controls exist only when asked for, and post to the control routes', async () => {
    const { seen, fetch } = recordingFetch(() => json({}));
    expect(createHttpTarget({ endpoint: 'http://x', fetch }).streams).toBeUndefined();
    const target = createHttpTarget({ endpoint: 'http://x', fetch, streamControl: true });
    await target.streams?.start('arn:c', { health: 'STARVING', viewerCount: 3 });
    await target.streams?.stop('arn:c');
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', 'http://x/_ivs-contract/streams/start', '{"channelArn":"arn:c","health":"STARVING","viewerCount":3}'],
      ['POST', 'http://x/_ivs-contract/streams/stop', '{"channelArn":"arn:c"}'],
    ]);
  });

  test('the recording configuration state control exists only when asked for, and posts to its control route', async () => {
    const { seen, fetch } = recordingFetch(() => json({}));
    expect(
      createHttpTarget({ endpoint: 'http://x', fetch, streamControl: true }).recordingConfigurations,
    ).toBeUndefined();
    const target = createHttpTarget({ endpoint: 'http://x', fetch, recordingConfigurationControl: true });
    await target.recordingConfigurations?.setState('arn:r', 'CREATE_FAILED');
    expect(target.streams).toBeUndefined();
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', 'http://x/_ivs-contract/recording-configurations/state', '{"arn":"arn:r","state":"CREATE_FAILED"}'],
    ]);
  });

  test('a request slower than timeoutMs is aborted', async () => {
    const never = ((input: Request) =>
      new Promise<Response>((_resolve, reject) =>
        input.signal.addEventListener('abort', () => reject(input.signal.reason)),
      )) as unknown as typeof fetch;
    await expect(
      createHttpTarget({ endpoint: 'http://x', fetch: never, timeoutMs: 20 }).send('ListStreams', {}),
    ).rejects.toThrow(/abort|timeout/i);
  });
});
