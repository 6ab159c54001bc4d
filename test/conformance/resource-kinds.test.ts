import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { operations } from '../../generated/operations.js';
import { outputSchemas, shapeSchemas } from '../../generated/schemas.js';
import { createConformanceClient, type ConformanceClient } from '../../src/conformance/client.js';
import { createFixtures } from '../../src/conformance/fixtures.js';
import { pageSizesOf, paginatedOperations } from '../../src/conformance/listings.js';
import {
  addedResources,
  createResource,
  kindListedBy,
  kindOfArnShape,
  newP384PublicKeyPem,
  resourceKinds,
  trackedKinds,
} from '../../src/conformance/resource-kinds.js';
import { createResourceTracker, type ResourceTracker } from '../../src/conformance/resources.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';

describe('the table of resource kinds', () => {
  test.each(resourceKinds.map((kind) => [kind.kind, kind] as const))(
    '%s names operations and shapes the model has',
    (_name, kind) => {
      const named = [kind.create, kind.get, kind.list, kind.delete];
      if (kind.batch) named.push(kind.batch.operation);
      if (kind.update) named.push(kind.update);
      expect(named.filter((operation) => !(operation in operations))).toEqual([]);
      expect(kind.listMember).toBe(operations[kind.list].paginated?.items);
      expect([kind.shape, kind.summary].filter((shape) => shapeSchemas[shape] === undefined)).toEqual([]);
    },
  );

  test('the model updates channels, restriction policies and ad configurations, and no other kind', () => {
    expect(resourceKinds.filter((k) => k.update).map((k) => k.update)).toEqual([
      'UpdateChannel',
      'UpdatePlaybackRestrictionPolicy',
      'UpdateAdConfiguration',
    ]);
  });

  test('the tracker deletes stream keys, then channels, then what channels reference, then key pairs', () => {
    expect(trackedKinds.map((k) => k.kind)).toEqual([
      'stream-key',
      'channel',
      'recording-configuration',
      'playback-restriction-policy',
      'ad-configuration',
      'playback-key',
    ]);
  });

  test('the tracker learns stream keys from CreateChannel and CreateStreamKey, and finds them by no list', () => {
    expect(trackedKinds.find((k) => k.kind === 'stream-key')).toEqual({
      kind: 'stream-key',
      createdBy: [
        { operation: 'CreateChannel', member: 'streamKey' },
        { operation: 'CreateStreamKey', member: 'streamKey' },
      ],
      deletedBy: 'DeleteStreamKey',
    });
  });

  test("the tracker finds a killed run's key pairs through ListPlaybackKeyPairs", () => {
    expect(trackedKinds.find((k) => k.kind === 'playback-key')).toEqual({
      kind: 'playback-key',
      createdBy: [{ operation: 'ImportPlaybackKeyPair', member: 'keyPair' }],
      deletedBy: 'DeletePlaybackKeyPair',
      listedBy: { operation: 'ListPlaybackKeyPairs', member: 'keyPairs' },
    });
  });

  test('every paginated list whose items have an ARN belongs to a kind', () => {
    const refName = (schema: unknown): string => {
      const ref = (schema as Record<string, unknown> | undefined)?.['$ref'];
      return typeof ref === 'string' ? ref.slice(ref.lastIndexOf('/') + 1) : '';
    };
    const withArns = paginatedOperations.filter((operation) => {
      const properties = outputSchemas[operation]['properties'] as Record<string, unknown>;
      const list = shapeSchemas[refName(properties[operations[operation].paginated?.items ?? ''])];
      const members = (shapeSchemas[refName(list?.['items'])]?.['properties'] ?? {}) as Record<string, unknown>;
      return 'arn' in members;
    });
    expect(withArns.filter((operation) => kindListedBy(operation) === undefined)).toEqual([]);
    expect(withArns.length).toBe(6);
  });

  test.each([
    ['filterByRecordingConfigurationArn', 'ChannelRecordingConfigurationArn', 'recording-configuration'],
    ['filterByPlaybackRestrictionPolicyArn', 'ChannelPlaybackRestrictionPolicyArn', 'playback-restriction-policy'],
    ['filterByAdConfigurationArn', 'ChannelAdConfigurationArn', 'ad-configuration'],
  ])('the ListChannels filter %s (%s) names a %s', (_filter, shape, kind) => {
    expect(kindOfArnShape(shape)?.kind).toBe(kind);
  });
});

describe('the page sizes of the list checks', () => {
  test('all 8 paginators of the model are found in the operation table', () => {
    expect(paginatedOperations).toHaveLength(8);
  });

  test.each([
    ['ListStreamKeys', { member: 'maxResults', minimum: 1, maximum: 50, defaultSize: 1 }],
    ['ListPlaybackRestrictionPolicies', { member: 'maxResults', minimum: 1, maximum: 100, defaultSize: 1 }],
    ['ListChannels', { member: 'maxResults', minimum: 1, maximum: 100, defaultSize: 100 }],
    ['ListStreamSessions', { member: 'maxResults', minimum: 1, maximum: 100, defaultSize: 100 }],
  ] as const)('%s pages are read from the model and the conventions', (operation, want) => {
    expect(pageSizesOf(operation)).toEqual(want);
  });
});

describe('making resources on the emulator', () => {
  let emulator: RunningMockServer;
  let tracker: ResourceTracker;
  let tracked: ConformanceClient;
  let untracked: ConformanceClient;

  beforeEach(async () => {
    emulator = await startMockServer({ port: 0, host: '127.0.0.1', seed: 9 });
    tracker = createResourceTracker('fixturetest1', trackedKinds);
    const options = { endpoint: emulator.url, region: 'us-west-2', timeoutMs: 5000 };
    tracked = createConformanceClient({ ...options, onExchange: (exchange) => tracker.noteExchange(exchange) });
    untracked = createConformanceClient(options);
  });

  afterEach(async () => {
    await emulator.close();
  });

  const contextOf = (client: ConformanceClient) => ({
    client,
    region: 'us-west-2',
    fixtures: createFixtures(client, 'fixturetest1', 1),
    resources: tracker,
  });

  describe('newP384PublicKeyPem', () => {
    test('makes a PEM public key that ImportPlaybackKeyPair accepts', async () => {
      const publicKeyMaterial = await newP384PublicKeyPem();

      const imported = await untracked.call('ImportPlaybackKeyPair', { publicKeyMaterial });

      expect(publicKeyMaterial).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----\n$/);
      expect(imported.response?.status).toBe(200);
    });

    test('makes a new key every time', async () => {
      expect(await newP384PublicKeyPem()).not.toBe(await newP384PublicKeyPem());
    });
  });

  describe('createResource', () => {
    test.each(addedResources.map((spec) => [spec.noun, spec] as const))(
      'creates %s tagged with the run id',
      async (_noun, spec) => {
        const created = await createResource(contextOf(tracked), spec.kind, 'made');

        if (!created.ok) throw new Error(created.outcome.message);
        expect(created.value.resource['tags']).toMatchObject({ 'ivs-contract:run-id': 'fixturetest1' });
        expect(tracker.tracked(spec.kind)).toContain(created.value.arn);
      },
    );

    test("a full quota is made room in by deleting the run's own resources of that kind", async () => {
      const context = contextOf(tracked);
      const own: string[] = [];
      for (const label of ['a', 'b', 'c']) {
        const made = await createResource(context, 'playback-key', label);
        if (made.ok) own.push(made.value.arn);
      }
      expect(own).toHaveLength(3);

      const fourth = await createResource(context, 'playback-key', 'd');

      expect(fourth.ok).toBe(true);
      for (const arn of own)
        expect((await untracked.call('GetPlaybackKeyPair', { arn })).response?.status, arn).toBe(404);
    });

    test('a quota full of resources the run did not make is a skip', async () => {
      for (let i = 0; i < 3; i += 1)
        await untracked.call('ImportPlaybackKeyPair', { publicKeyMaterial: await newP384PublicKeyPem() });

      const created = await createResource(contextOf(tracked), 'playback-key', 'one-too-many');

      expect(created.ok).toBe(false);
      if (!created.ok) {
        expect(created.outcome.status).toBe('skip');
        expect(created.outcome.message).toMatch(/^setup: the account's playback key pair quota is full/);
      }
    });
    test('a full quota is made room in without deleting the resources the caller keeps', async () => {
      const context = contextOf(tracked);
      const own: string[] = [];
      for (const label of ['a', 'b', 'c']) {
        const made = await createResource(context, 'playback-key', label);
        if (made.ok) own.push(made.value.arn);
      }
      const [kept, ...others] = own;

      const fourth = await createResource(context, 'playback-key', 'd', {}, new Set([kept ?? '']));

      expect(fourth.ok).toBe(true);
      expect((await untracked.call('GetPlaybackKeyPair', { arn: kept })).response?.status).toBe(200);
      for (const arn of others)
        expect((await untracked.call('GetPlaybackKeyPair', { arn })).response?.status, arn).toBe(404);
    });
  });
});
