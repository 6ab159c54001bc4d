// The code of one example in src/mock/README.md, run as a test (test/readme/readme.test.ts keeps the two equal).
import { GetStreamCommand, IvsClient, ListChannelsCommand } from '@aws-sdk/client-ivs';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { createIvsStore, IvsStoreError, ivsHandlers } from '../../src/mock/index.js';

const store = createIvsStore({ seed: 42 });
const ivs = ivsHandlers({ store });
const server = setupServer(...ivs);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  ivs.reset();
});
afterAll(() => server.close());

const client = new IvsClient({ region: 'us-west-2', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });

test('seeded channels are there for the SDK, and one goes live by hand', async () => {
  // Seeding runs the CreateChannel operation itself, and returns what the service would.
  const { channel } = store.createChannel({ name: 'studio-a', latencyMode: 'NORMAL' });
  store.createChannel({ name: 'studio-b' });
  store.startStream(channel!.arn!, { viewerCount: 10 }); // there is no RTMPS ingest: go live by hand
  const { channels } = await client.send(new ListChannelsCommand({}));
  expect(channels?.map((summary) => summary.name)).toEqual(expect.arrayContaining(['studio-a', 'studio-b']));
  const { stream } = await client.send(new GetStreamCommand({ channelArn: channel!.arn! }));
  expect(stream?.viewerCount).toBe(10);
});

test('a control used wrongly throws; its try… form returns the failure instead', () => {
  const unknown = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCD0000';
  expect(() => store.startStream(unknown)).toThrow(IvsStoreError);
  expect(store.tryStartStream(unknown)).toMatchObject({ ok: false, error: { type: 'ResourceNotFoundException' } });
});
