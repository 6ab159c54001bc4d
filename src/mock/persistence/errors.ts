/** Why a state file could not be used. */
export type StateFileErrorCode =
  /** better-sqlite3 is not installed, or its native part does not load. */
  | 'missing-package'
  /** The path holds something that is not an ivs-contract state database; it is left untouched. */
  | 'not-a-state-file'
  /** The database is ours but its contents do not make a valid emulator state. */
  | 'invalid-state'
  /** Another process holds the database open. */
  | 'in-use'
  /** The file system refused (missing directory, permissions, disk full…). */
  | 'io';

/** A state-file failure as a value: a code to branch on and one line for people. */
export interface StateFileProblem {
  /** What kind of failure. */
  readonly code: StateFileErrorCode;
  /** One line that says what was wrong and where. */
  readonly message: string;
}

/** The outcome of a state-file step: a value, or the problem. */
export type StateFileResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: StateFileProblem };

/** Wraps a state-file problem as a failed result. */
export function problem<T = never>(code: StateFileErrorCode, message: string): StateFileResult<T> {
  return { ok: false, error: { code, message } };
}

/** A state-file failure thrown where an exception is the only way out (server start, a commit that failed). */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
  /** What kind of failure. */
  readonly code: StateFileErrorCode;

  /** Makes the error from a problem value. */
  constructor(found: StateFileProblem) {
    super(found.message);
    this.code = found.code;
  }
}

/** The message of any thrown value, on one line. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/** The SQLite result code of an error thrown by better-sqlite3 (`SQLITE_BUSY`…), if it carries one. */
export function sqliteCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
