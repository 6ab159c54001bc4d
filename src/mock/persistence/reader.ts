import { type IvsPartitionSnapshot, type IvsSnapshot, SNAPSHOT_FORMAT } from '../../state/snapshot.js';
import { resources } from '../resources/index.js';
import { problem, reasonOf, type StateFileResult } from './errors.js';
import type { SqliteDatabase } from './sqlite.js';

/** What a state database holds: the emulator state and where its random sequence stands. */
export interface StoredState {
  /** The seed of the id sequence. */
  readonly seed: number;
  /** How many random numbers had been drawn from the seed at the last commit. */
  readonly draws: number;
  /** The resources, as a snapshot for `store.restore`. */
  readonly snapshot: IvsSnapshot;
}

interface BodyRow {
  readonly partition_id: number;
  readonly body: string;
}

interface PartitionRow {
  readonly id: number;
  readonly account_id: string;
  readonly region: string;
}

function counter(db: SqliteDatabase, key: string): number | undefined {
  const text = db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(key);
  const value = text === undefined || !/^\d+$/.test(text) ? Number.NaN : Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Reads the whole state of a checked state database; the store's `restore` then validates every resource. */
export function readState(db: SqliteDatabase, path: string): StateFileResult<StoredState> {
  const seed = counter(db, 'seed');
  const draws = counter(db, 'draws');
  if (seed === undefined || draws === undefined)
    return problem('invalid-state', `the state file ${path} has no valid seed and draw count`);
  const tables = resources.flatMap((resource) =>
    resource.persistence === undefined || resource.snapshot === undefined
      ? []
      : [[resource.persistence.table, resource.snapshot.member] as const],
  );
  const partitions = new Map<number, { accountId: string; region: string } & Record<string, unknown[] | string>>();
  for (const row of db.prepare<[], PartitionRow>('SELECT id, account_id, region FROM partitions ORDER BY id').all()) {
    const lists = Object.fromEntries(tables.map(([, member]) => [member, [] as unknown[]]));
    partitions.set(row.id, { ...lists, accountId: row.account_id, region: row.region });
  }
  for (const [table, member] of tables) {
    for (const row of db.prepare<[], BodyRow>(`SELECT partition_id, body FROM ${table} ORDER BY rowid`).all()) {
      const partition = partitions.get(row.partition_id);
      if (partition === undefined)
        return problem('invalid-state', `the state file ${path} has a row of ${table} in no partition`);
      try {
        (partition[member] as unknown[]).push(JSON.parse(row.body));
      } catch (error) {
        return problem(
          'invalid-state',
          `the state file ${path} has a row of ${table} that is not JSON: ${reasonOf(error)}`,
        );
      }
    }
  }
  const list = [...partitions.values()].filter((p) =>
    tables.some(([, member]) => (p[member] as unknown[]).length > 0),
  ) as unknown as IvsPartitionSnapshot[];
  return { ok: true, value: { seed, draws, snapshot: { format: SNAPSHOT_FORMAT, partitions: list } } };
}
