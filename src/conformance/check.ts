import type { OperationName } from '../../generated/types.js';
import type { CheckContext } from './context.js';
import type { Outcome } from './types.js';

/** The families of checks named in the conformance issue. */
export type CheckFamily =
  | 'response'
  | 'error'
  | 'validation'
  | 'semantics'
  | 'pagination'
  | 'streams'
  | 'stateful'
  | 'robustness';

/** One conformance check: what it covers, the rule it asserts, and how to run it. */
export interface Check {
  /** A stable camelCase id named for what it asserts, e.g. `statusCodeConformance`. */
  readonly id: string;
  /** A short human title. */
  readonly title: string;
  /** The family it belongs to. */
  readonly family: CheckFamily;
  /** The operations it exercises. */
  readonly operations: readonly OperationName[];
  /** The rule it asserts, in one or two sentences. */
  readonly rule: string;
  /**
   * `split` checks run in every shard and divide their random runs by `context.shard`;
   * the others are given whole to exactly one shard.
   */
  readonly sharding?: 'whole' | 'split';
  /** Runs the check and returns its findings; it must not throw for anything the endpoint does. */
  run(context: CheckContext): Promise<readonly Outcome[]>;
}
