// Kept apart from sqlite.ts so that the public type declarations never reach better-sqlite3's types (an optional peer).

/** Loads the better-sqlite3 module; injectable so tests can stand in for a missing package. */
export type SqliteImporter = () => Promise<unknown>;

/** The one line shown when better-sqlite3 cannot be loaded. */
export const missingSqliteMessage =
  'ivs-contract mock --state-file needs the better-sqlite3 package (npm install better-sqlite3@12)';
