import type { ResourcePersistence } from './resource.js';

/** A resource's state-file table: its name, its `CREATE TABLE IF NOT EXISTS` statement and its key columns. */
export type StateFileTable = Pick<ResourcePersistence, 'table' | 'schema' | 'keyColumn' | 'parentColumn'>;

/** The columns every state-file table ends with: the partition of the row and the snapshot item as JSON. */
const partitionAndBody = `  partition_id INTEGER NOT NULL REFERENCES partitions (id),
  body TEXT NOT NULL
) STRICT;`;

/** The table of a resource kept by its own ARN (channels, recording configurations…): one row per ARN. */
export function arnTable(table: string): StateFileTable {
  return {
    table,
    schema: `CREATE TABLE IF NOT EXISTS ${table} (
  arn TEXT PRIMARY KEY,
${partitionAndBody}`,
    keyColumn: 'arn',
  };
}

/** The table of a resource with at most one row per channel (streams), keyed by the channel's ARN and gone with it. */
export function oneRowPerChannelTable(table: string): StateFileTable {
  return {
    table,
    schema: `CREATE TABLE IF NOT EXISTS ${table} (
  channel_arn TEXT PRIMARY KEY REFERENCES channels (arn) ON DELETE CASCADE,
${partitionAndBody}`,
    keyColumn: 'channel_arn',
  };
}

/**
 * The table of a resource whose rows hang on a channel (stream keys, sessions…): keyed by
 * `keyColumn`, with a `channel_arn` parent column whose rows go with the channel's row, and an
 * index by channel when `indexByChannel`.
 */
export function channelChildTable(
  table: string,
  keyColumn: string,
  { indexByChannel }: { readonly indexByChannel: boolean },
): StateFileTable {
  const index = indexByChannel ? `\nCREATE INDEX IF NOT EXISTS ${table}_by_channel ON ${table} (channel_arn);` : '';
  return {
    table,
    schema: `CREATE TABLE IF NOT EXISTS ${table} (
  ${keyColumn} TEXT PRIMARY KEY,
  channel_arn TEXT NOT NULL REFERENCES channels (arn) ON DELETE CASCADE,
${partitionAndBody}${index}`,
    keyColumn,
    parentColumn: 'channel_arn',
  };
}
