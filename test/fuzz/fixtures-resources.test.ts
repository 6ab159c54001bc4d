import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { shapeValidators } from '../../generated/validators.js';
import { fixtures, generateFixtures, type FixtureOptions } from '../../src/fuzz/index.js';
import type { StreamSession } from '../../generated/types.js';
import { createIvsStore } from '../../src/mock/index.js';
import { openPersistentStore } from '../../src/mock/persistence/index.js';
import { directTarget } from './msw-target.js';

const cases: readonly [string, FixtureOptions][] = [
  ['defaults', { seed: 42 }],
  ['many past broadcasts', { seed: 7, channels: 9, liveStreams: 4, pastStreamSessions: 12, playbackKeyPairs: 3 }],
  ['everything live, no past', { seed: 3, channels: 4, liveStreams: 4, pastStreamSessions: 0 }],
  ['another account and region', { seed: 9, channels: 3, accountId: '210987654321', region: 'eu-west-1' }],
];

const time = (text: string | undefined): number => Date.parse(text ?? '');

/** The sessions of each channel, oldest first, as the data set lists them. */
function sessionsByChannel(sessions: readonly StreamSession[]): Map<string, StreamSession[]> {
  const by = new Map<string, StreamSession[]>();
  for (const session of sessions) {
    const arn = session.channel?.arn ?? '';
    by.set(arn, [...(by.get(arn) ?? []), session]);
  }
  return by;
}

describe('generateFixtures: every resource kind', () => {
  test('the default data set holds at least one resource of every kind a partition has', () => {
    const [partition] = generateFixtures({ seed: 42, channels: 4 }).partitions;
    const kinds = Object.entries(partition ?? {}).filter(([, value]) => Array.isArray(value));
    expect(kinds.filter(([, value]) => (value as unknown[]).length === 0).map(([kind]) => kind)).toEqual([]);
    expect(kinds.map(([kind]) => kind).sort()).toEqual(
      [
        'adConfigurations',
        'channels',
        'playbackKeyPairs',
        'playbackRestrictionPolicies',
        'recordingConfigurations',
        'streamKeys',
        'streamSessions',
        'streams',
      ].sort(),
    );
  });

  test('every fourth channel shows ads with an ad configuration of the data set', () => {
    const [partition] = generateFixtures({ seed: 5, channels: 8 }).partitions;
    const ads = new Set<string | undefined>((partition?.adConfigurations ?? []).map((a) => a.arn));
    const using = (partition?.channels ?? []).filter((c) => c.adConfigurationArn !== '');
    expect(using).toHaveLength(2);
    expect(using.filter((c) => !ads.has(c.adConfigurationArn))).toEqual([]);
  });

  test.each([
    [
      'too many past sessions',
      { seed: 1, pastStreamSessions: 100 },
      /pastStreamSessions must be a whole number from 0 to 99/,
    ],
    ['too many key pairs', { seed: 1, playbackKeyPairs: 4 }, /playbackKeyPairs must be a whole number from 0 to 3/],
  ] as const)('refuses %s with a one-line reason', (_name, options, message) => {
    expect(() => generateFixtures(options)).toThrow(message);
  });
});

describe('generateFixtures: stream sessions of past broadcasts', () => {
  test.each(cases)('%s: every session passes the StreamSession shape validator', (_name, options) => {
    const sessions = generateFixtures(options).partitions[0]?.streamSessions ?? [];
    expect(sessions.filter((s) => !shapeValidators['StreamSession']?.(s))).toEqual([]);
  });

  test.each(cases)('%s: each channel has its past broadcasts, then its live one', (_name, options) => {
    const [partition] = generateFixtures(options).partitions;
    const by = sessionsByChannel(partition?.streamSessions ?? []);
    for (const channel of partition?.channels ?? []) {
      const live = partition?.streams.find((s) => s.channelArn === channel.arn);
      const sessions = by.get(channel.arn ?? '') ?? [];
      expect(sessions).toHaveLength((options.pastStreamSessions ?? 1) + (live === undefined ? 0 : 1));
      const open = sessions.filter((s) => s.endTime === undefined);
      expect(open.map((s) => [s.streamId, s.startTime])).toEqual(
        live === undefined ? [] : [[live.streamId, live.startTime]],
      );
      if (live !== undefined) expect(sessions.at(-1)?.endTime).toBeUndefined();
    }
  });

  test.each(cases)('%s: a session holds its channel and its recording configuration', (_name, options) => {
    const [partition] = generateFixtures(options).partitions;
    for (const session of partition?.streamSessions ?? []) {
      const channel = partition?.channels.find((c) => c.arn === session.channel?.arn);
      expect(session.channel).toEqual(channel);
      const recording = partition?.recordingConfigurations?.find((r) => r.arn === channel?.recordingConfigurationArn);
      expect(session.recordingConfiguration).toEqual(recording);
    }
  });

  test.each(cases)(
    '%s: times are in order and the events are bounded, newest first, within the broadcast',
    (_name, options) => {
      const [partition] = generateFixtures(options).partitions;
      for (const sessions of sessionsByChannel(partition?.streamSessions ?? []).values()) {
        for (const [i, session] of sessions.entries()) {
          const start = time(session.startTime);
          const end = session.endTime === undefined ? Number.POSITIVE_INFINITY : time(session.endTime);
          expect(start).toBeLessThan(end);
          const next = sessions[i + 1];
          if (next !== undefined) expect(end).toBeLessThan(time(next.startTime));
          const events = session.truncatedEvents ?? [];
          expect(events.length).toBeLessThanOrEqual(500);
          const times = events.map((e) => time(e.eventTime));
          expect(times).toEqual([...times].sort((a, b) => b - a));
          expect(times.filter((t) => t < start || t > end)).toEqual([]);
          expect(events.at(-1)?.name).toBe('Session Created');
          if (session.endTime !== undefined) expect(events[0]?.name).toBe('Session Ended');
          const recorded = events.some((e) => e.name === 'Recording Start');
          expect(recorded).toBe(session.recordingConfiguration !== undefined);
        }
      }
    },
  );

  test('stream ids are unique across the data set', () => {
    const [partition] = generateFixtures({ seed: 2, channels: 30, liveStreams: 10, pastStreamSessions: 5 }).partitions;
    const ids = (partition?.streamSessions ?? []).map((s) => s.streamId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the emulator restores the sessions and answers GetStreamSession and ListStreamSessions from them', async () => {
    const store = createIvsStore({ seed: 1 });
    const snapshot = generateFixtures({ seed: 8, channels: 4, liveStreams: 1, pastStreamSessions: 3 });
    store.restore(snapshot);
    const [partition] = snapshot.partitions;
    const live = partition?.streams[0];
    const target = directTarget(store);
    const latest = await target.send('GetStreamSession', { channelArn: live?.channelArn ?? '' });
    expect((latest.body as { streamSession: StreamSession }).streamSession.streamId).toBe(live?.streamId);
    const listed = await target.send('ListStreamSessions', { channelArn: live?.channelArn ?? '' });
    expect((listed.body as { streamSessions: unknown[] }).streamSessions).toHaveLength(4);
  });
});

describe('generateFixtures: playback key pairs', () => {
  test('each key pair holds the fingerprint of the fixture public key of its seed and index, as the emulator computes it', async () => {
    const store = createIvsStore({ seed: 1 });
    const target = directTarget(store);
    const pairs = generateFixtures({ seed: 12, playbackKeyPairs: 3 }).partitions[0]?.playbackKeyPairs ?? [];
    const imported: string[] = [];
    for (const index of [0, 1, 2]) {
      const response = await target.send('ImportPlaybackKeyPair', {
        publicKeyMaterial: fixtures.playbackPublicKey({ seed: 12, index }),
      });
      imported.push((response.body as { keyPair: { fingerprint: string } }).keyPair.fingerprint);
    }
    expect(pairs.map((p) => p.fingerprint).sort()).toEqual(imported.sort());
  });

  test('importing a fixture key again into the restored data set is a ConflictException', async () => {
    const store = createIvsStore({ seed: 1 });
    store.restore(generateFixtures({ seed: 12, playbackKeyPairs: 1 }));
    const target = directTarget(store);
    const again = await target.send('ImportPlaybackKeyPair', {
      publicKeyMaterial: fixtures.playbackPublicKey({ seed: 12 }),
    });
    expect([again.status, again.headers['x-amzn-errortype']]).toEqual([409, 'ConflictException']);
    const other = await target.send('ImportPlaybackKeyPair', {
      publicKeyMaterial: fixtures.playbackPublicKey({ seed: 13 }),
    });
    expect(other.status).toBe(200);
  });

  test('a fixture public key is the same for the same seed and index, and differs otherwise', () => {
    const key = fixtures.playbackPublicKey({ seed: 4, index: 1 });
    expect(key).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----\n$/);
    expect(fixtures.playbackPublicKey({ seed: 4, index: 1 })).toBe(key);
    expect(
      new Set([key, fixtures.playbackPublicKey({ seed: 4 }), fixtures.playbackPublicKey({ seed: 5, index: 1 })]).size,
    ).toBe(3);
  });
});

describe('generateFixtures: a state file', () => {
  test('keeps every resource kind of a restored data set across a reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ivs-fixtures-state-'));
    try {
      const path = join(dir, 'state.sqlite');
      const snapshot = generateFixtures({
        seed: 21,
        channels: 6,
        liveStreams: 2,
        pastStreamSessions: 2,
        playbackKeyPairs: 2,
      });
      const first = await openPersistentStore(path, { seed: 1 });
      if (!first.ok) throw new Error(first.error.message);
      first.value.store.restore(snapshot);
      first.value.close();
      const second = await openPersistentStore(path);
      if (!second.ok) throw new Error(second.error.message);
      expect(second.value.store.snapshot()).toEqual(first.value.store.snapshot());
      second.value.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
