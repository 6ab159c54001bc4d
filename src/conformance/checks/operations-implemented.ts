import { operationNames } from '../../../generated/operations.js';
import { notImplementedReason } from '../implemented.js';
import { fail, pass } from '../outcome.js';
import type { Check } from '../check.js';

/** Every operation of the model is served; a missing one is named once here, and the checks that need it are skipped. */
export const operationsImplemented: Check = {
  id: 'operationsImplemented',
  title: 'Every operation is implemented',
  family: 'robustness',
  operations: operationNames,
  rule: 'Every operation of the model answers at its address; an answer without an AWS error type and status 404, 405 or 501 (such as an HTML "not found" page) means the operation is not implemented. Findings of other checks that depend on a missing operation are reported as skipped with this reason.',
  async run(context) {
    return operationNames.map((operation) => {
      const missing = context.notImplemented.get(operation);
      return missing
        ? fail(operation, notImplementedReason(operation, missing), [missing])
        : pass(operation, 'answers at its address');
    });
  },
};
