import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { createIvsStore, type IvsStore } from '../../../src/mock/store.js';
import { call, createChannel, openOrThrow, snapshotRoundTrip, useTempStateFile } from './helpers.js';

const stateFile = useTempStateFile();

/** Opens the file, runs `act`, closes, reopens, and returns the snapshots before and after. */
const roundTrip = (act: (store: IvsStore) => void, seed = 42): Promise<{ before: unknown; after: unknown }> =>
  snapshotRoundTrip(stateFile.path, { seed }, act);

describe('a persistent store', () => {
  test('a new file starts empty and reports that it was created', async () => {
    const opened = await openOrThrow(stateFile.path, { seed: 5 });
    expect(opened).toMatchObject({ created: true, seed: 5 });
    expect(opened.store.snapshot().partitions).toEqual([]);
    opened.close();
  });

  test('write, close and reopen gives the same snapshot, across accounts and regions', async () => {
    const other = { accountId: '210987654321', region: 'eu-west-1' };
    const { before, after } = await roundTrip((store) => {
      const a = createChannel(store, {
        name: 'a',
        tags: JSON.parse('{"team":"x","__proto__":"plain"}') as Record<string, string>,
      });
      createChannel(store, { name: 'b', latencyMode: 'NORMAL' }, other);
      const c = createChannel(store, { name: 'c', type: 'BASIC' });
      store.startStream(c.channelArn, { health: 'STARVING', viewerCount: 3 });
      call(store, 'TagResource', { resourceArn: a.keyArn, tags: { k: 'v' } });
    });
    expect((before as { partitions: unknown[] }).partitions).toHaveLength(2);
    expect(JSON.stringify(before)).toContain('"__proto__":"plain"');
    expect(after).toEqual(before);
  });

  const changes: [string, (store: IvsStore) => void][] = [
    ['CreateChannel', (store) => void createChannel(store, { name: 'new', tags: { a: '1' } })],
    [
      'UpdateChannel',
      (store) =>
        void call(store, 'UpdateChannel', { arn: createChannel(store).channelArn, name: 'renamed', type: 'BASIC' }),
    ],
    [
      'DeleteChannel (its stream key goes too)',
      (store) => void call(store, 'DeleteChannel', { arn: createChannel(store).channelArn }),
    ],
    [
      'CreateStreamKey',
      (store) => {
        const { channelArn, keyArn } = createChannel(store);
        call(store, 'DeleteStreamKey', { arn: keyArn });
        call(store, 'CreateStreamKey', { channelArn, tags: { fresh: 'yes' } });
      },
    ],
    ['DeleteStreamKey', (store) => void call(store, 'DeleteStreamKey', { arn: createChannel(store).keyArn })],
    [
      'TagResource on a channel',
      (store) => void call(store, 'TagResource', { resourceArn: createChannel(store).channelArn, tags: { x: 'y' } }),
    ],
    [
      'TagResource on a stream key',
      (store) => void call(store, 'TagResource', { resourceArn: createChannel(store).keyArn, tags: { x: 'y' } }),
    ],
    [
      'UntagResource',
      (store) => {
        const { channelArn } = createChannel(store, { tags: { keep: '1', drop: '2' } });
        call(store, 'UntagResource', { resourceArn: channelArn, tagKeys: ['drop'] });
      },
    ],
    [
      'startStream',
      (store) =>
        void store.startStream(createChannel(store).channelArn, { viewerCount: 7, startTime: '2026-01-02T03:04:05Z' }),
    ],
    [
      'startStream on a live channel (health and viewers change)',
      (store) => {
        const { channelArn } = createChannel(store);
        store.startStream(channelArn, { startTime: 1_700_000_000_000 });
        store.startStream(channelArn, { health: 'UNKNOWN', viewerCount: 99 });
      },
    ],
    [
      'stopStream',
      (store) => {
        const { channelArn } = createChannel(store);
        store.startStream(channelArn);
        store.stopStream(channelArn);
      },
    ],
    [
      'StopStream',
      (store) => {
        const { channelArn } = createChannel(store);
        store.startStream(channelArn);
        call(store, 'StopStream', { channelArn });
      },
    ],
    [
      'reset',
      (store) => {
        createChannel(store);
        store.reset();
        createChannel(store, { name: 'after-reset' });
      },
    ],
    [
      'restore',
      (store) => {
        const donor = createIvsStore({ seed: 9 });
        createChannel(donor, { name: 'donated', tags: { from: 'donor' } });
        createChannel(store, { name: 'replaced' });
        expect(store.tryRestore(donor.snapshot()).ok).toBe(true);
      },
    ],
  ];

  test.each(changes)('%s survives a restart', async (_name, act) => {
    const { before, after } = await roundTrip((store) => {
      createChannel(store, { name: 'bystander' });
      act(store);
    });
    expect(after).toEqual(before);
  });

  test('ids continue after a restart exactly as without one (no reuse of deleted ids)', async () => {
    const uninterrupted = createIvsStore({ seed: 7 });
    const expected = Array.from({ length: 6 }, () => createChannel(uninterrupted));
    const first = await openOrThrow(stateFile.path, { seed: 7 });
    const seen = expected.slice(0, 3).map(() => createChannel(first.store));
    for (const { channelArn } of seen) call(first.store, 'DeleteChannel', { arn: channelArn });
    first.close();
    const second = await openOrThrow(stateFile.path, { seed: 999 });
    const later = expected.slice(3).map(() => createChannel(second.store));
    second.close();
    expect([...seen, ...later]).toEqual(expected);
  });

  test('an existing file keeps its own seed', async () => {
    (await openOrThrow(stateFile.path, { seed: 11 })).close();
    const reopened = await openOrThrow(stateFile.path, { seed: 12 });
    expect(reopened).toMatchObject({ created: false, seed: 11 });
    reopened.close();
  });

  test('reset restarts the id sequence, also across a restart', async () => {
    const fresh = createChannel(createIvsStore({ seed: 3 }));
    const first = await openOrThrow(stateFile.path, { seed: 3 });
    createChannel(first.store);
    createChannel(first.store);
    first.store.reset();
    first.close();
    const second = await openOrThrow(stateFile.path);
    expect(createChannel(second.store)).toEqual(fresh);
    second.close();
  });

  test('a change after close throws and is not kept', async () => {
    const opened = await openOrThrow(stateFile.path, { seed: 1 });
    opened.close();
    expect(() => createChannel(opened.store)).toThrow(/closed/);
    const again = await openOrThrow(stateFile.path);
    expect(again.store.snapshot().partitions).toEqual([]);
    again.close();
  });

  test('a change the file refuses is undone in memory too (ids included), and the call throws', async () => {
    const uninterrupted = createIvsStore({ seed: 4 });
    const expected = [createChannel(uninterrupted), createChannel(uninterrupted)];
    const first = await openOrThrow(stateFile.path, { seed: 4 });
    const kept = createChannel(first.store, { name: 'kept' });
    first.close();
    const db = new BetterSqlite3(stateFile.path);
    db.exec(
      `CREATE TRIGGER refuse BEFORE INSERT ON channels WHEN NEW.body LIKE '%"refused"%' BEGIN SELECT RAISE(ABORT, 'disk says no'); END;`,
    );
    db.close();
    const second = await openOrThrow(stateFile.path);
    const before = second.store.snapshot();
    expect(() => createChannel(second.store, { name: 'refused' })).toThrow(/could not commit .*disk says no/);
    expect(second.store.snapshot()).toEqual(before);
    expect(createChannel(second.store, { name: 'next' })).toEqual(expected[1]);
    call(second.store, 'TagResource', { resourceArn: kept.channelArn, tags: { still: 'works' } });
    second.close();
    const third = await openOrThrow(stateFile.path);
    expect(third.store.snapshot().partitions[0]?.channels.map((c) => [c.name, c.tags])).toEqual([
      ['kept', { still: 'works' }],
      ['next', {}],
    ]);
    third.close();
  });

  test('read-only operations write nothing', async () => {
    const opened = await openOrThrow(stateFile.path, { seed: 1 });
    const { channelArn } = createChannel(opened.store);
    const before = opened.store.snapshot();
    call(opened.store, 'GetChannel', { arn: channelArn });
    call(opened.store, 'ListChannels', {});
    opened.close();
    const again = await openOrThrow(stateFile.path);
    expect(again.store.snapshot()).toEqual(before);
    again.close();
  });
});
