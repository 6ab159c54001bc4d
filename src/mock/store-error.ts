import type { IvsError } from './result.js';

/**
 * Thrown by a store control used wrongly (an unknown ARN, a bad snapshot, a seed the service would
 * refuse), so a test that does not look at a result still fails; the `try…` forms return it instead.
 */
export class IvsStoreError extends Error {
  override readonly name = 'IvsStoreError';
  /** The error shape name the service would answer with, e.g. `ResourceNotFoundException`. */
  readonly type: string;

  /** Makes the error from the control's name and the error as a value. */
  constructor(control: string, error: IvsError) {
    super(`store.${control}: ${error.type}: ${error.message}`);
    this.type = error.type;
  }
}
