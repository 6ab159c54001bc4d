import { createHash } from 'node:crypto';
import {
  BatchStartViewerSessionRevocationCommand,
  CreateAdConfigurationCommand,
  CreateChannelCommand,
  type CreateChannelCommandInput,
  CreatePlaybackRestrictionPolicyCommand,
  CreateRecordingConfigurationCommand,
  DeleteAdConfigurationCommand,
  DeletePlaybackRestrictionPolicyCommand,
  DeleteRecordingConfigurationCommand,
  GetRecordingConfigurationCommand,
  GetStreamSessionCommand,
  ImportPlaybackKeyPairCommand,
  InsertAdBreakCommand,
  type IvsClient,
  ListChannelsCommand,
  ListRecordingConfigurationsCommand,
  ListStreamSessionsCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateChannelCommand,
} from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { createIvsStore, ivsHandlers, type IvsStoreOptions } from '../../src/mock/index.js';
import { mediaTailorArn, publicKeyPem, rsaPublicKeyPem } from '../mock/public-keys.js';
import { rejection, useIvsMock } from './sdk-harness.js';

const mock = useIvsMock({ accounts: { AKIDTEAMB: '222222222222' }, controlRoutes: true });
const teamB = { accessKeyId: 'AKIDTEAMB', secretAccessKey: 'y' };
const control = (method: 'GET' | 'POST', path: string, body?: unknown) =>
  fetch(`http://localhost:4566/_ivs-contract/${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const errorName = async (promise: Promise<unknown>) => (await rejection(promise)).name;

async function recordingConfiguration(client: IvsClient) {
  const out = await client.send(
    new CreateRecordingConfigurationCommand({ destinationConfiguration: { s3: { bucketName: 'recordings' } } }),
  );
  return out.recordingConfiguration?.arn ?? '';
}

async function policy(client: IvsClient) {
  return (await client.send(new CreatePlaybackRestrictionPolicyCommand({}))).playbackRestrictionPolicy?.arn ?? '';
}

async function adConfiguration(client: IvsClient) {
  const out = await client.send(
    new CreateAdConfigurationCommand({
      mediaTailorPlaybackConfigurations: [{ playbackConfigurationArn: mediaTailorArn }],
    }),
  );
  return out.adConfiguration?.arn ?? '';
}

async function channel(client: IvsClient, input: CreateChannelCommandInput = {}) {
  return (await client.send(new CreateChannelCommand(input))).channel ?? {};
}

/** Serves the rest of the test from a store made with these options. */
function useStore(options: IvsStoreOptions) {
  const store = createIvsStore({ seed: 3, clock: mock.now, ...options });
  mock.server.use(...ivsHandlers({ store, controlRoutes: true }));
  return store;
}

describe('channels: today members, defaults and cross-member rules', () => {
  test('a channel made with no members has every documented default, and an SRT endpoint and passphrase', async () => {
    const made = await channel(mock.client());
    expect(made).toMatchObject({
      type: 'STANDARD',
      latencyMode: 'LOW',
      authorized: false,
      insecureIngest: false,
      recordingConfigurationArn: '',
      playbackRestrictionPolicyArn: '',
      adConfigurationArn: '',
      containerFormat: 'TS',
      srt: {
        endpoint: expect.stringMatching(/^[a-z0-9]{12}\.srt\.live-video\.net$/),
        passphrase: expect.stringMatching(/^[a-zA-Z0-9]{32}$/),
      },
    });
    expect(made.preset).toBeUndefined();
    expect(made.multitrackInputConfiguration).toBeUndefined();
  });

  test.each(['ADVANCED_HD', 'ADVANCED_SD'] as const)(
    'an %s channel gets the HIGHER_BANDWIDTH_DELIVERY preset by default',
    async (type) => {
      expect((await channel(mock.client(), { type })).preset).toBe('HIGHER_BANDWIDTH_DELIVERY');
      const given = await channel(mock.client(), { type, preset: 'CONSTRAINED_BANDWIDTH_DELIVERY' });
      expect(given.preset).toBe('CONSTRAINED_BANDWIDTH_DELIVERY');
    },
  );

  test('a preset on a BASIC or STANDARD channel is a ValidationException', async () => {
    const sent = mock.client().send(new CreateChannelCommand({ type: 'BASIC', preset: 'HIGHER_BANDWIDTH_DELIVERY' }));
    expect(await errorName(sent)).toBe('ValidationException');
  });

  test('changing an advanced channel to STANDARD drops its preset', async () => {
    const made = await channel(mock.client(), { type: 'ADVANCED_HD' });
    const out = await mock.client().send(new UpdateChannelCommand({ arn: made.arn, type: 'STANDARD' }));
    expect(out.channel?.preset).toBeUndefined();
  });

  test('with insecure ingest the SRT passphrase is not shown', async () => {
    expect((await channel(mock.client(), { insecureIngest: true })).srt).toEqual({
      endpoint: expect.stringMatching(/\.srt\.live-video\.net$/),
    });
  });

  test.each([
    [
      'on a BASIC channel',
      { type: 'BASIC', containerFormat: 'FRAGMENTED_MP4' },
      { policy: 'ALLOW', maximumResolution: 'HD' },
    ],
    ['without a policy', { containerFormat: 'FRAGMENTED_MP4' }, { maximumResolution: 'HD' }],
    ['without a maximum resolution', { containerFormat: 'FRAGMENTED_MP4' }, { policy: 'REQUIRE' }],
    ['with the TS container', { containerFormat: 'TS' }, { policy: 'ALLOW', maximumResolution: 'HD' }],
  ] as const)('enabled multitrack input %s is a ValidationException', async (_name, members, multitrack) => {
    const sent = mock
      .client()
      .send(new CreateChannelCommand({ ...members, multitrackInputConfiguration: { enabled: true, ...multitrack } }));
    expect(await errorName(sent)).toBe('ValidationException');
  });

  test('enabled multitrack input on STANDARD with a policy, a resolution and fMP4 is kept', async () => {
    const multitrackInputConfiguration = { enabled: true, policy: 'ALLOW', maximumResolution: 'FULL_HD' } as const;
    const made = await channel(mock.client(), { multitrackInputConfiguration, containerFormat: 'FRAGMENTED_MP4' });
    expect(made).toMatchObject({ multitrackInputConfiguration, containerFormat: 'FRAGMENTED_MP4' });
  });

  test.each([
    ['recordingConfigurationArn', 'arn:aws:ivs:us-west-2:123456789012:recording-configuration/abcdABCDefgh'],
    ['playbackRestrictionPolicyArn', 'arn:aws:ivs:us-west-2:123456789012:playback-restriction-policy/abcdABCDefgh'],
    ['adConfigurationArn', 'arn:aws:ivs:us-west-2:123456789012:ad-configuration/abcdABCDefgh'],
  ] as const)('a %s that names nothing is a ResourceNotFoundException', async (member, arn) => {
    expect(await errorName(mock.client().send(new CreateChannelCommand({ [member]: arn })))).toBe(
      'ResourceNotFoundException',
    );
    const made = await channel(mock.client());
    expect(await errorName(mock.client().send(new UpdateChannelCommand({ arn: made.arn, [member]: arn })))).toBe(
      'ResourceNotFoundException',
    );
  });

  test('ListChannels keeps only the channels that match each of its four filters', async () => {
    const client = mock.client();
    const [recording, restriction, ads] = [
      await recordingConfiguration(client),
      await policy(client),
      await adConfiguration(client),
    ];
    await channel(client, { name: 'plain' });
    await channel(client, { name: 'recorded', recordingConfigurationArn: recording });
    await channel(client, { name: 'restricted', playbackRestrictionPolicyArn: restriction });
    await channel(client, { name: 'ads', adConfigurationArn: ads });
    const names = async (filter: Record<string, string>) =>
      (await client.send(new ListChannelsCommand(filter))).channels?.map((c) => c.name);
    expect(await names({ filterByName: 'plain' })).toEqual(['plain']);
    expect(await names({ filterByRecordingConfigurationArn: recording })).toEqual(['recorded']);
    expect(await names({ filterByPlaybackRestrictionPolicyArn: restriction })).toEqual(['restricted']);
    expect(await names({ filterByAdConfigurationArn: ads })).toEqual(['ads']);
  });

  test('two ListChannels filters together are a ConflictException', async () => {
    const sent = mock.client().send(
      new ListChannelsCommand({
        filterByName: 'a',
        filterByPlaybackRestrictionPolicyArn: await policy(mock.client()),
      }),
    );
    expect(await errorName(sent)).toBe('ConflictException');
  });
});

describe('recording configurations: state progression and references', () => {
  test('by default a new configuration is ACTIVE at once', async () => {
    const arn = await recordingConfiguration(mock.client());
    expect(
      (await mock.client().send(new GetRecordingConfigurationCommand({ arn }))).recordingConfiguration?.state,
    ).toBe('ACTIVE');
  });

  test('with { afterReads: 2 } it is CREATING for two reads, then ACTIVE', async () => {
    useStore({ recordingConfigurationProgression: { afterReads: 2 } });
    const client = mock.client();
    const created = await client.send(
      new CreateRecordingConfigurationCommand({ destinationConfiguration: { s3: { bucketName: 'b-1' } } }),
    );
    expect(created.recordingConfiguration?.state).toBe('CREATING');
    const arn = created.recordingConfiguration?.arn ?? '';
    const states = [];
    for (let i = 0; i < 3; i += 1)
      states.push((await client.send(new GetRecordingConfigurationCommand({ arn }))).recordingConfiguration?.state);
    expect(states).toEqual(['CREATING', 'ACTIVE', 'ACTIVE']);
  });

  test('a manual configuration stays CREATING until the store or the control route moves it', async () => {
    const store = useStore({ recordingConfigurationProgression: 'manual' });
    const client = mock.client();
    const arn = await recordingConfiguration(client);
    const list = async () => (await client.send(new ListRecordingConfigurationsCommand({}))).recordingConfigurations;
    expect((await list())?.[0]?.state).toBe('CREATING');
    expect(store.trySetRecordingConfigurationState(arn, 'CREATE_FAILED')).toMatchObject({
      ok: true,
      value: { state: 'CREATE_FAILED' },
    });
    expect((await list())?.[0]?.state).toBe('CREATE_FAILED');
    const moved = await control('POST', 'recording-configurations/state', { arn, state: 'ACTIVE' });
    expect(moved.status).toBe(200);
    expect((await list())?.[0]?.state).toBe('ACTIVE');
    expect((await control('POST', 'recording-configurations/state', { arn, state: 'DONE' })).status).toBe(400);
  });

  test('deleting a configuration a channel uses is a ConflictException, and works once the channel lets go', async () => {
    const client = mock.client();
    const arn = await recordingConfiguration(client);
    const made = await channel(client, { recordingConfigurationArn: arn });
    expect(await errorName(client.send(new DeleteRecordingConfigurationCommand({ arn })))).toBe('ConflictException');
    await client.send(new UpdateChannelCommand({ arn: made.arn, recordingConfigurationArn: '' }));
    await client.send(new DeleteRecordingConfigurationCommand({ arn }));
  });

  test('more configurations than the quota is a ServiceQuotaExceededException', async () => {
    useStore({ limits: { recordingConfigurationsPerRegion: 2 } });
    await recordingConfiguration(mock.client());
    await recordingConfiguration(mock.client());
    expect(await errorName(recordingConfiguration(mock.client()))).toBe('ServiceQuotaExceededException');
  });
});

describe('playback restriction policies and ad configurations', () => {
  test('deleting a policy a channel uses is a ConflictException', async () => {
    const arn = await policy(mock.client());
    await channel(mock.client(), { playbackRestrictionPolicyArn: arn });
    expect(await errorName(mock.client().send(new DeletePlaybackRestrictionPolicyCommand({ arn })))).toBe(
      'ConflictException',
    );
  });

  test('deleting an ad configuration a channel uses is a ConflictException', async () => {
    const arn = await adConfiguration(mock.client());
    await channel(mock.client(), { adConfigurationArn: arn });
    expect(await errorName(mock.client().send(new DeleteAdConfigurationCommand({ arn })))).toBe('ConflictException');
  });

  test('InsertAdBreak on an offline channel with an ad configuration is ChannelNotBroadcasting', async () => {
    const made = await channel(mock.client(), { adConfigurationArn: await adConfiguration(mock.client()) });
    const sent = mock.client().send(new InsertAdBreakCommand({ channelArn: made.arn, durationSeconds: 10 }));
    expect(await errorName(sent)).toBe('ChannelNotBroadcasting');
  });

  test('an ad break is an event of the live session', async () => {
    const made = await channel(mock.client(), { adConfigurationArn: await adConfiguration(mock.client()) });
    mock.store.startStream(made.arn ?? '');
    const { adBreakId } = await mock
      .client()
      .send(new InsertAdBreakCommand({ channelArn: made.arn, durationSeconds: 10 }));
    const session = await mock.client().send(new GetStreamSessionCommand({ channelArn: made.arn }));
    expect(session.streamSession?.truncatedEvents?.[0]?.name).toBe(`Ad Break ${adBreakId} (10 s)`);
  });
});

describe('stream sessions', () => {
  test('each go-live opens a session with the channel and recording configuration of that moment', async () => {
    const client = mock.client();
    const recordingConfigurationArn = await recordingConfiguration(client);
    const made = await channel(client, { name: 'first', recordingConfigurationArn });
    const arn = made.arn ?? '';
    mock.store.startStream(arn);
    mock.store.stopStream(arn);
    await client.send(new UpdateChannelCommand({ arn, name: 'second', recordingConfigurationArn: '' }));
    mock.store.startStream(arn);
    const sessions = (await client.send(new ListStreamSessionsCommand({ channelArn: arn }))).streamSessions ?? [];
    expect(sessions).toHaveLength(2);
    const [latest, earlier] = await Promise.all(
      sessions.map((s) => client.send(new GetStreamSessionCommand({ channelArn: arn, streamId: s.streamId }))),
    );
    expect([latest?.streamSession?.channel?.name, earlier?.streamSession?.channel?.name]).toEqual(['second', 'first']);
    expect(earlier?.streamSession?.recordingConfiguration?.arn).toBe(recordingConfigurationArn);
    expect(latest?.streamSession?.recordingConfiguration).toBeUndefined();
    expect(earlier?.streamSession?.truncatedEvents?.map((e) => e.name)).toEqual([
      'Session Ended',
      'Stream End',
      'Recording End',
      'Recording Start',
      'Stream Start',
      'Session Created',
    ]);
  });

  test('GetStreamSession without streamId is the latest session; an unknown streamId is ResourceNotFoundException', async () => {
    const made = await channel(mock.client());
    const arn = made.arn ?? '';
    mock.store.startStream(arn);
    mock.store.stopStream(arn);
    mock.store.startStream(arn);
    const live = mock.store.partition('123456789012', 'us-west-2').streams.get(arn)?.streamId;
    const latest = await mock.client().send(new GetStreamSessionCommand({ channelArn: arn }));
    expect(latest.streamSession?.streamId).toBe(live);
    const unknown = mock
      .client()
      .send(new GetStreamSessionCommand({ channelArn: arn, streamId: `st-${'a'.repeat(23)}` }));
    expect(await errorName(unknown)).toBe('ResourceNotFoundException');
  });
});

describe('playback key pairs', () => {
  test.each([
    ['an RSA key', rsaPublicKeyPem()],
    ['a P-256 key', publicKeyPem('prime256v1')],
    ['a P-521 key', publicKeyPem('secp521r1')],
    ['text that is not PEM', 'hello'],
    ['a PEM body that is not base64', '-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----'],
  ])('%s is a ValidationException', async (_name, publicKeyMaterial) => {
    expect(await errorName(mock.client().send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial })))).toBe(
      'ValidationException',
    );
  });

  test('a P-384 point that is not on the curve is a ValidationException', async () => {
    const der = Buffer.from(publicKeyPem().replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    der[der.length - 1] = (der[der.length - 1] ?? 0) ^ 1;
    const publicKeyMaterial = `-----BEGIN PUBLIC KEY-----\n${der.toString('base64')}\n-----END PUBLIC KEY-----\n`;
    expect(await errorName(mock.client().send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial })))).toBe(
      'ValidationException',
    );
  });

  test('the fingerprint is the SHA-256 of the DER public key, in colon-separated hex', async () => {
    const pem = publicKeyPem();
    const der = Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const want = (createHash('sha256').update(der).digest('hex').match(/../g) ?? []).join(':');
    const out = await mock.client().send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: pem }));
    expect(out.keyPair?.fingerprint).toBe(want);
  });

  test('importing the same public key twice is a ConflictException', async () => {
    const publicKeyMaterial = publicKeyPem();
    await mock.client().send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial }));
    expect(await errorName(mock.client().send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial })))).toBe(
      'ConflictException',
    );
  });

  test('a fourth key pair is a ServiceQuotaExceededException (the quota is 3)', async () => {
    for (let i = 0; i < 3; i += 1)
      await mock.client().send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: publicKeyPem() }));
    const sent = mock.client().send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: publicKeyPem() }));
    expect(await errorName(sent)).toBe('ServiceQuotaExceededException');
  });
});

describe('viewer session revocations', () => {
  test('a batch records the good pairs and reports each unknown channel in errors', async () => {
    const made = await channel(mock.client());
    const unknown = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';
    const out = await mock.client().send(
      new BatchStartViewerSessionRevocationCommand({
        viewerSessions: [
          { channelArn: made.arn, viewerId: 'dave', viewerSessionVersionsLessThanOrEqualTo: 7 },
          { channelArn: unknown, viewerId: 'erin' },
        ],
      }),
    );
    expect(out.errors).toEqual([
      { channelArn: unknown, viewerId: 'erin', code: 'ResourceNotFoundException', message: expect.any(String) },
    ]);
    const listed = (await (await control('GET', 'viewer-session-revocations')).json()) as {
      viewerSessionRevocations: unknown[];
    };
    expect(listed.viewerSessionRevocations).toEqual([
      {
        accountId: '123456789012',
        region: 'us-west-2',
        channelArn: made.arn,
        viewerId: 'dave',
        viewerSessionVersionsLessThanOrEqualTo: 7,
        revokedAt: '2026-02-03T04:05:06Z',
      },
    ]);
  });
});

describe('tags, snapshots and partitions cover every resource', () => {
  test('every taggable resource kind takes, lists and loses tags', async () => {
    const client = mock.client();
    const imported = await client.send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: publicKeyPem() }));
    const arns = [
      await recordingConfiguration(client),
      await policy(client),
      await adConfiguration(client),
      imported.keyPair?.arn ?? '',
    ];
    for (const resourceArn of arns) {
      await client.send(new TagResourceCommand({ resourceArn, tags: { team: 'video', drop: 'me' } }));
      await client.send(new UntagResourceCommand({ resourceArn, tagKeys: ['drop'] }));
      expect([resourceArn, (await client.send(new ListTagsForResourceCommand({ resourceArn }))).tags]).toEqual([
        resourceArn,
        { team: 'video' },
      ]);
    }
  });

  test('a snapshot of every resource kind restores to the same snapshot', async () => {
    const client = mock.client();
    const recordingConfigurationArn = await recordingConfiguration(client);
    const made = await channel(client, {
      recordingConfigurationArn,
      playbackRestrictionPolicyArn: await policy(client),
      adConfigurationArn: await adConfiguration(client),
    });
    await client.send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: publicKeyPem() }));
    mock.store.startStream(made.arn ?? '');
    await client.send(new InsertAdBreakCommand({ channelArn: made.arn, durationSeconds: 5 }));
    await client.send(
      new BatchStartViewerSessionRevocationCommand({ viewerSessions: [{ channelArn: made.arn, viewerId: 'v' }] }),
    );
    const snapshot = mock.store.snapshot();
    const partition = snapshot.partitions[0];
    expect(
      [
        partition?.recordingConfigurations,
        partition?.playbackRestrictionPolicies,
        partition?.adConfigurations,
        partition?.playbackKeyPairs,
        partition?.streamSessions,
        partition?.viewerSessionRevocations,
      ].map((list) => list?.length),
    ).toEqual([1, 1, 1, 1, 1, 1]);
    const copy = createIvsStore();
    expect(copy.tryRestore(JSON.parse(JSON.stringify(snapshot)))).toEqual({ ok: true, value: undefined });
    expect(copy.snapshot()).toEqual(snapshot);
  });

  test('a snapshot whose channel names a recording configuration it lacks is refused', async () => {
    const recordingConfigurationArn = await recordingConfiguration(mock.client());
    await channel(mock.client(), { recordingConfigurationArn });
    const snapshot = mock.store.snapshot();
    const broken = { ...snapshot, partitions: [{ ...snapshot.partitions[0], recordingConfigurations: [] }] };
    expect(createIvsStore().tryRestore(broken as never)).toMatchObject({
      ok: false,
      error: { type: 'ValidationException', message: expect.stringContaining('recordingConfigurationArn') },
    });
  });

  test('another account sees none of the resources of this one', async () => {
    await recordingConfiguration(mock.client());
    await policy(mock.client());
    const other = mock.client({ credentials: teamB });
    expect((await other.send(new ListRecordingConfigurationsCommand({}))).recordingConfigurations).toEqual([]);
    expect(
      await errorName(
        other.send(
          new CreateChannelCommand({ recordingConfigurationArn: await recordingConfiguration(mock.client()) }),
        ),
      ),
    ).toBe('ResourceNotFoundException');
  });
});
