import * as sdk from '@aws-sdk/client-ivs';
import { CreateChannelCommand, type IvsClient, PutMetadataCommand } from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { errors, operations, operationNames } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import { createIvsStore, type FaultRule, ivsHandlers } from '../../src/mock/index.js';
import { rejection, useIvsMock } from './sdk-harness.js';

const mock = useIvsMock();

const unknownChannel = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';
const unknownKey = 'arn:aws:ivs:us-west-2:123456789012:stream-key/abcdABCDefgh';

/** Sends any operation by name through the SDK's own command class. */
function send(client: IvsClient, operation: OperationName, input: Record<string, unknown>): Promise<unknown> {
  const Command = (sdk as unknown as Record<string, new (input: unknown) => sdk.BatchGetChannelCommand>)[
    `${operation}Command`
  ];
  if (Command === undefined) throw new Error(`the SDK has no ${operation}Command`);
  return client.send(new Command(input));
}

async function channel(client: IvsClient, live = false) {
  const out = await client.send(new CreateChannelCommand({}));
  const arn = out.channel?.arn ?? '';
  if (live) mock.store.startStream(arn);
  return { arn, keyArn: out.streamKey?.arn ?? '' };
}

/** Makes an operation fail with an error that only faults can cause here. */
const injected = (operation: OperationName, error: string) => async (client: IvsClient) => {
  mock.faults.add({ operation, error, times: 1 } as FaultRule);
  return send(client, operation, {
    arn: unknownChannel,
    arns: [unknownChannel],
    channelArn: unknownChannel,
    resourceArn: unknownChannel,
    tags: {},
    tagKeys: ['a'],
    metadata: 'm',
  });
};

type Trigger = (client: IvsClient) => Promise<unknown>;

/** How each modeled error of each operation is caused: really wherever the emulator can, else by a fault. */
const triggers: Record<string, Trigger> = {
  'BatchGetChannel/ValidationException': (c) => send(c, 'BatchGetChannel', { arns: [] }),
  'BatchGetStreamKey/ValidationException': (c) => send(c, 'BatchGetStreamKey', { arns: [unknownChannel] }),
  'CreateChannel/AccessDeniedException': injected('CreateChannel', 'AccessDeniedException'),
  'CreateChannel/ServiceQuotaExceededException': async (c) => {
    const limited = createIvsStore({ seed: 1, limits: { channelsPerRegion: 1 } });
    mock.server.use(...ivsHandlers({ store: limited }));
    await send(c, 'CreateChannel', {});
    return send(c, 'CreateChannel', {});
  },
  'CreateChannel/ValidationException': (c) => send(c, 'CreateChannel', { name: 'has space' }),
  'CreateStreamKey/AccessDeniedException': injected('CreateStreamKey', 'AccessDeniedException'),
  'CreateStreamKey/ResourceNotFoundException': (c) => send(c, 'CreateStreamKey', { channelArn: unknownChannel }),
  'CreateStreamKey/ServiceQuotaExceededException': async (c) =>
    send(c, 'CreateStreamKey', { channelArn: (await channel(c)).arn }),
  'CreateStreamKey/ValidationException': (c) => send(c, 'CreateStreamKey', { channelArn: unknownKey }),
  'DeleteChannel/AccessDeniedException': injected('DeleteChannel', 'AccessDeniedException'),
  'DeleteChannel/ConflictException': async (c) => send(c, 'DeleteChannel', { arn: (await channel(c, true)).arn }),
  'DeleteChannel/ResourceNotFoundException': (c) => send(c, 'DeleteChannel', { arn: unknownChannel }),
  'DeleteChannel/ValidationException': (c) =>
    send(c, 'DeleteChannel', { arn: 'arn:aws:ivs:us-west-2:123456789012:channel/' }),
  'DeleteStreamKey/AccessDeniedException': injected('DeleteStreamKey', 'AccessDeniedException'),
  'DeleteStreamKey/ResourceNotFoundException': (c) => send(c, 'DeleteStreamKey', { arn: unknownKey }),
  'DeleteStreamKey/ValidationException': (c) => send(c, 'DeleteStreamKey', { arn: unknownChannel }),
  'GetChannel/AccessDeniedException': injected('GetChannel', 'AccessDeniedException'),
  'GetChannel/ResourceNotFoundException': (c) => send(c, 'GetChannel', { arn: unknownChannel }),
  'GetChannel/ValidationException': (c) => send(c, 'GetChannel', { arn: `${unknownChannel}${'x'.repeat(80)}` }),
  'GetStream/AccessDeniedException': injected('GetStream', 'AccessDeniedException'),
  'GetStream/ChannelNotBroadcasting': async (c) => send(c, 'GetStream', { channelArn: (await channel(c)).arn }),
  'GetStream/ResourceNotFoundException': (c) => send(c, 'GetStream', { channelArn: unknownChannel }),
  'GetStream/ValidationException': (c) => send(c, 'GetStream', { channelArn: 'channel' }),
  'GetStreamKey/AccessDeniedException': injected('GetStreamKey', 'AccessDeniedException'),
  'GetStreamKey/ResourceNotFoundException': (c) => send(c, 'GetStreamKey', { arn: unknownKey }),
  'GetStreamKey/ValidationException': (c) => send(c, 'GetStreamKey', { arn: '' }),
  'ListChannels/AccessDeniedException': injected('ListChannels', 'AccessDeniedException'),
  'ListChannels/ValidationException': (c) => send(c, 'ListChannels', { maxResults: 51 }),
  'ListStreamKeys/AccessDeniedException': injected('ListStreamKeys', 'AccessDeniedException'),
  'ListStreamKeys/ResourceNotFoundException': (c) => send(c, 'ListStreamKeys', { channelArn: unknownChannel }),
  'ListStreamKeys/ValidationException': async (c) =>
    send(c, 'ListStreamKeys', { channelArn: (await channel(c)).arn, maxResults: 0 }),
  'ListStreams/AccessDeniedException': injected('ListStreams', 'AccessDeniedException'),
  'ListStreams/ValidationException': (c) => send(c, 'ListStreams', { nextToken: 'garbage!' }),
  'ListTagsForResource/InternalServerException': injected('ListTagsForResource', 'InternalServerException'),
  'ListTagsForResource/ResourceNotFoundException': (c) => send(c, 'ListTagsForResource', { resourceArn: unknownKey }),
  'ListTagsForResource/ValidationException': (c) =>
    send(c, 'ListTagsForResource', { resourceArn: `arn:${'x'.repeat(128)}` }),
  'PutMetadata/AccessDeniedException': injected('PutMetadata', 'AccessDeniedException'),
  'PutMetadata/ChannelNotBroadcasting': async (c) =>
    send(c, 'PutMetadata', { channelArn: (await channel(c)).arn, metadata: 'm' }),
  'PutMetadata/ResourceNotFoundException': (c) => send(c, 'PutMetadata', { channelArn: unknownChannel, metadata: 'm' }),
  'PutMetadata/ThrottlingException': async (c) => {
    const { arn } = await channel(c, true);
    for (let i = 0; i < 5; i += 1) await c.send(new PutMetadataCommand({ channelArn: arn, metadata: `${i}` }));
    return send(c, 'PutMetadata', { channelArn: arn, metadata: 'one too many' });
  },
  'PutMetadata/ValidationException': async (c) =>
    send(c, 'PutMetadata', { channelArn: (await channel(c, true)).arn, metadata: 'é'.repeat(513) }),
  'StopStream/AccessDeniedException': injected('StopStream', 'AccessDeniedException'),
  'StopStream/ChannelNotBroadcasting': async (c) => send(c, 'StopStream', { channelArn: (await channel(c)).arn }),
  'StopStream/ResourceNotFoundException': (c) => send(c, 'StopStream', { channelArn: unknownChannel }),
  'StopStream/StreamUnavailable': injected('StopStream', 'StreamUnavailable'),
  'StopStream/ValidationException': (c) => send(c, 'StopStream', { channelArn: unknownKey }),
  'TagResource/InternalServerException': injected('TagResource', 'InternalServerException'),
  'TagResource/ResourceNotFoundException': (c) =>
    send(c, 'TagResource', { resourceArn: unknownChannel, tags: { a: 'b' } }),
  'TagResource/ValidationException': async (c) =>
    send(c, 'TagResource', { resourceArn: (await channel(c)).arn, tags: { k: 'v'.repeat(257) } }),
  'UntagResource/InternalServerException': injected('UntagResource', 'InternalServerException'),
  'UntagResource/ResourceNotFoundException': (c) =>
    send(c, 'UntagResource', { resourceArn: unknownKey, tagKeys: ['a'] }),
  'UntagResource/ValidationException': async (c) =>
    send(c, 'UntagResource', { resourceArn: (await channel(c)).arn, tagKeys: ['k'.repeat(129)] }),
  'UpdateChannel/AccessDeniedException': injected('UpdateChannel', 'AccessDeniedException'),
  'UpdateChannel/ConflictException': async (c) =>
    send(c, 'UpdateChannel', { arn: (await channel(c, true)).arn, name: 'x' }),
  'UpdateChannel/ResourceNotFoundException': (c) => send(c, 'UpdateChannel', { arn: unknownChannel, name: 'x' }),
  'UpdateChannel/ValidationException': async (c) =>
    send(c, 'UpdateChannel', { arn: (await channel(c)).arn, latencyMode: 'ULTRA' }),
};

const modeled = operationNames.flatMap((name) => operations[name].errors.map((error) => `${name}/${error.name}`));

describe('every modeled error of every operation reaches the SDK as its typed exception', () => {
  test('there is a trigger for exactly the errors the model lists', () => {
    expect(Object.keys(triggers).sort()).toEqual([...modeled].sort());
  });

  test.each(modeled)('%s', async (pair) => {
    const [, errorName = ''] = pair.split('/');
    const trigger = triggers[pair];
    if (trigger === undefined) throw new Error(`no trigger for ${pair}`);
    const error = await rejection(trigger(mock.client({ maxAttempts: 1 })));
    const spec = errors[errorName as keyof typeof errors];
    expect(error.name).toBe(errorName);
    expect(error).toBeInstanceOf((sdk as unknown as Record<string, new () => Error>)[errorName]);
    expect(error.$metadata.httpStatusCode).toBe(spec.status);
    expect(error.$fault).toBe(spec.fault);
    expect(error.message).not.toBe('');
    expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
