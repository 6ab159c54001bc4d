/** An error as a value: the error shape name (e.g. `ResourceNotFoundException`) and one line for people. */
export interface IvsError {
  /** The error shape name, sent as `x-amzn-ErrorType`. */
  readonly type: string;
  /** One line that says what was wrong. */
  readonly message: string;
}

/** The outcome of a behaviour or a store control: a value, or an error as a value. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IvsError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error type and message as a failed result. */
export function fail<T = never>(type: string, message: string): Result<T> {
  return { ok: false, error: { type, message } };
}
