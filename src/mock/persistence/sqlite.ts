import type BetterSqlite3 from 'better-sqlite3';
import { problem, reasonOf, type StateFileResult } from './errors.js';
import { missingSqliteMessage, type SqliteImporter } from './sqlite-package.js';

/** An open better-sqlite3 database. */
export type SqliteDatabase = BetterSqlite3.Database;

/** better-sqlite3's `Database` constructor. */
export type SqliteConstructor = new (filename: string, options?: BetterSqlite3.Options) => SqliteDatabase;

// Loaded only when a state file is asked for: the package is native, Node-only and optional.
const importBetterSqlite3: SqliteImporter = () => import('better-sqlite3');

/** Loads better-sqlite3 lazily, turning a missing package into a `missing-package` problem. */
export async function loadSqlite(
  importer: SqliteImporter = importBetterSqlite3,
): Promise<StateFileResult<SqliteConstructor>> {
  let loaded: unknown;
  try {
    loaded = await importer();
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND'
      ? problem('missing-package', missingSqliteMessage)
      : problem('missing-package', `${missingSqliteMessage}: ${reasonOf(error)}`);
  }
  const databaseClass =
    typeof loaded === 'object' && loaded !== null ? (loaded as { default?: unknown }).default : undefined;
  if (typeof databaseClass !== 'function')
    return problem('missing-package', `${missingSqliteMessage}: the installed module exports no Database`);
  return { ok: true, value: databaseClass as SqliteConstructor };
}
