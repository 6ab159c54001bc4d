import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { IvsStore } from '../../../src/mock/store.js';
import { mediaTailorArn, publicKeyPem } from '../public-keys.js';
import { call, createChannel, openOrThrow, snapshotRoundTrip, useTempStateFile } from './helpers.js';

const stateFile = useTempStateFile();

/** Opens the file (configurations stay CREATING), runs `act`, closes, reopens, and returns the snapshots before and after. */
const roundTrip = (act: (store: IvsStore) => void): Promise<{ before: unknown; after: unknown }> =>
  snapshotRoundTrip(stateFile.path, { seed: 42, recordingConfigurationProgression: 'manual' }, act);

const arnOf = (output: Record<string, unknown>, member: string): string => (output[member] as { arn: string }).arn;

/** One resource of every kind, a channel that uses them, a past and a live session, and a revocation. */
function everything(store: IvsStore): { channelArn: string; recordingArn: string } {
  const recordingArn = arnOf(
    call(store, 'CreateRecordingConfiguration', { destinationConfiguration: { s3: { bucketName: 'recordings' } } }),
    'recordingConfiguration',
  );
  const policyArn = arnOf(call(store, 'CreatePlaybackRestrictionPolicy', { name: 'p' }), 'playbackRestrictionPolicy');
  const adArn = arnOf(
    call(store, 'CreateAdConfiguration', {
      mediaTailorPlaybackConfigurations: [{ playbackConfigurationArn: mediaTailorArn }],
    }),
    'adConfiguration',
  );
  call(store, 'ImportPlaybackKeyPair', { publicKeyMaterial: publicKeyPem(), tags: { k: 'v' } });
  const { channelArn } = createChannel(store, {
    recordingConfigurationArn: recordingArn,
    playbackRestrictionPolicyArn: policyArn,
    adConfigurationArn: adArn,
  });
  store.startStream(channelArn);
  store.stopStream(channelArn);
  store.startStream(channelArn);
  call(store, 'InsertAdBreak', { channelArn, durationSeconds: 30 });
  call(store, 'StartViewerSessionRevocation', { channelArn, viewerId: 'viewer' });
  return { channelArn, recordingArn };
}

describe('the state file keeps every resource kind', () => {
  test('write, close and reopen gives the same snapshot with every resource kind', async () => {
    const { before, after } = await roundTrip((store) => void everything(store));
    const partition = (before as { partitions: Record<string, unknown[]>[] }).partitions[0] ?? {};
    for (const member of [
      'recordingConfigurations',
      'playbackRestrictionPolicies',
      'adConfigurations',
      'playbackKeyPairs',
      'viewerSessionRevocations',
    ])
      expect([member, partition[member]?.length]).toEqual([member, 1]);
    expect(partition['streamSessions']).toHaveLength(2);
    expect(after).toEqual(before);
  });

  test('a recording configuration state set by hand is kept', async () => {
    const { after } = await roundTrip((store) => {
      const { recordingArn } = everything(store);
      store.setRecordingConfigurationState(recordingArn, 'CREATE_FAILED');
    });
    const partition = (after as { partitions: { recordingConfigurations: { state: string }[] }[] }).partitions[0];
    expect(partition?.recordingConfigurations[0]?.state).toBe('CREATE_FAILED');
  });

  test('deleting a channel removes its sessions and revocations from the file too', async () => {
    const { after } = await roundTrip((store) => {
      const { channelArn } = everything(store);
      store.stopStream(channelArn);
      call(store, 'DeleteChannel', { arn: channelArn });
    });
    const partition = (after as { partitions: Record<string, unknown[]>[] }).partitions[0] ?? {};
    expect([partition['channels'], partition['streamSessions'], partition['viewerSessionRevocations']]).toEqual([
      [],
      [],
      [],
    ]);
  });

  test('a state file made before today resources existed opens, and gains their tables', async () => {
    const first = await openOrThrow(stateFile.path, { seed: 1 });
    createChannel(first.store, { name: 'old' });
    first.close();
    const db = new BetterSqlite3(stateFile.path);
    for (const table of [
      'viewer_session_revocations',
      'stream_sessions',
      'playback_key_pairs',
      'ad_configurations',
      'playback_restriction_policies',
      'recording_configurations',
    ])
      db.exec(`DROP TABLE ${table}`);
    db.close();
    const second = await openOrThrow(stateFile.path);
    expect(second.store.snapshot().partitions[0]?.channels.map((c) => c.name)).toEqual(['old']);
    call(second.store, 'CreatePlaybackRestrictionPolicy', {});
    second.close();
    const third = await openOrThrow(stateFile.path);
    expect(third.store.snapshot().partitions[0]?.playbackRestrictionPolicies).toHaveLength(1);
    third.close();
  });
});
