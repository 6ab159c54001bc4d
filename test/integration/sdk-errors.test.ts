import * as sdk from '@aws-sdk/client-ivs';
import { CreateChannelCommand, type IvsClient, PutMetadataCommand } from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { errors, operations, operationNames } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import { createIvsStore, type FaultRule, ivsHandlers, type IvsStoreOptions } from '../../src/mock/index.js';
import { mediaTailorArn, publicKeyPem } from '../mock/public-keys.js';
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

const unknownRecording = 'arn:aws:ivs:us-west-2:123456789012:recording-configuration/abcdABCDefgh';
const unknownPolicy = 'arn:aws:ivs:us-west-2:123456789012:playback-restriction-policy/abcdABCDefgh';
const unknownAd = 'arn:aws:ivs:us-west-2:123456789012:ad-configuration/abcdABCDefgh';
const unknownKeyPair = 'arn:aws:ivs:us-west-2:123456789012:playback-key/abcdABCDefgh';
const adInput = { mediaTailorPlaybackConfigurations: [{ playbackConfigurationArn: mediaTailorArn }] };
const recordingInput = { destinationConfiguration: { s3: { bucketName: 'recordings' } } };

/** The ARN of a new resource made through the SDK. */
async function created(client: IvsClient, operation: OperationName, member: string, input: Record<string, unknown>) {
  const out = (await send(client, operation, input)) as Record<string, { arn?: string }>;
  return out[member]?.arn ?? '';
}

/** A store with tight quotas, serving the rest of the test. */
function limitedTo(limits: IvsStoreOptions['limits']) {
  mock.server.use(...ivsHandlers({ store: createIvsStore({ seed: 1, ...(limits === undefined ? {} : { limits }) }) }));
}

/**
 * The errors only a fault can cause here: access and verification refusals, server-side
 * failures, throttling (but PutMetadata's), and conflicts the documentation does not explain.
 */
const faultOnly = [
  'BatchGetChannel/ServiceUnavailable',
  'BatchGetStreamKey/ServiceUnavailable',
  'BatchStartViewerSessionRevocation/AccessDeniedException',
  'BatchStartViewerSessionRevocation/PendingVerification',
  'BatchStartViewerSessionRevocation/ThrottlingException',
  'CreateAdConfiguration/AccessDeniedException',
  'CreateAdConfiguration/ConflictException',
  'CreateAdConfiguration/InternalServerException',
  'CreateAdConfiguration/PendingVerification',
  'CreateAdConfiguration/ResourceNotFoundException',
  'CreateAdConfiguration/ThrottlingException',
  'CreateChannel/PendingVerification',
  'CreatePlaybackRestrictionPolicy/AccessDeniedException',
  'CreatePlaybackRestrictionPolicy/PendingVerification',
  'CreatePlaybackRestrictionPolicy/ThrottlingException',
  'CreateRecordingConfiguration/AccessDeniedException',
  'CreateRecordingConfiguration/ConflictException',
  'CreateRecordingConfiguration/InternalServerException',
  'CreateRecordingConfiguration/PendingVerification',
  'CreateStreamKey/PendingVerification',
  'DeleteAdConfiguration/AccessDeniedException',
  'DeleteAdConfiguration/InternalServerException',
  'DeleteChannel/PendingVerification',
  'DeletePlaybackKeyPair/AccessDeniedException',
  'DeletePlaybackKeyPair/PendingVerification',
  'DeletePlaybackRestrictionPolicy/AccessDeniedException',
  'DeletePlaybackRestrictionPolicy/PendingVerification',
  'DeleteRecordingConfiguration/AccessDeniedException',
  'DeleteRecordingConfiguration/InternalServerException',
  'DeleteStreamKey/PendingVerification',
  'GetAdConfiguration/AccessDeniedException',
  'GetAdConfiguration/InternalServerException',
  'GetPlaybackKeyPair/AccessDeniedException',
  'GetPlaybackRestrictionPolicy/AccessDeniedException',
  'GetPlaybackRestrictionPolicy/PendingVerification',
  'GetRecordingConfiguration/AccessDeniedException',
  'GetRecordingConfiguration/InternalServerException',
  'GetStreamSession/AccessDeniedException',
  'ImportPlaybackKeyPair/AccessDeniedException',
  'ImportPlaybackKeyPair/PendingVerification',
  'InsertAdBreak/AccessDeniedException',
  'InsertAdBreak/InternalServerException',
  'InsertAdBreak/ThrottlingException',
  'ListAdConfigurations/AccessDeniedException',
  'ListAdConfigurations/InternalServerException',
  'ListPlaybackKeyPairs/AccessDeniedException',
  'ListPlaybackRestrictionPolicies/AccessDeniedException',
  'ListPlaybackRestrictionPolicies/ConflictException',
  'ListPlaybackRestrictionPolicies/PendingVerification',
  'ListRecordingConfigurations/AccessDeniedException',
  'ListRecordingConfigurations/InternalServerException',
  'ListStreamSessions/AccessDeniedException',
  'StartViewerSessionRevocation/AccessDeniedException',
  'StartViewerSessionRevocation/InternalServerException',
  'StartViewerSessionRevocation/PendingVerification',
  'StartViewerSessionRevocation/ThrottlingException',
  'UpdateAdConfiguration/AccessDeniedException',
  'UpdateAdConfiguration/ConflictException',
  'UpdateAdConfiguration/InternalServerException',
  'UpdateAdConfiguration/PendingVerification',
  'UpdateAdConfiguration/ServiceQuotaExceededException',
  'UpdateAdConfiguration/ThrottlingException',
  'UpdateChannel/PendingVerification',
  'UpdatePlaybackRestrictionPolicy/AccessDeniedException',
  'UpdatePlaybackRestrictionPolicy/ConflictException',
  'UpdatePlaybackRestrictionPolicy/PendingVerification',
] as const;

/** The errors of today's resources that the emulator really produces. */
const stateTriggers: Record<string, Trigger> = {
  'BatchStartViewerSessionRevocation/ValidationException': (c) =>
    send(c, 'BatchStartViewerSessionRevocation', { viewerSessions: [] }),
  'CreateAdConfiguration/ServiceQuotaExceededException': async (c) => {
    limitedTo({ adConfigurationsPerRegion: 1 });
    await send(c, 'CreateAdConfiguration', adInput);
    return send(c, 'CreateAdConfiguration', adInput);
  },
  'CreateAdConfiguration/ValidationException': (c) =>
    send(c, 'CreateAdConfiguration', { mediaTailorPlaybackConfigurations: [{ playbackConfigurationArn: 'nope' }] }),
  'CreateChannel/ResourceNotFoundException': (c) =>
    send(c, 'CreateChannel', { recordingConfigurationArn: unknownRecording }),
  'CreatePlaybackRestrictionPolicy/ServiceQuotaExceededException': async (c) => {
    limitedTo({ playbackRestrictionPoliciesPerRegion: 1 });
    await send(c, 'CreatePlaybackRestrictionPolicy', {});
    return send(c, 'CreatePlaybackRestrictionPolicy', {});
  },
  'CreatePlaybackRestrictionPolicy/ValidationException': (c) =>
    send(c, 'CreatePlaybackRestrictionPolicy', { allowedCountries: ['usa'] }),
  'CreateRecordingConfiguration/ServiceQuotaExceededException': async (c) => {
    limitedTo({ recordingConfigurationsPerRegion: 1 });
    await send(c, 'CreateRecordingConfiguration', recordingInput);
    return send(c, 'CreateRecordingConfiguration', recordingInput);
  },
  'CreateRecordingConfiguration/ValidationException': (c) =>
    send(c, 'CreateRecordingConfiguration', { destinationConfiguration: { s3: { bucketName: 'UPPER' } } }),
  'DeleteAdConfiguration/ConflictException': async (c) => {
    const adConfigurationArn = await created(c, 'CreateAdConfiguration', 'adConfiguration', adInput);
    await send(c, 'CreateChannel', { adConfigurationArn });
    return send(c, 'DeleteAdConfiguration', { arn: adConfigurationArn });
  },
  'DeleteAdConfiguration/ResourceNotFoundException': (c) => send(c, 'DeleteAdConfiguration', { arn: unknownAd }),
  'DeleteAdConfiguration/ValidationException': (c) => send(c, 'DeleteAdConfiguration', { arn: unknownChannel }),
  'DeletePlaybackKeyPair/ResourceNotFoundException': (c) => send(c, 'DeletePlaybackKeyPair', { arn: unknownKeyPair }),
  'DeletePlaybackKeyPair/ValidationException': (c) => send(c, 'DeletePlaybackKeyPair', { arn: unknownChannel }),
  'DeletePlaybackRestrictionPolicy/ConflictException': async (c) => {
    const playbackRestrictionPolicyArn = await created(
      c,
      'CreatePlaybackRestrictionPolicy',
      'playbackRestrictionPolicy',
      {},
    );
    await send(c, 'CreateChannel', { playbackRestrictionPolicyArn });
    return send(c, 'DeletePlaybackRestrictionPolicy', { arn: playbackRestrictionPolicyArn });
  },
  'DeletePlaybackRestrictionPolicy/ResourceNotFoundException': (c) =>
    send(c, 'DeletePlaybackRestrictionPolicy', { arn: unknownPolicy }),
  'DeletePlaybackRestrictionPolicy/ValidationException': (c) =>
    send(c, 'DeletePlaybackRestrictionPolicy', { arn: unknownChannel }),
  'DeleteRecordingConfiguration/ConflictException': async (c) => {
    const recordingConfigurationArn = await created(
      c,
      'CreateRecordingConfiguration',
      'recordingConfiguration',
      recordingInput,
    );
    await send(c, 'CreateChannel', { recordingConfigurationArn });
    return send(c, 'DeleteRecordingConfiguration', { arn: recordingConfigurationArn });
  },
  'DeleteRecordingConfiguration/ResourceNotFoundException': (c) =>
    send(c, 'DeleteRecordingConfiguration', { arn: unknownRecording }),
  'DeleteRecordingConfiguration/ValidationException': (c) =>
    send(c, 'DeleteRecordingConfiguration', { arn: unknownChannel }),
  'GetAdConfiguration/ResourceNotFoundException': (c) => send(c, 'GetAdConfiguration', { arn: unknownAd }),
  'GetAdConfiguration/ValidationException': (c) => send(c, 'GetAdConfiguration', { arn: unknownKey }),
  'GetPlaybackKeyPair/ResourceNotFoundException': (c) => send(c, 'GetPlaybackKeyPair', { arn: unknownKeyPair }),
  'GetPlaybackKeyPair/ValidationException': (c) => send(c, 'GetPlaybackKeyPair', { arn: unknownKey }),
  'GetPlaybackRestrictionPolicy/ResourceNotFoundException': (c) =>
    send(c, 'GetPlaybackRestrictionPolicy', { arn: unknownPolicy }),
  'GetPlaybackRestrictionPolicy/ValidationException': (c) =>
    send(c, 'GetPlaybackRestrictionPolicy', { arn: unknownKey }),
  'GetRecordingConfiguration/ResourceNotFoundException': (c) =>
    send(c, 'GetRecordingConfiguration', { arn: unknownRecording }),
  'GetRecordingConfiguration/ValidationException': (c) => send(c, 'GetRecordingConfiguration', { arn: unknownKey }),
  'GetStreamSession/ResourceNotFoundException': async (c) =>
    send(c, 'GetStreamSession', { channelArn: (await channel(c)).arn }),
  'GetStreamSession/ValidationException': async (c) =>
    send(c, 'GetStreamSession', { channelArn: (await channel(c)).arn, streamId: 'st-short' }),
  'ImportPlaybackKeyPair/ConflictException': async (c) => {
    const publicKeyMaterial = publicKeyPem();
    await send(c, 'ImportPlaybackKeyPair', { publicKeyMaterial });
    return send(c, 'ImportPlaybackKeyPair', { publicKeyMaterial });
  },
  'ImportPlaybackKeyPair/ServiceQuotaExceededException': async (c) => {
    limitedTo({ playbackKeyPairsPerRegion: 1 });
    await send(c, 'ImportPlaybackKeyPair', { publicKeyMaterial: publicKeyPem() });
    return send(c, 'ImportPlaybackKeyPair', { publicKeyMaterial: publicKeyPem() });
  },
  'ImportPlaybackKeyPair/ValidationException': (c) =>
    send(c, 'ImportPlaybackKeyPair', { publicKeyMaterial: publicKeyPem('prime256v1') }),
  'InsertAdBreak/ChannelNotBroadcasting': async (c) => {
    const adConfigurationArn = await created(c, 'CreateAdConfiguration', 'adConfiguration', adInput);
    const channelArn = await created(c, 'CreateChannel', 'channel', { adConfigurationArn });
    return send(c, 'InsertAdBreak', { channelArn, durationSeconds: 30 });
  },
  'InsertAdBreak/ConflictException': async (c) =>
    send(c, 'InsertAdBreak', { channelArn: (await channel(c, true)).arn, durationSeconds: 30 }),
  'InsertAdBreak/ResourceNotFoundException': (c) =>
    send(c, 'InsertAdBreak', { channelArn: unknownChannel, durationSeconds: 30 }),
  'InsertAdBreak/ValidationException': async (c) =>
    send(c, 'InsertAdBreak', { channelArn: (await channel(c, true)).arn, durationSeconds: 0 }),
  'ListAdConfigurations/ValidationException': (c) => send(c, 'ListAdConfigurations', { maxResults: 101 }),
  'ListChannels/ConflictException': (c) =>
    send(c, 'ListChannels', { filterByName: 'a', filterByRecordingConfigurationArn: unknownRecording }),
  'ListPlaybackKeyPairs/ValidationException': (c) => send(c, 'ListPlaybackKeyPairs', { nextToken: 'garbage!' }),
  'ListPlaybackRestrictionPolicies/ValidationException': (c) =>
    send(c, 'ListPlaybackRestrictionPolicies', { maxResults: 0 }),
  'ListRecordingConfigurations/ValidationException': (c) => send(c, 'ListRecordingConfigurations', { maxResults: 0 }),
  'ListStreamSessions/ResourceNotFoundException': (c) => send(c, 'ListStreamSessions', { channelArn: unknownChannel }),
  'ListStreamSessions/ValidationException': (c) => send(c, 'ListStreamSessions', { channelArn: unknownKey }),
  'StartViewerSessionRevocation/ResourceNotFoundException': (c) =>
    send(c, 'StartViewerSessionRevocation', { channelArn: unknownChannel, viewerId: 'v' }),
  'StartViewerSessionRevocation/ValidationException': async (c) =>
    send(c, 'StartViewerSessionRevocation', { channelArn: (await channel(c)).arn, viewerId: '' }),
  'UpdateAdConfiguration/ResourceNotFoundException': (c) => send(c, 'UpdateAdConfiguration', { arn: unknownAd }),
  'UpdateAdConfiguration/ValidationException': async (c) =>
    send(c, 'UpdateAdConfiguration', {
      arn: await created(c, 'CreateAdConfiguration', 'adConfiguration', adInput),
      mediaTailorPlaybackConfigurations: [],
    }),
  'UpdatePlaybackRestrictionPolicy/ResourceNotFoundException': (c) =>
    send(c, 'UpdatePlaybackRestrictionPolicy', { arn: unknownPolicy }),
  'UpdatePlaybackRestrictionPolicy/ValidationException': async (c) =>
    send(c, 'UpdatePlaybackRestrictionPolicy', {
      arn: await created(c, 'CreatePlaybackRestrictionPolicy', 'playbackRestrictionPolicy', {}),
      allowedOrigins: ['not an origin'],
    }),
};

/** How each modeled error of each operation is caused: really wherever the emulator can, else by a fault. */
const triggers: Record<string, Trigger> = {
  ...Object.fromEntries(
    faultOnly.map((pair) => {
      const [operation, error] = pair.split('/') as [OperationName, string];
      return [pair, injected(operation, error)];
    }),
  ),
  ...stateTriggers,
  'BatchGetChannel/AccessDeniedException': injected('BatchGetChannel', 'AccessDeniedException'),
  'BatchGetStreamKey/AccessDeniedException': injected('BatchGetStreamKey', 'AccessDeniedException'),
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
  'ListChannels/ValidationException': (c) => send(c, 'ListChannels', { maxResults: 101 }),
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
