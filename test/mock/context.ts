import { type BehaviourContext, behaviourContext } from '../../src/mock/resources/index.js';
import { createIvsStore, type IvsStore, type IvsStoreOptions } from '../../src/mock/store.js';
import type { Result } from '../../src/mock/result.js';

/** A store with a settable clock, and a behaviour context for one account and region of it. */
export function testContext(options: IvsStoreOptions & { accountId?: string; region?: string } = {}): {
  store: IvsStore;
  context: () => BehaviourContext;
  setTime: (ms: number) => void;
} {
  let now = Date.parse('2026-01-02T03:04:05Z');
  const store = createIvsStore({ seed: 7, clock: () => now, ...options });
  const accountId = options.accountId ?? '123456789012';
  const region = options.region ?? 'us-west-2';
  return {
    store,
    context: () => behaviourContext(store, store.partition(accountId, region), store.clock()),
    setTime: (ms) => {
      now = ms;
    },
  };
}

/** The value of a successful result; fails the test with the error otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.type}: ${result.error.message}`);
  return result.value;
}

/** The error type of a failed result; fails the test on success. */
export function errorType(result: Result<unknown>): string {
  if (result.ok) throw new Error('expected an error, got success');
  return result.error.type;
}
