import {
  CreateChannelCommand,
  GetChannelCommand,
  IvsClient,
  ListChannelsCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-ivs';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createFaultController, createIvsStore, ivsHandlers } from '../../../src/mock/index.js';

const store = createIvsStore({ seed: 7 });
const faults = createFaultController([]);
const auth = {
  credentials: [
    { accessKeyId: 'AKIDSIGNED', secretAccessKey: 'right-secret' },
    { accessKeyId: 'AKIDOTHER', secretAccessKey: 'other-secret', accountId: '210987654321' },
  ],
};
const server = setupServer(...ivsHandlers({ store, faults, auth, controlRoutes: true }));
const clients: IvsClient[] = [];

function client(accessKeyId: string, secretAccessKey: string, systemClockOffset = 0): IvsClient {
  const made = new IvsClient({
    region: 'us-west-2',
    credentials: { accessKeyId, secretAccessKey },
    maxAttempts: 1,
    systemClockOffset,
  });
  clients.push(made);
  return made;
}

async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  store.reset();
  faults.clear();
});
afterAll(() => {
  for (const made of clients) made.destroy();
  server.close();
});

describe('ivsHandlers({ auth }) with @aws-sdk/client-ivs through setupServer', () => {
  test('a correctly signed client creates, reads, tags and untags (percent-encoded /tags/{arn}, repeated tagKeys)', async () => {
    const ivs = client('AKIDSIGNED', 'right-secret');
    const arn = (await ivs.send(new CreateChannelCommand({ name: 'signed' }))).channel?.arn ?? '';
    expect((await ivs.send(new GetChannelCommand({ arn }))).channel?.name).toBe('signed');
    await ivs.send(new TagResourceCommand({ resourceArn: arn, tags: { a: '1', b: '2', 'c d': '3' } }));
    await ivs.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['b', 'a'] }));
    expect((await ivs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({ 'c d': '3' });
  });

  test('a wrong secret is refused with 403 InvalidSignatureException', async () => {
    const error = await rejection(client('AKIDSIGNED', 'wrong-secret').send(new ListChannelsCommand({})));
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toMatch(/^The request signature we calculated does not match the signature you provided\./);
  });

  test('an unknown access key is refused with 403 UnrecognizedClientException', async () => {
    const error = await rejection(client('AKIDNOBODY', 'right-secret').send(new ListChannelsCommand({})));
    expect([error.name, error.$metadata.httpStatusCode, error.message]).toEqual([
      'UnrecognizedClientException',
      403,
      'The security token included in the request is invalid.',
    ]);
  });

  test('a client clock 10 minutes behind is refused with Signature expired', async () => {
    const error = await rejection(
      client('AKIDSIGNED', 'right-secret', -10 * 60 * 1000).send(new ListChannelsCommand({})),
    );
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than/);
  });

  test('a refused call changes no state', async () => {
    await rejection(client('AKIDSIGNED', 'wrong-secret').send(new CreateChannelCommand({ name: 'never' })));
    expect((await client('AKIDSIGNED', 'right-secret').send(new ListChannelsCommand({}))).channels).toEqual([]);
  });

  test('a credential with an accountId puts its callers in that account', async () => {
    const created = await client('AKIDOTHER', 'other-secret').send(new CreateChannelCommand({ name: 'other' }));
    expect(created.channel?.arn).toMatch(/^arn:aws:ivs:us-west-2:210987654321:channel\//);
  });
});

describe('ivsHandlers({ auth }) on the wire', () => {
  test('an unsigned request gets 403 MissingAuthenticationTokenException in the AWS error format', async () => {
    const response = await fetch('https://ivs.us-west-2.amazonaws.com/ListChannels', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-ErrorType')).toBe('MissingAuthenticationTokenException');
    expect(response.headers.get('x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({
      message: 'Missing Authentication Token',
      exceptionMessage: 'Missing Authentication Token',
    });
  });

  test('a malformed Authorization header gets 403 IncompleteSignatureException', async () => {
    const response = await fetch('https://ivs.us-west-2.amazonaws.com/ListChannels', {
      method: 'POST',
      body: '{}',
      headers: { authorization: 'AWS4-HMAC-SHA256 Credential=AKIDSIGNED/20261128/us-west-2/ivs/aws4_request' },
    });
    expect([response.status, response.headers.get('x-amzn-ErrorType')]).toEqual([403, 'IncompleteSignatureException']);
  });

  test('the control routes stay unauthenticated', async () => {
    const response = await fetch('https://ivs.us-west-2.amazonaws.com/_ivs-contract/snapshot');
    expect(response.status).toBe(200);
  });

  test('authentication comes before faults: a refused call does not use up a fault', async () => {
    faults.add({ operation: '*', error: 'ThrottlingException', times: 1 });
    await rejection(client('AKIDSIGNED', 'wrong-secret').send(new ListChannelsCommand({})));
    const error = await rejection(client('AKIDSIGNED', 'right-secret').send(new ListChannelsCommand({})));
    expect(error.name).toBe('ThrottlingException');
  });
});

describe('without auth (the default)', () => {
  test('unsigned requests are served, so drop-in use needs no credentials', async () => {
    const open = setupServer(...ivsHandlers());
    server.close();
    open.listen({ onUnhandledRequest: 'error' });
    try {
      const response = await fetch('https://ivs.us-west-2.amazonaws.com/ListChannels', { method: 'POST', body: '{}' });
      expect(response.status).toBe(200);
    } finally {
      open.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});
