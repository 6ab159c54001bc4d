import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createConformanceClient, type ConformanceClient } from '../../src/conformance/client.js';
import { createFixtures, type Fixtures } from '../../src/conformance/fixtures.js';
import {
  addedResources,
  createResource,
  trackedKinds,
  type CreatedResource,
} from '../../src/conformance/resource-kinds.js';
import { createResourceTracker, type ResourceTracker } from '../../src/conformance/resources.js';
import { runConformance } from '../../src/conformance/runner.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';
import type { IvsSnapshot } from '../../src/state/snapshot.js';

const RUN_ID = 'cleanuptest1';
let emulator: RunningMockServer;
let tracker: ResourceTracker;
let tracked: ConformanceClient;
let untracked: ConformanceClient;

beforeEach(async () => {
  emulator = await startMockServer({ port: 0, host: '127.0.0.1', seed: 3 });
  tracker = createResourceTracker(RUN_ID, trackedKinds);
  const options = { endpoint: emulator.url, region: 'us-west-2', timeoutMs: 5000 };
  tracked = createConformanceClient({ ...options, onExchange: (exchange) => tracker.noteExchange(exchange) });
  untracked = createConformanceClient(options);
});

afterEach(async () => {
  await emulator.close();
});

/** Every resource the emulator holds, as `kind: arn-or-id` lines (stream sessions and revocations go with their channel). */
function held(snapshot: IvsSnapshot): string[] {
  return snapshot.partitions.flatMap((p) => [
    ...p.channels.map((c) => `channel: ${c.arn}`),
    ...p.streamKeys.map((k) => `stream key: ${k.arn}`),
    ...p.streams.map((s) => `stream: ${s.channelArn}`),
    ...(p.recordingConfigurations ?? []).map((r) => `recording configuration: ${r.arn}`),
    ...(p.playbackRestrictionPolicies ?? []).map((r) => `playback restriction policy: ${r.arn}`),
    ...(p.adConfigurations ?? []).map((r) => `ad configuration: ${r.arn}`),
    ...(p.playbackKeyPairs ?? []).map((r) => `playback key pair: ${r.arn}`),
    ...(p.streamSessions ?? []).map((s) => `stream session: ${s.streamId}`),
    ...(p.viewerSessionRevocations ?? []).map((r) => `revocation: ${r.channelArn} ${r.viewerId}`),
  ]);
}

/** Creates one resource of `kind` through the tracked client, failing the test when it cannot. */
async function createTracked(kind: Parameters<typeof createResource>[1], name: string): Promise<CreatedResource> {
  const created = await createResource(
    { client: tracked, region: 'us-west-2', fixtures: createFixtures(tracked, RUN_ID, 1) },
    kind,
    name,
  );
  if (!created.ok) throw new Error(created.outcome.message);
  return created.value;
}

/** One resource of every added kind plus a channel that references the three a channel can reference. */
async function oneOfEachKind(client: ConformanceClient, fixtures: Fixtures) {
  const context = { client, region: 'us-west-2', fixtures };
  const made: CreatedResource[] = [];
  for (const spec of addedResources) {
    const created = await createResource(context, spec.kind, `cleanup-${spec.kind}`);
    if (!created.ok) throw new Error(created.outcome.message);
    made.push(created.value);
  }
  const references = Object.fromEntries(
    addedResources.flatMap((spec, i) => (spec.channelMember ? [[spec.channelMember, made[i]?.arn]] : [])),
  );
  const channel = await client.call('CreateChannel', { ...references, tags: fixtures.runTags });
  const arn = (channel.json as { channel: { arn: string } }).channel.arn;
  const keyArn = (channel.json as { streamKey: { arn: string } }).streamKey.arn;
  return { resources: made.map((r) => r.arn), channel: arn, streamKey: keyArn };
}

describe('cleanup', () => {
  test('deletes a resource of every kind the tracker saw created, leaving the emulator empty', async () => {
    const made = await oneOfEachKind(tracked, createFixtures(tracked, RUN_ID, 1));
    expect(tracker.tracked('recording-configuration')).toHaveLength(1);

    const report = await tracker.cleanup(tracked, null);

    expect(report.leftovers).toEqual([]);
    // The fixtures also made a channel to learn the account id (for the MediaTailor ARN).
    expect(report.deleted).toEqual(expect.arrayContaining([made.channel, made.streamKey, ...made.resources]));
    expect(held(emulator.store.snapshot())).toEqual([]);
  });

  test('deletes the channel before the resources it references', async () => {
    const made = await oneOfEachKind(tracked, createFixtures(tracked, RUN_ID, 1));

    const report = await tracker.cleanup(tracked, null);

    const channelAt = report.deleted.indexOf(made.channel);
    for (const arn of made.resources) expect(report.deleted.indexOf(arn)).toBeGreaterThan(channelAt);
  });

  test('finds resources of every kind by the run tag when no exchange announced them', async () => {
    await oneOfEachKind(untracked, createFixtures(untracked, RUN_ID, 1));

    const report = await tracker.cleanup(tracked, null);

    expect(report.leftovers).toEqual([]);
    expect(held(emulator.store.snapshot())).toEqual([]);
  });

  test('leaves alone resources tagged with another run id', async () => {
    await oneOfEachKind(untracked, createFixtures(untracked, 'otherrun0000', 1));
    const before = held(emulator.store.snapshot());

    const report = await tracker.cleanup(tracked, null);

    expect(report.deleted).toEqual([]);
    expect(held(emulator.store.snapshot())).toEqual(before);
  });

  test('a resource that is already gone is neither deleted nor a leftover', async () => {
    const created = await createTracked('playback-restriction-policy', 'gone');
    await untracked.call('DeletePlaybackRestrictionPolicy', { arn: created.arn });

    const report = await tracker.cleanup(tracked, null);

    expect(report).toEqual({ deleted: [], leftovers: [] });
  });

  test('a resource it cannot delete is a leftover that names the error', async () => {
    const created = await createTracked('recording-configuration', 'held');
    // A channel outside the run (untracked, without the run tag) keeps the configuration in use.
    await untracked.call('CreateChannel', { recordingConfigurationArn: created.arn });

    const report = await tracker.cleanup(tracked, null);

    expect(report.leftovers).toEqual([`${created.arn}: status 409 ConflictException`]);
  });

  test('forgets a resource the run deleted itself', async () => {
    const created = await createTracked('playback-key', 'own');

    await tracked.call('DeletePlaybackKeyPair', { arn: created.arn });

    expect(tracker.tracked('playback-key')).toEqual([]);
  });
});

describe('a cleanup that forgets a kind', () => {
  // Stream keys are left out: DeleteChannel takes them along, so forgetting them leaves nothing behind.
  const forgettable = trackedKinds.filter((spec) => spec.kind !== 'stream-key');

  test.each(forgettable.map((spec) => [spec.kind] as const))(
    'forgetting %s leaves it on the emulator, where the tests see it',
    async (kind) => {
      const forgetful = createResourceTracker(
        RUN_ID,
        trackedKinds.filter((spec) => spec.kind !== kind),
      );
      const client = createConformanceClient({
        endpoint: emulator.url,
        region: 'us-west-2',
        timeoutMs: 5000,
        onExchange: (exchange) => forgetful.noteExchange(exchange),
      });
      await oneOfEachKind(client, createFixtures(client, RUN_ID, 1));

      await forgetful.cleanup(client, null);

      const noun = kind === 'playback-key' ? 'playback key pair' : kind.replaceAll('-', ' ');
      expect(held(emulator.store.snapshot()).some((line) => line.startsWith(`${noun}: `))).toBe(true);
    },
  );
});

describe('a whole run', () => {
  test('leaves nothing of any kind on the emulator', async () => {
    const result = await runConformance({ endpoint: emulator.url, seed: 5, runs: 4 });
    if (!result.ok) throw new Error(result.error.message);

    expect(result.report.cleanup.leftovers).toEqual([]);
    expect(held(emulator.store.snapshot())).toEqual([]);
  }, 60_000);
});
