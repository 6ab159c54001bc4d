import {
  CreateChannelCommand,
  DeleteChannelCommand,
  GetChannelCommand,
  ListChannelsCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  ValidationException,
  paginateListChannels,
} from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { useIvsWorker } from './worker-setup.js';

const { ivs } = useIvsWorker({ seed: 3 });

async function createChannel(name: string): Promise<string> {
  const created = await ivs.send(new CreateChannelCommand({ name }));
  return created.channel?.arn ?? '';
}

describe('the real @aws-sdk/client-ivs in Chromium against setupWorker(...ivsHandlers())', () => {
  test('CreateChannel returns the channel with its stream key', async () => {
    const created = await ivs.send(new CreateChannelCommand({ name: 'browser' }));
    expect(created.channel).toMatchObject({ name: 'browser', latencyMode: 'LOW', type: 'STANDARD' });
    expect(created.streamKey?.channelArn).toBe(created.channel?.arn);
  });

  test('GetChannel returns what CreateChannel made', async () => {
    const arn = await createChannel('fetched');
    expect((await ivs.send(new GetChannelCommand({ arn }))).channel).toMatchObject({ arn, name: 'fetched' });
  });

  test('ListChannels lists the channels', async () => {
    const arns = [await createChannel('one'), await createChannel('two')];
    const listed = await ivs.send(new ListChannelsCommand({}));
    expect((listed.channels ?? []).map((c) => c.arn).sort()).toEqual(arns.sort());
  });

  test('the ListChannels paginator collects every channel once across pages', async () => {
    const arns: string[] = [];
    for (let i = 0; i < 5; i += 1) arns.push(await createChannel(`page-${i}`));
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateListChannels({ client: ivs, pageSize: 2 }, {})) {
      pages += 1;
      seen.push(...(page.channels ?? []).map((c) => c.arn ?? ''));
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(arns.sort());
  });

  test('TagResource tags a channel (the ARN travels percent-encoded in the path)', async () => {
    const arn = await createChannel('tagged');
    await ivs.send(new TagResourceCommand({ resourceArn: arn, tags: { team: 'video' } }));
    expect((await ivs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({ team: 'video' });
  });

  test('DeleteChannel removes the channel', async () => {
    const arn = await createChannel('doomed');
    await ivs.send(new DeleteChannelCommand({ arn }));
    await expect(ivs.send(new GetChannelCommand({ arn }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  test('a constraint violation is a ValidationException whose message names the member', async () => {
    const error = await ivs.send(new CreateChannelCommand({ name: 'spaces are not allowed' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationException);
    expect((error as ValidationException).message).toMatch(/name/);
    expect((error as ValidationException).$metadata.httpStatusCode).toBe(400);
  });
});
