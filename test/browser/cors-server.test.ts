import {
  CreateChannelCommand,
  GetChannelCommand,
  IvsClient,
  ListChannelsCommand,
  ResourceNotFoundException,
  TagResourceCommand,
} from '@aws-sdk/client-ivs';
import { afterAll, describe, expect, inject, test } from 'vitest';

// A different origin than the page's, so Chromium enforces CORS: a preflight for every signed call,
// and only exposed headers readable by the SDK.
const endpoint = inject('mockServerUrl');
const ivs = new IvsClient({
  endpoint,
  region: 'eu-west-1',
  credentials: { accessKeyId: 'browser', secretAccessKey: 'test' },
  maxAttempts: 1,
});

afterAll(() => ivs.destroy());

describe('the real @aws-sdk/client-ivs in Chromium calling the ivs-contract mock HTTP server across origins', () => {
  test('the server is on another origin than the page', () => {
    expect(new URL(endpoint).origin).not.toBe(window.location.origin);
  });

  test('a signed call passes the CORS preflight and gets its result', async () => {
    const created = await ivs.send(new CreateChannelCommand({ name: 'cross-origin' }));
    expect(created.channel?.arn).toMatch(/^arn:aws:ivs:eu-west-1:123456789012:channel\//);
    const got = await ivs.send(new GetChannelCommand({ arn: created.channel?.arn ?? '' }));
    expect(got.channel?.name).toBe('cross-origin');
  });

  test('the SDK reads the request id, which only an exposed header lets it see', async () => {
    const listed = await ivs.send(new ListChannelsCommand({}));
    expect(listed.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a tag call to /tags/{arn} passes the preflight too', async () => {
    const created = await ivs.send(new CreateChannelCommand({ name: 'tagged' }));
    await expect(
      ivs.send(new TagResourceCommand({ resourceArn: created.channel?.arn ?? '', tags: { k: 'v' } })),
    ).resolves.toBeDefined();
  });

  test('an error is recognised as the modeled exception (the error type header is exposed)', async () => {
    const missing = 'arn:aws:ivs:eu-west-1:123456789012:channel/AAAAAAAAAAAA';
    await expect(ivs.send(new GetChannelCommand({ arn: missing }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});
