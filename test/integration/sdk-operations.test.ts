import {
  BatchGetChannelCommand,
  BatchGetStreamKeyCommand,
  BatchStartViewerSessionRevocationCommand,
  CreateAdConfigurationCommand,
  CreateChannelCommand,
  CreatePlaybackRestrictionPolicyCommand,
  CreateRecordingConfigurationCommand,
  CreateStreamKeyCommand,
  DeleteAdConfigurationCommand,
  DeleteChannelCommand,
  DeletePlaybackKeyPairCommand,
  DeletePlaybackRestrictionPolicyCommand,
  DeleteRecordingConfigurationCommand,
  DeleteStreamKeyCommand,
  GetAdConfigurationCommand,
  GetChannelCommand,
  GetPlaybackKeyPairCommand,
  GetPlaybackRestrictionPolicyCommand,
  GetRecordingConfigurationCommand,
  GetStreamCommand,
  GetStreamKeyCommand,
  GetStreamSessionCommand,
  ImportPlaybackKeyPairCommand,
  InsertAdBreakCommand,
  type IvsClient,
  ListAdConfigurationsCommand,
  ListChannelsCommand,
  ListPlaybackKeyPairsCommand,
  ListPlaybackRestrictionPoliciesCommand,
  ListRecordingConfigurationsCommand,
  ListStreamKeysCommand,
  ListStreamSessionsCommand,
  ListStreamsCommand,
  ListTagsForResourceCommand,
  PutMetadataCommand,
  StartViewerSessionRevocationCommand,
  StopStreamCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAdConfigurationCommand,
  UpdateChannelCommand,
  UpdatePlaybackRestrictionPolicyCommand,
} from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { operationNames } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import { mediaTailorArn, publicKeyPem } from '../mock/public-keys.js';
import { rejection, useIvsMock } from './sdk-harness.js';

const mock = useIvsMock();

async function newChannel(client: IvsClient, input: ConstructorParameters<typeof CreateChannelCommand>[0] = {}) {
  const out = await client.send(new CreateChannelCommand(input));
  return { channelArn: out.channel?.arn ?? '', keyArn: out.streamKey?.arn ?? '', out };
}

async function newRecordingConfiguration(client: IvsClient, name = 'rec') {
  const out = await client.send(
    new CreateRecordingConfigurationCommand({
      name,
      destinationConfiguration: { s3: { bucketName: 'my-recordings' } },
    }),
  );
  return out.recordingConfiguration?.arn ?? '';
}

async function newAdConfiguration(client: IvsClient, name = 'ads') {
  const out = await client.send(
    new CreateAdConfigurationCommand({
      name,
      mediaTailorPlaybackConfigurations: [{ playbackConfigurationArn: mediaTailorArn }],
    }),
  );
  return out.adConfiguration?.arn ?? '';
}

async function newPolicy(client: IvsClient, name = 'policy') {
  const out = await client.send(new CreatePlaybackRestrictionPolicyCommand({ name, allowedCountries: ['US'] }));
  return out.playbackRestrictionPolicy?.arn ?? '';
}

/** One success-path scenario per operation; the type makes leaving one out a compile error. */
const successPaths: { readonly [K in OperationName]: (client: IvsClient) => Promise<void> } = {
  async BatchGetChannel(client) {
    const a = await newChannel(client, { name: 'a' });
    const b = await newChannel(client, { name: 'b' });
    const out = await client.send(new BatchGetChannelCommand({ arns: [a.channelArn, b.channelArn] }));
    expect(out.channels?.map((c) => c.name)).toEqual(['a', 'b']);
    expect(out.errors).toEqual([]);
  },
  async BatchGetStreamKey(client) {
    const a = await newChannel(client);
    const out = await client.send(new BatchGetStreamKeyCommand({ arns: [a.keyArn] }));
    expect(out.streamKeys).toEqual([a.out.streamKey]);
    expect(out.errors).toEqual([]);
  },
  async BatchStartViewerSessionRevocation(client) {
    const a = await newChannel(client);
    const out = await client.send(
      new BatchStartViewerSessionRevocationCommand({
        viewerSessions: [
          { channelArn: a.channelArn, viewerId: 'alice' },
          { channelArn: a.channelArn, viewerId: 'bob', viewerSessionVersionsLessThanOrEqualTo: 2 },
        ],
      }),
    );
    expect(out.errors).toEqual([]);
    expect(mock.store.snapshot().partitions[0]?.viewerSessionRevocations?.map((r) => r.viewerId)).toEqual([
      'alice',
      'bob',
    ]);
  },
  async CreateAdConfiguration(client) {
    const out = await client.send(
      new CreateAdConfigurationCommand({
        name: 'ads',
        mediaTailorPlaybackConfigurations: [{ playbackConfigurationArn: mediaTailorArn }],
        tags: { t: '1' },
      }),
    );
    expect(out.adConfiguration).toEqual({
      arn: expect.stringMatching(/^arn:aws:ivs:us-west-2:123456789012:ad-configuration\/[a-zA-Z0-9]{12}$/),
      name: 'ads',
      mediaTailorPlaybackConfigurations: [{ playbackConfigurationArn: mediaTailorArn }],
      postRollConfiguration: { enabled: false, durationSeconds: 15 },
      tags: { t: '1' },
    });
  },
  async CreateChannel(client) {
    const { out } = await newChannel(client, {
      name: 'show',
      latencyMode: 'NORMAL',
      type: 'BASIC',
      tags: { team: 'video' },
    });
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.channel).toMatchObject({ name: 'show', latencyMode: 'NORMAL', type: 'BASIC', tags: { team: 'video' } });
    expect(out.channel?.arn).toMatch(/^arn:aws:ivs:us-west-2:123456789012:channel\/[a-zA-Z0-9]{12}$/);
    expect(out.streamKey).toMatchObject({ channelArn: out.channel?.arn, tags: {} });
    expect(out.streamKey?.value).toMatch(/^sk_us-west-2_[a-zA-Z0-9]{12}_[a-zA-Z0-9]{12}$/);
  },
  async CreatePlaybackRestrictionPolicy(client) {
    const out = await client.send(
      new CreatePlaybackRestrictionPolicyCommand({ name: 'p', allowedOrigins: ['https://example.com'] }),
    );
    expect(out.playbackRestrictionPolicy).toEqual({
      arn: expect.stringMatching(/^arn:aws:ivs:us-west-2:123456789012:playback-restriction-policy\/[a-zA-Z0-9]{12}$/),
      name: 'p',
      allowedCountries: [],
      allowedOrigins: ['https://example.com'],
      enableStrictOriginEnforcement: false,
      tags: {},
    });
  },
  async CreateRecordingConfiguration(client) {
    const out = await client.send(
      new CreateRecordingConfigurationCommand({ destinationConfiguration: { s3: { bucketName: 'my-recordings' } } }),
    );
    expect(out.recordingConfiguration).toEqual({
      arn: expect.stringMatching(/^arn:aws:ivs:us-west-2:123456789012:recording-configuration\/[a-zA-Z0-9]{12}$/),
      name: '',
      destinationConfiguration: { s3: { bucketName: 'my-recordings' } },
      state: 'ACTIVE',
      tags: {},
      thumbnailConfiguration: { recordingMode: 'INTERVAL', targetIntervalSeconds: 60, storage: ['SEQUENTIAL'] },
      recordingReconnectWindowSeconds: 0,
      renditionConfiguration: { renditionSelection: 'ALL' },
    });
  },
  async CreateStreamKey(client) {
    const a = await newChannel(client);
    await client.send(new DeleteStreamKeyCommand({ arn: a.keyArn }));
    const out = await client.send(new CreateStreamKeyCommand({ channelArn: a.channelArn, tags: { k: 'v' } }));
    expect(out.streamKey).toMatchObject({ channelArn: a.channelArn, tags: { k: 'v' } });
  },
  async DeleteAdConfiguration(client) {
    const arn = await newAdConfiguration(client);
    const out = await client.send(new DeleteAdConfigurationCommand({ arn }));
    expect(out.$metadata.httpStatusCode).toBe(204);
    expect((await client.send(new ListAdConfigurationsCommand({}))).adConfigurations).toEqual([]);
  },
  async DeleteChannel(client) {
    const a = await newChannel(client);
    const out = await client.send(new DeleteChannelCommand({ arn: a.channelArn }));
    expect(out.$metadata.httpStatusCode).toBe(204);
    expect((await rejection(client.send(new GetStreamKeyCommand({ arn: a.keyArn })))).name).toBe(
      'ResourceNotFoundException',
    );
  },
  async DeletePlaybackKeyPair(client) {
    const imported = await client.send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: publicKeyPem() }));
    const out = await client.send(new DeletePlaybackKeyPairCommand({ arn: imported.keyPair?.arn }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect((await client.send(new ListPlaybackKeyPairsCommand({}))).keyPairs).toEqual([]);
  },
  async DeletePlaybackRestrictionPolicy(client) {
    const arn = await newPolicy(client);
    const out = await client.send(new DeletePlaybackRestrictionPolicyCommand({ arn }));
    expect(out.$metadata.httpStatusCode).toBe(204);
    expect((await rejection(client.send(new GetPlaybackRestrictionPolicyCommand({ arn })))).name).toBe(
      'ResourceNotFoundException',
    );
  },
  async DeleteRecordingConfiguration(client) {
    const arn = await newRecordingConfiguration(client);
    const out = await client.send(new DeleteRecordingConfigurationCommand({ arn }));
    expect(out.$metadata.httpStatusCode).toBe(204);
    expect((await client.send(new ListRecordingConfigurationsCommand({}))).recordingConfigurations).toEqual([]);
  },
  async DeleteStreamKey(client) {
    const a = await newChannel(client);
    const out = await client.send(new DeleteStreamKeyCommand({ arn: a.keyArn }));
    expect(out.$metadata.httpStatusCode).toBe(204);
    expect((await client.send(new ListStreamKeysCommand({ channelArn: a.channelArn }))).streamKeys).toEqual([]);
  },
  async GetAdConfiguration(client) {
    const arn = await newAdConfiguration(client, 'mine');
    expect((await client.send(new GetAdConfigurationCommand({ arn }))).adConfiguration).toMatchObject({
      arn,
      name: 'mine',
    });
  },
  async GetChannel(client) {
    const a = await newChannel(client, { name: 'x' });
    expect((await client.send(new GetChannelCommand({ arn: a.channelArn }))).channel).toEqual(a.out.channel);
  },
  async GetPlaybackKeyPair(client) {
    const imported = await client.send(
      new ImportPlaybackKeyPairCommand({ publicKeyMaterial: publicKeyPem(), name: 'k' }),
    );
    const out = await client.send(new GetPlaybackKeyPairCommand({ arn: imported.keyPair?.arn }));
    expect(out.keyPair).toEqual(imported.keyPair);
  },
  async GetPlaybackRestrictionPolicy(client) {
    const arn = await newPolicy(client, 'mine');
    const out = await client.send(new GetPlaybackRestrictionPolicyCommand({ arn }));
    expect(out.playbackRestrictionPolicy).toMatchObject({ arn, name: 'mine', allowedCountries: ['US'] });
  },
  async GetRecordingConfiguration(client) {
    const arn = await newRecordingConfiguration(client, 'mine');
    const out = await client.send(new GetRecordingConfigurationCommand({ arn }));
    expect(out.recordingConfiguration).toMatchObject({ arn, name: 'mine', state: 'ACTIVE' });
  },
  async GetStream(client) {
    const a = await newChannel(client);
    mock.store.startStream(a.channelArn, { health: 'STARVING', viewerCount: 7 });
    const out = await client.send(new GetStreamCommand({ channelArn: a.channelArn }));
    expect(out.stream).toEqual({
      channelArn: a.channelArn,
      streamId: expect.stringMatching(/^st-[a-zA-Z0-9]{23}$/),
      playbackUrl: a.out.channel?.playbackUrl,
      startTime: new Date('2026-02-03T04:05:06Z'),
      state: 'LIVE',
      health: 'STARVING',
      viewerCount: 7,
    });
  },
  async GetStreamKey(client) {
    const a = await newChannel(client);
    expect((await client.send(new GetStreamKeyCommand({ arn: a.keyArn }))).streamKey).toEqual(a.out.streamKey);
  },
  async GetStreamSession(client) {
    const a = await newChannel(client);
    mock.store.startStream(a.channelArn);
    const live = await client.send(new GetStreamCommand({ channelArn: a.channelArn }));
    const out = await client.send(new GetStreamSessionCommand({ channelArn: a.channelArn }));
    expect(out.streamSession).toMatchObject({
      streamId: live.stream?.streamId,
      startTime: new Date('2026-02-03T04:05:06Z'),
      channel: a.out.channel,
    });
    expect(out.streamSession?.endTime).toBeUndefined();
    expect(out.streamSession?.truncatedEvents?.map((e) => e.name)).toEqual(['Stream Start', 'Session Created']);
  },
  async ImportPlaybackKeyPair(client) {
    const out = await client.send(
      new ImportPlaybackKeyPairCommand({ publicKeyMaterial: publicKeyPem(), name: 'signer', tags: { t: '1' } }),
    );
    expect(out.keyPair).toEqual({
      arn: expect.stringMatching(/^arn:aws:ivs:us-west-2:123456789012:playback-key\/[a-zA-Z0-9]{12}$/),
      name: 'signer',
      fingerprint: expect.stringMatching(/^([0-9a-f]{2}:){31}[0-9a-f]{2}$/),
      tags: { t: '1' },
    });
  },
  async InsertAdBreak(client) {
    const adConfigurationArn = await newAdConfiguration(client);
    const a = await newChannel(client, { adConfigurationArn });
    mock.store.startStream(a.channelArn);
    const out = await client.send(new InsertAdBreakCommand({ channelArn: a.channelArn, durationSeconds: 30 }));
    expect(out.adBreakId).toMatch(/^[a-zA-Z0-9]{12}$/);
  },
  async ListAdConfigurations(client) {
    const arn = await newAdConfiguration(client);
    const out = await client.send(new ListAdConfigurationsCommand({}));
    expect(out.adConfigurations?.map((c) => c.arn)).toEqual([arn]);
  },
  async ListChannels(client) {
    const a = await newChannel(client, { name: 'one', tags: { t: '1' } });
    const out = await client.send(new ListChannelsCommand({}));
    expect(out.channels).toEqual([
      {
        arn: a.channelArn,
        name: 'one',
        latencyMode: 'LOW',
        authorized: false,
        recordingConfigurationArn: '',
        tags: { t: '1' },
        insecureIngest: false,
        type: 'STANDARD',
        playbackRestrictionPolicyArn: '',
        adConfigurationArn: '',
      },
    ]);
    expect(out.nextToken).toBeUndefined();
  },
  async ListPlaybackKeyPairs(client) {
    const imported = await client.send(
      new ImportPlaybackKeyPairCommand({ publicKeyMaterial: publicKeyPem(), name: 'k' }),
    );
    const out = await client.send(new ListPlaybackKeyPairsCommand({}));
    expect(out.keyPairs).toEqual([{ arn: imported.keyPair?.arn, name: 'k', tags: {} }]);
  },
  async ListPlaybackRestrictionPolicies(client) {
    const arn = await newPolicy(client);
    const out = await client.send(new ListPlaybackRestrictionPoliciesCommand({ maxResults: 10 }));
    expect(out.playbackRestrictionPolicies?.map((p) => p.arn)).toEqual([arn]);
  },
  async ListRecordingConfigurations(client) {
    const arn = await newRecordingConfiguration(client, 'r');
    const out = await client.send(new ListRecordingConfigurationsCommand({}));
    expect(out.recordingConfigurations).toEqual([
      { arn, name: 'r', destinationConfiguration: { s3: { bucketName: 'my-recordings' } }, state: 'ACTIVE', tags: {} },
    ]);
  },
  async ListStreamKeys(client) {
    const a = await newChannel(client);
    const out = await client.send(new ListStreamKeysCommand({ channelArn: a.channelArn }));
    expect(out.streamKeys).toEqual([{ arn: a.keyArn, channelArn: a.channelArn, tags: {} }]);
  },
  async ListStreams(client) {
    const a = await newChannel(client);
    await newChannel(client);
    mock.store.startStream(a.channelArn);
    const out = await client.send(new ListStreamsCommand({}));
    expect(out.streams).toEqual([
      {
        channelArn: a.channelArn,
        streamId: expect.stringMatching(/^st-/),
        state: 'LIVE',
        health: 'HEALTHY',
        viewerCount: 0,
        startTime: new Date('2026-02-03T04:05:06Z'),
      },
    ]);
  },
  async ListStreamSessions(client) {
    const a = await newChannel(client);
    mock.store.startStream(a.channelArn);
    mock.setTime(Date.parse('2026-02-03T05:00:00Z'));
    mock.store.stopStream(a.channelArn);
    mock.store.startStream(a.channelArn);
    const out = await client.send(new ListStreamSessionsCommand({ channelArn: a.channelArn }));
    mock.setTime(Date.parse('2026-02-03T04:05:06Z'));
    expect(out.streamSessions?.map((s) => [s.startTime?.toISOString(), s.endTime?.toISOString()])).toEqual([
      ['2026-02-03T05:00:00.000Z', undefined],
      ['2026-02-03T04:05:06.000Z', '2026-02-03T05:00:00.000Z'],
    ]);
  },
  async ListTagsForResource(client) {
    const a = await newChannel(client, { tags: { a: '1', b: '' } });
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: a.channelArn }))).tags).toEqual({
      a: '1',
      b: '',
    });
  },
  async PutMetadata(client) {
    const a = await newChannel(client);
    mock.store.startStream(a.channelArn);
    const out = await client.send(new PutMetadataCommand({ channelArn: a.channelArn, metadata: '{"question":"é?"}' }));
    expect(out.$metadata.httpStatusCode).toBe(204);
  },
  async StartViewerSessionRevocation(client) {
    const a = await newChannel(client);
    const out = await client.send(
      new StartViewerSessionRevocationCommand({
        channelArn: a.channelArn,
        viewerId: 'carol',
        viewerSessionVersionsLessThanOrEqualTo: 4,
      }),
    );
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(mock.store.snapshot().partitions[0]?.viewerSessionRevocations).toEqual([
      {
        channelArn: a.channelArn,
        viewerId: 'carol',
        viewerSessionVersionsLessThanOrEqualTo: 4,
        revokedAt: '2026-02-03T04:05:06Z',
      },
    ]);
  },
  async StopStream(client) {
    const a = await newChannel(client);
    mock.store.startStream(a.channelArn);
    const out = await client.send(new StopStreamCommand({ channelArn: a.channelArn }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect((await client.send(new ListStreamsCommand({}))).streams).toEqual([]);
  },
  async TagResource(client) {
    const a = await newChannel(client, { tags: { keep: '1', change: 'old' } });
    await client.send(new TagResourceCommand({ resourceArn: a.keyArn, tags: { onKey: 'yes' } }));
    await client.send(new TagResourceCommand({ resourceArn: a.channelArn, tags: { change: 'new', add: '2' } }));
    expect((await client.send(new GetChannelCommand({ arn: a.channelArn }))).channel?.tags).toEqual({
      keep: '1',
      change: 'new',
      add: '2',
    });
    expect((await client.send(new GetStreamKeyCommand({ arn: a.keyArn }))).streamKey?.tags).toEqual({ onKey: 'yes' });
  },
  async UntagResource(client) {
    const a = await newChannel(client, { tags: { a: '1', 'b c': '2', d: '3' } });
    await client.send(new UntagResourceCommand({ resourceArn: a.channelArn, tagKeys: ['a', 'b c', 'absent'] }));
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: a.channelArn }))).tags).toEqual({ d: '3' });
  },
  async UpdateAdConfiguration(client) {
    const arn = await newAdConfiguration(client);
    const out = await client.send(
      new UpdateAdConfigurationCommand({ arn, postRollConfiguration: { enabled: true, durationSeconds: 60 } }),
    );
    expect(out.adConfiguration?.postRollConfiguration).toEqual({ enabled: true, durationSeconds: 60 });
  },
  async UpdateChannel(client) {
    const a = await newChannel(client, { name: 'before', latencyMode: 'NORMAL' });
    const out = await client.send(new UpdateChannelCommand({ arn: a.channelArn, name: 'after' }));
    expect(out.channel).toEqual({ ...a.out.channel, name: 'after' });
  },
  async UpdatePlaybackRestrictionPolicy(client) {
    const arn = await newPolicy(client);
    const out = await client.send(
      new UpdatePlaybackRestrictionPolicyCommand({
        arn,
        allowedCountries: ['DE', 'FR'],
        enableStrictOriginEnforcement: true,
      }),
    );
    expect(out.playbackRestrictionPolicy).toMatchObject({
      allowedCountries: ['DE', 'FR'],
      enableStrictOriginEnforcement: true,
      name: 'policy',
    });
  },
};

describe('every operation succeeds through the real @aws-sdk/client-ivs', () => {
  test.each(operationNames)('%s', async (name) => {
    await successPaths[name](mock.client());
  });

  test('another IVS endpoint form (dual-stack) works, and every response carries a request id', async () => {
    const out = await mock.client({ useDualstackEndpoint: true }).send(new ListChannelsCommand({}));
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('the region of the client decides the region of the ARNs', async () => {
    const out = await mock.client({ region: 'ap-northeast-2' }).send(new CreateChannelCommand({}));
    expect(out.channel?.arn).toMatch(/^arn:aws:ivs:ap-northeast-2:123456789012:channel\//);
    expect(out.channel?.playbackUrl).toContain(
      '.ap-northeast-2.playback.live-video.net/api/video/v1/ap-northeast-2.123456789012.channel.',
    );
  });

  test('tag keys such as __proto__ and constructor round-trip as plain data', async () => {
    const client = mock.client();
    const { channelArn } = await newChannel(client);
    await client.send(
      new TagResourceCommand({
        resourceArn: channelArn,
        tags: JSON.parse('{"__proto__":"p","constructor":"c"}') as Record<string, string>,
      }),
    );
    const { tags } = await client.send(new ListTagsForResourceCommand({ resourceArn: channelArn }));
    expect(Object.keys(tags ?? {})).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['p']).toBeUndefined();
  });

  test('the same seed gives the same ids across a reset', async () => {
    const first = await mock.client().send(new CreateChannelCommand({}));
    mock.store.reset();
    const second = await mock.client().send(new CreateChannelCommand({}));
    expect(second.channel).toEqual(first.channel);
    expect(second.streamKey).toEqual(first.streamKey);
  });
});
