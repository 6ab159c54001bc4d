import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { operationNames, operations } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import { outputValidators, shapeValidators } from '../../generated/validators.js';
import {
  createHttpTarget,
  fixtures,
  generateFixtures,
  responseFixtures,
  type FixtureOptions,
} from '../../src/fuzz/index.js';
import { createIvsStore, ivsHandlers } from '../../src/mock/index.js';
import { ENDPOINT, fakeSigV4 } from './msw-target.js';

const cases: readonly [string, FixtureOptions][] = [
  ['defaults', { seed: 42 }],
  ['many channels and full tag maps', { seed: 7, channels: 60, liveStreams: 12, tagsPerResource: 50 }],
  ['no tags, everything live', { seed: 3, channels: 4, liveStreams: 4, tagsPerResource: 0 }],
  ['another account and region', { seed: 9, channels: 3, accountId: '210987654321', region: 'eu-west-1' }],
];

describe('generateFixtures', () => {
  test.each(cases)('%s: every object passes its shape validator', (_name, options) => {
    const { partitions } = generateFixtures(options);
    const invalid = partitions.flatMap((p) => [
      ...p.channels.filter((c) => !shapeValidators['Channel']?.(c)),
      ...p.streamKeys.filter((k) => !shapeValidators['StreamKey']?.(k)),
      ...p.streams.filter((s) => !shapeValidators['Stream']?.(s)),
    ]);
    expect(invalid).toEqual([]);
  });

  test.each(cases)('%s: references are consistent (keys and streams name existing channels)', (_name, options) => {
    for (const p of generateFixtures(options).partitions) {
      const channels = new Map(p.channels.map((c) => [c.arn, c]));
      expect(p.streamKeys.map((k) => k.channelArn).sort()).toEqual([...channels.keys()].sort());
      expect(new Set(p.streams.map((s) => s.channelArn)).size).toBe(p.streams.length);
      for (const stream of p.streams) expect(stream.playbackUrl).toBe(channels.get(stream.channelArn)?.playbackUrl);
      const arns = [...p.channels.map((c) => c.arn), ...p.streamKeys.map((k) => k.arn)];
      expect(arns.filter((arn) => !arn?.startsWith(`arn:aws:ivs:${p.region}:${p.accountId}:`))).toEqual([]);
      expect(new Set(arns).size).toBe(arns.length);
    }
  });

  test.each(cases)('%s: the counts asked for are honoured', (_name, options) => {
    const [p] = generateFixtures(options).partitions;
    expect(p?.channels).toHaveLength(options.channels ?? 5);
    expect(p?.streams).toHaveLength(options.liveStreams ?? 1);
    for (const resource of [...(p?.channels ?? []), ...(p?.streamKeys ?? [])])
      expect(Object.keys(resource.tags ?? {})).toHaveLength(options.tagsPerResource ?? 2);
  });

  test('the same seed gives the same data set and another seed a different one', () => {
    expect(generateFixtures({ seed: 42, channels: 25, liveStreams: 3 })).toEqual(
      generateFixtures({ seed: 42, channels: 25, liveStreams: 3 }),
    );
    expect(generateFixtures({ seed: 43, channels: 25 })).not.toEqual(generateFixtures({ seed: 42, channels: 25 }));
  });

  test('nothing of any kind gives an empty snapshot', () => {
    const none = { channels: 0, liveStreams: 0, recordingConfigurations: 0, playbackRestrictionPolicies: 0 };
    expect(generateFixtures({ seed: 1, ...none, adConfigurations: 0, playbackKeyPairs: 0 }).partitions).toEqual([]);
  });

  test('a data set without channels still holds the other resources', () => {
    const partition = generateFixtures({ seed: 1, channels: 0, liveStreams: 0 }).partitions[0];
    expect([partition?.recordingConfigurations?.length, partition?.adConfigurations?.length]).toEqual([1, 1]);
  });

  test.each(cases)('%s: channels refer to recording configurations and policies of the data set', (_name, options) => {
    const partition = generateFixtures(options).partitions[0];
    const recordings = new Set<string | undefined>((partition?.recordingConfigurations ?? []).map((r) => r.arn));
    const policies = new Set<string | undefined>((partition?.playbackRestrictionPolicies ?? []).map((r) => r.arn));
    const channels = partition?.channels ?? [];
    expect(
      channels.filter((c) => c.recordingConfigurationArn !== '' && !recordings.has(c.recordingConfigurationArn)),
    ).toEqual([]);
    expect(
      channels.filter((c) => c.playbackRestrictionPolicyArn !== '' && !policies.has(c.playbackRestrictionPolicyArn)),
    ).toEqual([]);
    if (channels.length >= 2) {
      expect(channels.some((c) => c.recordingConfigurationArn !== '')).toBe(true);
      expect(channels.some((c) => c.playbackRestrictionPolicyArn !== '')).toBe(true);
    }
  });

  test.each([
    [
      'more live streams than channels',
      { seed: 1, channels: 2, liveStreams: 3 },
      /liveStreams must be a whole number from 0 to 2/,
    ],
    ['a negative channel count', { seed: 1, channels: -1 }, /channels must be a whole number from 0 to 5000/],
    ['too many tags', { seed: 1, tagsPerResource: 51 }, /tagsPerResource must be a whole number from 0 to 50/],
    ['a short account id', { seed: 1, accountId: '123' }, /accountId must be 12 digits/],
    ['a fractional seed', { seed: 1.5 }, /seed must be a whole number/],
  ] as const)('refuses %s with a one-line reason', (_name, options, message) => {
    expect(() => generateFixtures(options)).toThrow(message);
  });

  test('the emulator store restores a generated data set', () => {
    const store = createIvsStore({ seed: 1 });
    const snapshot = generateFixtures({ seed: 42, channels: 25, liveStreams: 3 });
    expect(store.tryRestore(snapshot)).toEqual({ ok: true, value: undefined });
    expect(store.snapshot().partitions[0]?.channels).toHaveLength(25);
  });

  test.each([
    'channels',
    'streamKeys',
    'streams',
    'recordingConfigurations',
    'playbackRestrictionPolicies',
    'adConfigurations',
    'playbackKeyPairs',
    'streamSessions',
  ] as const)('the store restores the %s of a data set exactly as generated', (kind) => {
    const store = createIvsStore({ seed: 1 });
    const snapshot = generateFixtures({
      seed: 42,
      channels: 12,
      liveStreams: 3,
      recordingConfigurations: 3,
      playbackRestrictionPolicies: 2,
      adConfigurations: 2,
      pastStreamSessions: 3,
      playbackKeyPairs: 2,
    });
    expect(store.tryRestore(snapshot).ok).toBe(true);
    expect(store.snapshot().partitions[0]?.[kind]).toEqual(snapshot.partitions[0]?.[kind]);
  });
});

describe('fixtures one-off helpers', () => {
  test('a channel, its stream key and its stream are schema-valid and belong together', () => {
    const channel = fixtures.channel({ seed: 5, tags: 3 });
    const key = fixtures.streamKey(channel);
    const stream = fixtures.stream(channel);
    expect(stream.streamId).toMatch(/^st-[a-zA-Z0-9]{23}$/);
    expect([
      shapeValidators['Channel']?.(channel),
      shapeValidators['StreamKey']?.(key),
      shapeValidators['Stream']?.(stream),
    ]).toEqual([true, true, true]);
    expect([key.channelArn, stream.channelArn]).toEqual([channel.arn, channel.arn]);
    expect(fixtures.channel({ seed: 5, tags: 3 })).toEqual(channel);
  });
});

describe('responseFixtures', () => {
  const snapshot = generateFixtures({ seed: 42, channels: 60, liveStreams: 3 });
  const responses = responseFixtures(snapshot);
  const store = createIvsStore({ seed: 1 });
  const server = setupServer(...ivsHandlers({ store }));
  const target = createHttpTarget({ endpoint: ENDPOINT, sign: fakeSigV4 });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  test('every operation of the model has one for a data set with every resource kind', () => {
    expect(operationNames.filter((operation) => responses[operation] === undefined)).toEqual([]);
  });

  test.each(operationNames)('%s: the output passes the generated output validator', (operation) => {
    const entry = responses[operation];
    const validate = outputValidators[operation];
    expect([entry?.status, entry?.output === undefined || validate(entry.output)]).toEqual([
      operations[operation].successCode,
      true,
    ]);
  });

  test('the deletes of resources channels refer to are examples', () => {
    expect(
      ['DeleteRecordingConfiguration', 'DeletePlaybackRestrictionPolicy', 'DeleteAdConfiguration'].map(
        (operation) => responses[operation as OperationName]?.example,
      ),
    ).toEqual([true, true, true]);
  });

  test('a delete is exact when the data set holds a resource of that kind that no channel refers to', () => {
    const spare = generateFixtures({ seed: 42, channels: 2, recordingConfigurations: 3 });
    const entry = responseFixtures(spare).DeleteRecordingConfiguration;
    const referenced = spare.partitions[0]?.channels.map((c) => c.recordingConfigurationArn);
    expect(entry?.example).toBe(false);
    expect(referenced).not.toContain(entry?.input['arn']);
  });

  test('an example import names a public key the data set does not hold', async () => {
    const entry = responses.ImportPlaybackKeyPair;
    expect(store.tryRestore(snapshot).ok).toBe(true);
    const response = await target.send('ImportPlaybackKeyPair', entry?.input ?? {});
    const made = (response.body as { keyPair: { fingerprint: string } }).keyPair;
    expect([response.status, made.fingerprint]).toEqual([
      200,
      (entry?.output as { keyPair?: { fingerprint: string } } | undefined)?.keyPair?.fingerprint,
    ]);
  });

  test.each([
    ['CreateRecordingConfiguration', 'recordingConfiguration'],
    ['CreatePlaybackRestrictionPolicy', 'playbackRestrictionPolicy'],
    ['CreateAdConfiguration', 'adConfiguration'],
    ['ImportPlaybackKeyPair', 'keyPair'],
  ] as const)('%s: the example is what the emulator answers, but for the new ARN', async (operation, member) => {
    const entry = responses[operation];
    expect(store.tryRestore(snapshot).ok).toBe(true);
    const response = await target.send(operation, entry?.input ?? {});
    const made = (response.body as Record<string, Record<string, unknown>>)[member];
    const example = (entry?.output as Record<string, Record<string, unknown>> | undefined)?.[member];
    expect({ ...made, arn: example?.['arn'] }).toEqual(example);
  });

  test.each(Object.values(responses).filter((entry) => !entry.example))(
    '$operation: the emulator holding the data set answers exactly this',
    async (entry) => {
      expect(store.tryRestore(snapshot).ok).toBe(true);
      const response = await target.send(entry.operation, entry.input);
      expect({ status: response.status, body: response.body }).toEqual({ status: entry.status, body: entry.output });
    },
  );
});
