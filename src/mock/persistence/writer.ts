import type { IvsSnapshot } from '../../state/snapshot.js';
import { parseArn } from '../arn.js';
import type { IvsStore, IvsStoreChange } from '../store.js';
import { channelView, streamKeyView, streamView } from '../views.js';
import type { CountingRandom } from './counting-random.js';
import type { SqliteDatabase } from './sqlite.js';

/** Writes the store's accepted changes into a state database, one transaction per change. */
export interface StateWriter {
  /** Commits one change (reading the affected resources from the store); throws when SQLite does. */
  commit(change: IvsStoreChange): void;
  /** Forgets cached partition ids, after a transaction failed and rolled them back. */
  forget(): void;
}

// Input and output members that name the resources an operation touched.
const arnMembers = new Set(['arn', 'channelArn', 'resourceArn']);

/** Every ARN named by an operation's input or output, channels first (a key row needs its channel's). */
export function touchedArns(...values: readonly unknown[]): string[] {
  const channels = new Set<string>();
  const keys = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [member, inner] of Object.entries(value)) {
      if (arnMembers.has(member) && typeof inner === 'string') {
        const kind = parseArn(inner)?.kind;
        if (kind === 'channel') channels.add(inner);
        else if (kind === 'stream-key') keys.add(inner);
      } else {
        visit(inner);
      }
    }
  };
  for (const value of values) visit(value);
  return [...channels, ...keys];
}

/**
 * Makes the writer. Each change rewrites only the rows of the resources it names, read back from
 * the store, so a commit costs the same whatever the size of the state (reset and restore
 * rewrite everything, as they replace everything).
 */
export function createStateWriter(db: SqliteDatabase, store: () => IvsStore, random: CountingRandom): StateWriter {
  const statements = {
    addPartition: db.prepare(
      'INSERT INTO partitions (account_id, region) VALUES (?, ?) ON CONFLICT (account_id, region) DO NOTHING',
    ),
    partitionId: db
      .prepare<[string, string], number>('SELECT id FROM partitions WHERE account_id = ? AND region = ?')
      .pluck(),
    putChannel: db.prepare(
      'INSERT INTO channels (arn, partition_id, body) VALUES (?, ?, ?) ON CONFLICT (arn) DO UPDATE SET body = excluded.body',
    ),
    dropChannel: db.prepare('DELETE FROM channels WHERE arn = ?'),
    putKey: db.prepare(
      'INSERT INTO stream_keys (arn, channel_arn, partition_id, body) VALUES (?, ?, ?, ?) ON CONFLICT (arn) DO UPDATE SET body = excluded.body',
    ),
    dropKey: db.prepare('DELETE FROM stream_keys WHERE arn = ?'),
    putStream: db.prepare(
      'INSERT INTO streams (channel_arn, partition_id, body) VALUES (?, ?, ?) ON CONFLICT (channel_arn) DO UPDATE SET body = excluded.body',
    ),
    dropStream: db.prepare('DELETE FROM streams WHERE channel_arn = ?'),
    setDraws: db.prepare("UPDATE meta SET value = ? WHERE key = 'draws'"),
  };
  const partitionIds = new Map<string, number>();
  let drawsWritten = Number.NaN;

  const partitionId = (accountId: string, region: string): number => {
    const key = `${accountId}/${region}`;
    let id = partitionIds.get(key);
    if (id === undefined) {
      statements.addPartition.run(accountId, region);
      id = statements.partitionId.get(accountId, region);
      if (id === undefined) throw new Error(`the partition ${key} could not be recorded`);
      partitionIds.set(key, id);
    }
    return id;
  };

  const syncArn = (arn: string): void => {
    const parsed = parseArn(arn);
    if (parsed === undefined) return;
    const partition = store().partition(parsed.accountId, parsed.region);
    if (parsed.kind === 'stream-key') {
      const key = partition.streamKeys.get(arn);
      if (key === undefined) statements.dropKey.run(arn);
      else
        statements.putKey.run(
          arn,
          key.channelArn,
          partitionId(parsed.accountId, parsed.region),
          JSON.stringify(streamKeyView(key)),
        );
      return;
    }
    const channel = partition.channels.get(arn);
    if (channel === undefined) {
      statements.dropChannel.run(arn);
      return;
    }
    const id = partitionId(parsed.accountId, parsed.region);
    statements.putChannel.run(arn, id, JSON.stringify(channelView(channel)));
    const stream = partition.streams.get(arn);
    if (stream === undefined) statements.dropStream.run(arn);
    else statements.putStream.run(arn, id, JSON.stringify(streamView(stream, channel)));
  };

  const clear = (): void => {
    db.exec('DELETE FROM streams; DELETE FROM stream_keys; DELETE FROM channels; DELETE FROM partitions;');
    partitionIds.clear();
  };

  const writeAll = (snapshot: IvsSnapshot): void => {
    for (const partition of snapshot.partitions) {
      const id = partitionId(partition.accountId, partition.region);
      for (const channel of partition.channels) statements.putChannel.run(channel.arn, id, JSON.stringify(channel));
      for (const key of partition.streamKeys) statements.putKey.run(key.arn, key.channelArn, id, JSON.stringify(key));
      for (const stream of partition.streams) statements.putStream.run(stream.channelArn, id, JSON.stringify(stream));
    }
  };

  const apply = db.transaction((change: IvsStoreChange) => {
    switch (change.kind) {
      case 'reset':
        clear();
        break;
      case 'restore':
        clear();
        writeAll(store().snapshot());
        break;
      case 'stream':
        syncArn(change.channelArn);
        break;
      case 'operation':
        for (const arn of touchedArns(change.input, change.output)) syncArn(arn);
        break;
    }
    if (random.draws !== drawsWritten) statements.setDraws.run(String(random.draws));
  });

  return {
    commit(change) {
      apply.immediate(change);
      drawsWritten = random.draws;
    },
    forget() {
      partitionIds.clear();
      drawsWritten = Number.NaN;
    },
  };
}
