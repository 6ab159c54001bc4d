import type { OperationInputs, OperationName, OperationOutputs } from '../../generated/types.js';
import { operations } from '../../generated/operations.js';
import { inputValidators } from '../../generated/validators.js';
import { behaviourContext, behaviours } from './resources/index.js';
import { validateBounded } from './bounded-validation.js';
import { type Result, fail } from './result.js';
import type { StoreCore } from './store-core.js';

/** Who is calling: the account and region whose partition a request reads and changes. */
export interface Caller {
  /** The 12-digit account id. */
  readonly accountId: string;
  /** The region, e.g. `us-west-2`. */
  readonly region: string;
}

/**
 * Runs one operation against the store without HTTP: validates the input with the generated
 * validator (before any lookup, so a bad input never changes state), then runs its behaviour.
 */
export function invokeOperation<K extends OperationName>(
  store: StoreCore,
  caller: Caller,
  operation: K,
  input: unknown,
): Result<OperationOutputs[K]> {
  const invalid = validateBounded(inputValidators[operation], input);
  if (invalid !== undefined) return fail('ValidationException', invalid);
  const behaviour = behaviours[operation];
  const result = behaviour(
    behaviourContext(store, store.partition(caller.accountId, caller.region), store.clock()),
    input as OperationInputs[K],
  );
  if (result.ok && !operations[operation].readonly)
    store.changed({
      kind: 'operation',
      operation,
      accountId: caller.accountId,
      region: caller.region,
      input,
      output: result.value,
    });
  return result;
}
