/** The tag stored in a state database's `meta` table, so a file of another format is refused. */
export const STATE_FORMAT = 'ivs-contract/state@1';

/** The tables of a state database; a file holding only some of them is not one. */
export const stateTables = ['meta', 'partitions', 'channels', 'stream_keys', 'streams'] as const;

/**
 * The schema. Bodies are the API views (`Channel`, `StreamKey`, `Stream`) as JSON, the same
 * objects a snapshot holds; rowids keep creation order, which the emulator's lists follow.
 * Deleting a channel cascades to its stream keys and stream, as DeleteChannel does.
 */
export const stateSchema = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE partitions (
  id INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL,
  region TEXT NOT NULL,
  UNIQUE (account_id, region)
) STRICT;
CREATE TABLE channels (
  arn TEXT PRIMARY KEY,
  partition_id INTEGER NOT NULL REFERENCES partitions (id),
  body TEXT NOT NULL
) STRICT;
CREATE TABLE stream_keys (
  arn TEXT PRIMARY KEY,
  channel_arn TEXT NOT NULL REFERENCES channels (arn) ON DELETE CASCADE,
  partition_id INTEGER NOT NULL REFERENCES partitions (id),
  body TEXT NOT NULL
) STRICT;
CREATE INDEX stream_keys_by_channel ON stream_keys (channel_arn);
CREATE TABLE streams (
  channel_arn TEXT PRIMARY KEY REFERENCES channels (arn) ON DELETE CASCADE,
  partition_id INTEGER NOT NULL REFERENCES partitions (id),
  body TEXT NOT NULL
) STRICT;
`;
