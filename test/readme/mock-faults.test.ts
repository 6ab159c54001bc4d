// The code of one example in src/mock/README.md, run as a test (test/readme/readme.test.ts keeps the two equal).
import { CreateChannelCommand, IvsClient, PutMetadataCommand } from '@aws-sdk/client-ivs';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { ivsHandlers } from '../../src/mock/index.js';

const ivs = ivsHandlers(); // ivs.store and ivs.faults are the state and faults it serves
const server = setupServer(...ivs);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  ivs.reset(); // empties the store and puts the faults back to those given to ivsHandlers()
});
afterAll(() => server.close());

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const client = new IvsClient({ region: 'us-west-2', credentials }); // the SDK's default: 3 attempts
const noRetries = new IvsClient({ region: 'us-west-2', credentials, maxAttempts: 1 });

async function liveChannel(): Promise<string> {
  const { channel } = await client.send(new CreateChannelCommand({ name: 'studio' }));
  ivs.store.startStream(channel!.arn!);
  return channel!.arn!;
}

test('a throttle with times: 1 is hidden by the SDK, which retries and succeeds', async () => {
  const channelArn = await liveChannel();
  ivs.faults.add({ operation: 'PutMetadata', error: 'ThrottlingException', times: 1 });
  const out = await client.send(new PutMetadataCommand({ channelArn, metadata: 'hello' }));
  expect(out.$metadata.attempts).toBe(2);
});

test('a client with maxAttempts: 1 sees the throttle', async () => {
  const channelArn = await liveChannel();
  ivs.faults.add({ operation: 'PutMetadata', error: 'ThrottlingException', times: 1 });
  await expect(noRetries.send(new PutMetadataCommand({ channelArn, metadata: 'hello' }))).rejects.toMatchObject({
    name: 'ThrottlingException',
    $metadata: { httpStatusCode: 429 },
  });
});

test('times at least maxAttempts outlasts the retries', async () => {
  const channelArn = await liveChannel();
  ivs.faults.add({ operation: 'PutMetadata', error: 'ThrottlingException', times: 3 });
  await expect(client.send(new PutMetadataCommand({ channelArn, metadata: 'hello' }))).rejects.toMatchObject({
    name: 'ThrottlingException',
    $metadata: { attempts: 3 },
  });
});
