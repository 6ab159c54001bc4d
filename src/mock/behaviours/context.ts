import type { Partition } from '../records.js';
import type { Result } from '../result.js';
import type { StoreCore } from '../store-core.js';

/** What a behaviour works on: the store, the caller's partition and the time of the request. */
export interface BehaviourContext {
  /** The whole store (for ids, quotas and the creation order). */
  readonly store: StoreCore;
  /** The caller's account and region. */
  readonly partition: Partition;
  /** The time of the request, in milliseconds since the epoch. */
  readonly now: number;
}

/** One operation's behaviour: an already validated input in, an output or an error value out. */
export type Behaviour<I, O> = (context: BehaviourContext, input: I) => Result<O>;
