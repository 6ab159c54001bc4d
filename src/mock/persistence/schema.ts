import { resources } from '../resources/index.js';

/** The tag stored in a state database's `meta` table, so a file of another format is refused. */
export const STATE_FORMAT = 'ivs-contract/state@1';

/**
 * The tables every state database has had since format @1; a file holding only some of them is
 * not one. Tables of resources added later are created when a file is opened.
 */
export const stateTables = ['meta', 'partitions', 'channels', 'stream_keys', 'streams'] as const;

/**
 * The schema: `meta`, `partitions`, then one table per resource of the registry (its own
 * `persistence.schema`), parents first. Bodies are the snapshot items (the API views) as JSON;
 * rowids keep creation order, which the emulator's lists follow. A child table's rows go with
 * their parent row (`ON DELETE CASCADE`), as DeleteChannel takes a channel's keys and stream.
 */
export const stateSchema = [
  `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS partitions (
  id INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL,
  region TEXT NOT NULL,
  UNIQUE (account_id, region)
) STRICT;`,
  ...resources.flatMap((resource) => (resource.persistence === undefined ? [] : [resource.persistence.schema])),
].join('\n');
