import { randomSeed } from '../random.js';
import { createIvsStore, type IvsLimits, type IvsStore, type RecordingConfigurationProgression } from '../store.js';
import { createCountingRandom } from './counting-random.js';
import { problem, reasonOf, StateFileError, type StateFileResult } from './errors.js';
import { readState } from './reader.js';
import { loadSqlite } from './sqlite.js';
import type { SqliteImporter } from './sqlite-package.js';
import { openStateFile } from './state-file.js';
import { createStateWriter } from './writer.js';

/** Options of `openPersistentStore`. */
export interface PersistentStoreOptions {
  /** Seed of the id sequence of a new state file; an existing file keeps the seed it was made with. Random when absent. */
  readonly seed?: number;
  /** The store's clock. Default `Date.now`. */
  readonly clock?: () => number;
  /** Quotas to enforce instead of the defaults. */
  readonly limits?: Partial<IvsLimits>;
  /** How new recording configurations move from CREATING to ACTIVE (see `IvsStoreOptions`). */
  readonly recordingConfigurationProgression?: RecordingConfigurationProgression;
  /** Loads better-sqlite3; tests replace it to stand in for a missing package. */
  readonly importSqlite?: SqliteImporter;
}

/** An emulator store whose every accepted change is committed to a state file before the caller sees it. */
export interface PersistentStore {
  /** The store; use it like any other (`ivsHandlers({ store })`, `startMockServer({ store })`). */
  readonly store: IvsStore;
  /** The state file's path. */
  readonly path: string;
  /** Whether the file was new and started empty. */
  readonly created: boolean;
  /** The seed of the id sequence (the file's own when it already existed). */
  readonly seed: number;
  /** Closes the database; changes after this throw, the state stays readable in memory. */
  close(): void;
}

/**
 * Opens (or creates) a state file and loads it into a new store. From then on each accepted
 * change is committed in its own transaction before the call that made it returns; when a commit
 * fails, the store is reloaded from the file (so memory never holds what the file lacks) and the
 * call throws a `StateFileError`.
 */
export async function openPersistentStore(
  path: string,
  options: PersistentStoreOptions = {},
): Promise<StateFileResult<PersistentStore>> {
  const sqlite = await loadSqlite(options.importSqlite);
  if (!sqlite.ok) return sqlite;
  const opened = openStateFile(path, sqlite.value, options.seed ?? randomSeed());
  if (!opened.ok) return opened;
  const { db, created } = opened.value;
  const stored = readState(db, path);
  if (!stored.ok) {
    db.close();
    return stored;
  }
  const random = createCountingRandom(stored.value.seed, stored.value.draws);
  // Changes made while the file itself is being loaded are already in it.
  let loading = true;
  let closed = false;
  const reload = (): void => {
    writer.forget();
    const again = readState(db, path);
    // A file that cannot even be read back leaves memory as it is; the caller still gets the error.
    if (!again.ok) return;
    loading = true;
    try {
      random.seek(again.value.draws);
      store.tryRestore(again.value.snapshot);
    } finally {
      loading = false;
    }
  };
  const store: IvsStore = createIvsStore({
    random,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    ...(options.recordingConfigurationProgression === undefined
      ? {}
      : { recordingConfigurationProgression: options.recordingConfigurationProgression }),
    onChange(change) {
      if (loading) return;
      if (closed)
        throw new StateFileError({ code: 'io', message: `the state file ${path} is closed; the change was not kept` });
      try {
        writer.commit(change);
      } catch (error) {
        reload();
        throw new StateFileError({
          code: 'io',
          message: `could not commit to the state file ${path} (the change was undone): ${reasonOf(error)}`,
        });
      }
    },
  });
  const writer = createStateWriter(db, () => store, random);
  const restored = store.tryRestore(stored.value.snapshot);
  if (!restored.ok) {
    db.close();
    return problem('invalid-state', `the state file ${path} holds an invalid state: ${restored.error.message}`);
  }
  loading = false;
  return {
    ok: true,
    value: {
      store,
      path,
      created,
      seed: stored.value.seed,
      close() {
        if (closed) return;
        closed = true;
        db.close();
      },
    },
  };
}
