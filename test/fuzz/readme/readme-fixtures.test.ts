// The code of one example in src/fuzz/README.md, run as a test (test/fuzz/readme.test.ts keeps the two equal).
import { ListChannelsCommand, IvsClient } from '@aws-sdk/client-ivs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateFixtures } from '../../../src/fuzz/index.js';
import { createIvsStore, ivsHandlers } from '../../../src/mock/index.js';

const store = createIvsStore();
store.restore(generateFixtures({ seed: 42, channels: 25, liveStreams: 3 }));
const server = setupServer(...ivsHandlers({ store }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const ivs = new IvsClient({
  region: 'us-west-2',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
});

test('the channel list starts from the fixture account', async () => {
  const { channels } = await ivs.send(new ListChannelsCommand({}));
  expect(channels).toHaveLength(25);
});
