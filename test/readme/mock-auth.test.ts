// The code of one example in src/mock/README.md, run as a test (test/readme/readme.test.ts keeps the two equal).
import { IvsClient, ListChannelsCommand } from '@aws-sdk/client-ivs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ivsHandlers } from '../../src/mock/index.js';

const server = setupServer(
  ...ivsHandlers({ auth: { credentials: [{ accessKeyId: 'AKID', secretAccessKey: 'SECRET' }] } }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const clientWith = (secretAccessKey: string) =>
  new IvsClient({ region: 'us-west-2', credentials: { accessKeyId: 'AKID', secretAccessKey }, maxAttempts: 1 });

test('a request signed with the right secret is served, a wrong one gets 403', async () => {
  await expect(clientWith('SECRET').send(new ListChannelsCommand({}))).resolves.toMatchObject({ channels: [] });
  await expect(clientWith('WRONG').send(new ListChannelsCommand({}))).rejects.toMatchObject({
    name: 'InvalidSignatureException',
    $metadata: { httpStatusCode: 403 },
  });
});
