import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createConformanceClient, type ConformanceClient } from '../../src/conformance/client.js';
import { createFixtures } from '../../src/conformance/fixtures.js';
import { addedResources, createResource, newP384PublicKeyPem } from '../../src/conformance/resource-fixtures.js';
import { createResourceTracker, type ResourceTracker } from '../../src/conformance/resources.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';

let emulator: RunningMockServer;
let tracker: ResourceTracker;
let tracked: ConformanceClient;
let untracked: ConformanceClient;

beforeEach(async () => {
  emulator = await startMockServer({ port: 0, host: '127.0.0.1', seed: 9 });
  tracker = createResourceTracker('fixturetest1');
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
      expect(created.outcome.message).toMatch(/^setup: the account's quota of playback key pairs is full/);
    }
  });
});
