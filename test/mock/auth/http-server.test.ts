import {
  CreateChannelCommand,
  IvsClient,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-ivs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mockServerOptions } from '../../../src/cli/mock.js';
import { createConformanceClient } from '../../../src/conformance/client.js';
import { startMockServer, type RunningMockServer } from '../../../src/mock/server.js';

let server: RunningMockServer;
const clients: IvsClient[] = [];

function sdk(secretAccessKey: string): IvsClient {
  const made = new IvsClient({
    endpoint: server.url,
    region: 'us-west-2',
    credentials: { accessKeyId: 'AKID', secretAccessKey },
    maxAttempts: 1,
  });
  clients.push(made);
  return made;
}

beforeAll(async () => {
  // The options exactly as `ivs-contract mock --auth --credentials AKID:SECRET` makes them.
  server = await startMockServer({
    ...mockServerOptions(['--port', '0', '--auth', '--credentials', 'AKID:SECRET'], {}),
    seed: 3,
  });
});

afterAll(async () => {
  for (const made of clients) made.destroy();
  await server?.close();
});

describe('the HTTP server with --auth', () => {
  test('the SDK signed with the right secret creates a channel and manages its tags', async () => {
    const ivs = sdk('SECRET');
    const arn = (await ivs.send(new CreateChannelCommand({ name: 'over-http' }))).channel?.arn ?? '';
    await ivs.send(new TagResourceCommand({ resourceArn: arn, tags: { keep: 'yes', drop: 'no', 'drop too': 'no' } }));
    await ivs.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['drop', 'drop too'] }));
    expect((await ivs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({ keep: 'yes' });
  });

  test('the SDK signed with a wrong secret gets InvalidSignatureException', async () => {
    await expect(sdk('WRONG').send(new CreateChannelCommand({ name: 'no' }))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      $metadata: { httpStatusCode: 403 },
    });
  });

  test('an unsigned request over HTTP gets 403 MissingAuthenticationTokenException', async () => {
    const response = await fetch(`${server.url}/ListChannels`, { method: 'POST', body: '{}' });
    expect([response.status, response.headers.get('x-amzn-errortype')]).toEqual([
      403,
      'MissingAuthenticationTokenException',
    ]);
  });

  test('the control routes answer without a signature', async () => {
    const response = await fetch(`${server.url}/_ivs-contract/snapshot`);
    expect(response.status).toBe(200);
  });

  test('the conformance client, given the right credentials, is served', async () => {
    const conformance = createConformanceClient({
      endpoint: server.url,
      region: 'us-west-2',
      timeoutMs: 10_000,
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
    });
    const exchange = await conformance.call('ListChannels', {});
    expect(exchange.response?.status).toBe(200);
    const tagged = await conformance.call('ListTagsForResource', {
      resourceArn: 'arn:aws:ivs:us-west-2:123456789012:channel/AAAAAAAAAAAA',
    });
    expect(tagged.response?.status).toBe(404);
  });

  test('the conformance client with its built-in loopback credentials is refused as an unknown key', async () => {
    const conformance = createConformanceClient({ endpoint: server.url, region: 'us-west-2', timeoutMs: 10_000 });
    const exchange = await conformance.call('ListChannels', {});
    expect([exchange.response?.status, exchange.response?.headers['x-amzn-errortype']]).toEqual([
      403,
      'UnrecognizedClientException',
    ]);
  });
});
