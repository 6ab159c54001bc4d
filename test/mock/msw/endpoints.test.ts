import { IvsClient, ListChannelsCommand } from '@aws-sdk/client-ivs';
import { getResponse, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InvalidEndpointError } from '../../../src/mock/endpoints.js';
import { ivsHandlers } from '../../../src/mock/index.js';

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

describe('the handlers answer IVS endpoints only', () => {
  const handlers = ivsHandlers();

  test("an app's own API that reuses an IVS operation name is left alone", async () => {
    const request = new Request('https://api.myapp.test/api/v2/ListChannels', { method: 'POST', body: '{}' });
    expect(await getResponse(handlers, request)).toBeUndefined();
  });

  test("IVS Chat's tag route is left alone", async () => {
    const arn = encodeURIComponent('arn:aws:ivschat:us-west-2:123456789012:room/abcdABCD1234');
    const request = new Request(`https://ivschat.us-west-2.amazonaws.com/tags/${arn}`);
    expect(await getResponse(handlers, request)).toBeUndefined();
  });

  test.each([
    'https://ivs.us-west-2.amazonaws.com/ListChannels',
    'https://ivs-fips.us-east-1.amazonaws.com/ListChannels',
    'https://ivs.eu-west-1.api.aws/ListChannels',
    'https://ivs.cn-north-1.amazonaws.com.cn/ListChannels',
  ])('%s is answered', async (url) => {
    const response = await getResponse(handlers, new Request(url, { method: 'POST', body: '{}' }));
    expect(response?.status).toBe(200);
  });

  test('an unknown path on an IVS host still gets an AWS-style answer, never the network', async () => {
    const response = await getResponse(
      handlers,
      new Request('https://ivs.us-west-2.amazonaws.com/ListChannels', { method: 'GET' }),
    );
    expect(response?.status).toBe(405);
  });

  test('the store controls (controlRoutes) answer on any host, where the IVS operations do not', async () => {
    const withControls = ivsHandlers({ controlRoutes: true });
    const control = await getResponse(withControls, new Request('http://localhost:4566/_ivs-contract/snapshot'));
    expect(control?.status).toBe(200);
    const operation = new Request('http://localhost:4566/ListChannels', { method: 'POST', body: '{}' });
    expect(await getResponse(withControls, operation)).toBeUndefined();
  });

  test('a bad endpoints entry throws when the handlers are made', () => {
    expect(() => ivsHandlers({ endpoints: ['ftp://nope.test'] })).toThrow(InvalidEndpointError);
  });
});

describe('a named endpoint, LocalStack style, next to the app handlers', () => {
  const server = setupServer(
    ...ivsHandlers({ endpoints: ['http://localhost:4566'] }),
    http.post('https://api.myapp.test/api/v2/ListChannels', () => HttpResponse.json({ mine: true })),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  test('the SDK pointed at it is served', async () => {
    const ivs = new IvsClient({ region: 'us-west-2', credentials, endpoint: 'http://localhost:4566' });
    expect((await ivs.send(new ListChannelsCommand({}))).channels).toEqual([]);
  });

  test("the app's own ListChannels reaches the app's handler", async () => {
    const response = await fetch('https://api.myapp.test/api/v2/ListChannels', { method: 'POST', body: '{}' });
    expect(await response.json()).toEqual({ mine: true });
  });
});
