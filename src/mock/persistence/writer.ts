import type { IvsSnapshot } from '../../state/snapshot.js';
import { parseArn } from '../arn.js';
import { type ResourcePersistence, resources } from '../resources/index.js';
import type { IvsStore, IvsStoreChange } from '../store.js';
import type { CountingRandom } from './counting-random.js';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './sqlite.js';

/** Writes the store's accepted changes into a state database, one transaction per change. */
export interface StateWriter {
  /** Commits one change (reading the affected resources from the store); throws when SQLite does. */
  commit(change: IvsStoreChange): void;
  /** Forgets cached partition ids, after a transaction failed and rolled them back. */
  forget(): void;
}

/** Whether an input or output member names a resource by ARN (`arn`, `channelArn`, `resourceArn`, `recordingConfigurationArn`…). */
const isArnMember = (member: string): boolean => member === 'arn' || member.endsWith('Arn');

/** Every IVS resource ARN named by an operation's input or output, in the order met. */
export function touchedArns(...values: readonly unknown[]): string[] {
  const arns = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [member, inner] of Object.entries(value)) {
      if (isArnMember(member) && typeof inner === 'string') {
        if (parseArn(inner) !== undefined) arns.add(inner);
      } else {
        visit(inner);
      }
    }
  };
  for (const value of values) visit(value);
  return [...arns];
}

/** The resources kept in the state file, parents before children (the registry's order). */
const persisted = resources.flatMap((resource) => (resource.persistence === undefined ? [] : [resource.persistence]));

interface TableStatements {
  readonly part: ResourcePersistence;
  readonly put: Statement<unknown[]>;
  readonly drop: Statement<unknown[]>;
  readonly dropChildren: Statement<unknown[]> | undefined;
}

function tableStatements(db: SqliteDatabase, part: ResourcePersistence): TableStatements {
  const columns = [part.keyColumn, ...(part.parentColumn === undefined ? [] : [part.parentColumn])];
  return {
    part,
    put: db.prepare<unknown[]>(
      `INSERT INTO ${part.table} (${columns.join(', ')}, partition_id, body) VALUES (${columns.map(() => '?').join(', ')}, ?, ?) ON CONFLICT (${part.keyColumn}) DO UPDATE SET body = excluded.body`,
    ),
    drop: db.prepare<unknown[]>(`DELETE FROM ${part.table} WHERE ${part.keyColumn} = ?`),
    dropChildren:
      part.childrenOnly === true && part.parentColumn !== undefined
        ? db.prepare<unknown[]>(`DELETE FROM ${part.table} WHERE ${part.parentColumn} = ?`)
        : undefined,
  };
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
    setDraws: db.prepare("UPDATE meta SET value = ? WHERE key = 'draws'"),
  };
  const tables = persisted.map((part) => tableStatements(db, part));
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

  const put = (table: TableStatements, key: string, parent: string | undefined, id: number, body: unknown): void => {
    const text = JSON.stringify(body);
    if (table.part.parentColumn === undefined) table.put.run(key, id, text);
    else table.put.run(key, parent ?? null, id, text);
  };

  // Resource by resource, so parent rows are written before their children's.
  const syncArns = (arns: readonly string[]): void => {
    for (const table of tables) {
      for (const arn of arns) {
        const parsed = parseArn(arn);
        if (parsed === undefined) continue;
        const partition = store().partition(parsed.accountId, parsed.region);
        const rows = table.part.rowsNamedBy(partition, arn, parsed.kind);
        if (table.dropChildren !== undefined && rows.length > 0) table.dropChildren.run(arn);
        for (const row of rows) {
          if (row.body === undefined) table.drop.run(row.key);
          else put(table, row.key, row.parent, partitionId(parsed.accountId, parsed.region), row.body);
        }
      }
    }
  };

  const clear = (): void => {
    for (const table of [...tables].reverse()) db.exec(`DELETE FROM ${table.part.table};`);
    db.exec('DELETE FROM partitions;');
    partitionIds.clear();
  };

  const writeAll = (snapshot: IvsSnapshot): void => {
    const partsByTable = new Map(
      resources.flatMap((resource) =>
        resource.persistence === undefined || resource.snapshot === undefined
          ? []
          : [[resource.persistence.table, resource.snapshot.member] as const],
      ),
    );
    for (const partition of snapshot.partitions) {
      const id = partitionId(partition.accountId, partition.region);
      for (const table of tables) {
        const member = partsByTable.get(table.part.table);
        if (member === undefined) continue;
        const items = (partition[member] ?? []) as readonly unknown[];
        for (const item of items) {
          const { key, parent } = table.part.keyOf(item as Record<string, unknown>);
          put(table, key, parent, id, item);
        }
      }
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
        syncArns([change.channelArn]);
        break;
      case 'resource':
        syncArns([change.arn]);
        break;
      case 'operation':
        syncArns(touchedArns(change.input, change.output));
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
