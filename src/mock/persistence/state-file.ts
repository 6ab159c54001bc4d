import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { problem, reasonOf, sqliteCode, type StateFileResult } from './errors.js';
import { STATE_FORMAT, stateSchema, stateTables } from './schema.js';
import type { SqliteConstructor, SqliteDatabase } from './sqlite.js';
import { missingSqliteMessage } from './sqlite-package.js';

/** An open, checked state database. */
export interface OpenedStateFile {
  /** The connection, in WAL mode with `synchronous=FULL`, holding the file exclusively. */
  readonly db: SqliteDatabase;
  /** Whether the file was new (or empty) and has just been given the schema. */
  readonly created: boolean;
}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

function statOf(path: string): StateFileResult<Stats | undefined> {
  try {
    return { ok: true, value: statSync(path) };
  } catch (error) {
    if (sqliteCode(error) === 'ENOENT') return { ok: true, value: undefined };
    return problem('io', `cannot read the state file ${path}: ${reasonOf(error)}`);
  }
}

function startsLikeSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(sqliteHeader.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(sqliteHeader);
  } finally {
    closeSync(fd);
  }
}

/** Looks at a file before SQLite opens it for writing, so something else is never touched. */
function precheck(path: string): StateFileResult<void> {
  const stat = statOf(path);
  if (!stat.ok) return stat;
  if (stat.value === undefined || (stat.value.isFile() && stat.value.size === 0)) return { ok: true, value: undefined };
  if (!stat.value.isFile()) return problem('not-a-state-file', `the state file ${path} is not a regular file`);
  try {
    if (startsLikeSqlite(path)) return { ok: true, value: undefined };
  } catch (error) {
    return problem('io', `cannot read the state file ${path}: ${reasonOf(error)}`);
  }
  return problem(
    'not-a-state-file',
    `${path} is not an ivs-contract state file (not an SQLite database); it was left untouched`,
  );
}

/** Checks what an existing database holds; `true` when it is empty and may be given the schema. */
function checkContents(db: SqliteDatabase, path: string): StateFileResult<boolean> {
  const tables = db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
  if (tables.length === 0) return { ok: true, value: true };
  const missing = stateTables.filter((table) => !tables.includes(table));
  if (missing.length > 0)
    return problem(
      'not-a-state-file',
      `${path} is an SQLite database but not an ivs-contract state file (no ${missing.join(', ')} table); it was left untouched`,
    );
  const format = db.prepare<[], string>("SELECT value FROM meta WHERE key = 'format'").pluck().get();
  if (format !== STATE_FORMAT) {
    return problem(
      'not-a-state-file',
      `${path} is a state file of format ${JSON.stringify(format ?? null)}, not ${STATE_FORMAT}; it was left untouched`,
    );
  }
  return { ok: true, value: false };
}

function failureOf(error: unknown, path: string): StateFileResult<never> {
  const code = sqliteCode(error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return problem('in-use', `the state file ${path} is in use by another process`);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return problem('not-a-state-file', `${path} is not a readable ivs-contract state file: ${reasonOf(error)}`);
  return problem('io', `cannot use the state file ${path}: ${reasonOf(error)}`);
}

/**
 * Opens (or creates) a state database at `path`: refuses anything that is not one without
 * writing to it, then switches to WAL with `synchronous=FULL` (a commit is on disk when it
 * returns, so an acknowledged change survives even a power cut) and takes the file for this
 * process alone (`locking_mode=EXCLUSIVE`), so two servers never interleave their writes.
 */
export function openStateFile(
  path: string,
  Database: SqliteConstructor,
  seed: number,
): StateFileResult<OpenedStateFile> {
  const checked = precheck(path);
  if (!checked.ok) return checked;
  let db: SqliteDatabase;
  try {
    db = new Database(path, { timeout: 250 });
  } catch (error) {
    // better-sqlite3 loads its native part on first use: a build for another Node fails here.
    if (sqliteCode(error) === 'ERR_DLOPEN_FAILED' || /bindings file|NODE_MODULE_VERSION/.test(reasonOf(error))) {
      return problem('missing-package', `${missingSqliteMessage}: ${reasonOf(error)}`);
    }
    return failureOf(error, path);
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    const contents = checkContents(db, path);
    if (!contents.ok) {
      db.close();
      return contents;
    }
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`SQLite refused WAL mode (journal_mode is ${String(mode)})`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      // Also gives a file made before a resource existed that resource's (empty) table.
      db.exec(stateSchema);
      if (contents.value) {
        const put = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
        put.run('format', STATE_FORMAT);
        put.run('seed', String(seed));
        put.run('draws', '0');
      }
    }).immediate();
    return { ok: true, value: { db, created: contents.value } };
  } catch (error) {
    db.close();
    return failureOf(error, path);
  }
}
