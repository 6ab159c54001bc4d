// The code of one example in README.md, run as a test (test/readme/readme.test.ts keeps the two equal).
import { CreateChannelCommand, IvsClient, paginateListChannels } from '@aws-sdk/client-ivs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createIvsStore, ivsHandlers } from '../../src/mock/index.js';

const store = createIvsStore({ seed: 42 }); // optional: shared, inspectable state
const server = setupServer(...ivsHandlers({ store }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// Any region; the SDK needs some credentials (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), never real ones.
const ivs = new IvsClient({ region: 'us-west-2', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });

test('a channel made through the SDK goes live and is listed', async () => {
  const { channel } = await ivs.send(new CreateChannelCommand({ name: 'studio-a' }));
  store.startStream(channel!.arn!, { viewerCount: 12 }); // no RTMPS here: go live by hand
  const names: string[] = [];
  for await (const page of paginateListChannels({ client: ivs }, {})) {
    names.push(...(page.channels ?? []).map((summary) => summary.name ?? ''));
  }
  expect(names).toEqual(['studio-a']);
});
