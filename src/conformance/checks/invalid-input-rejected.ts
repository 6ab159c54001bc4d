import fc from 'fast-check';
import { operationNames } from '../../../generated/operations.js';
import type { OperationName } from '../../../generated/types.js';
import { invalidInputArbitrary, type InvalidInput } from '../../fuzz/index.js';
import { expectError } from '../expect.js';
import { isQueryList } from '../model-facts.js';
import { fail, pass } from '../outcome.js';
import { deriveSeed } from '../derive-seed.js';
import type { Exchange, Outcome } from '../types.js';
import type { Check } from '../check.js';

/** How many inputs per operation the validation checks send: half of `--runs`, at least 5. */
export const samplesPerOperation = (runs: number): number => Math.max(5, Math.ceil(runs / 2));

// Building an invalid-input arbitrary probes every constraint, so one per operation and scope is kept.
const arbitraries = new Map<string, fc.Arbitrary<InvalidInput<OperationName>> | null>();

function arbitraryFor(
  operation: OperationName,
  scope: { accountId: string; region: string },
): fc.Arbitrary<InvalidInput<OperationName>> | null {
  const key = `${operation} ${scope.accountId} ${scope.region}`;
  if (!arbitraries.has(key)) {
    try {
      arbitraries.set(key, invalidInputArbitrary(operation, { scope }));
    } catch {
      // An operation whose input has no constraint that can be broken has nothing to check.
      arbitraries.set(key, null);
    }
  }
  return arbitraries.get(key) ?? null;
}

/** Inputs that break exactly one constraint of the model are refused with 400 ValidationException. */
export const invalidInputRejected: Check = {
  id: 'invalidInputRejected',
  title: 'Invalid inputs are refused',
  family: 'validation',
  operations: operationNames,
  rule: 'A request that breaks one constraint of the input model (required, length, pattern, enum, range, list or map size, JSON type, the 1 KB metadata limit) is answered with 400 ValidationException, before any lookup.',
  async run(context) {
    const outcomes: Outcome[] = [];
    const scope = { accountId: await context.fixtures.account(), region: context.region };
    for (const operation of operationNames) {
      if (context.signal.aborted) break;
      const arbitrary = arbitraryFor(operation, scope);
      if (!arbitrary) continue;
      const samples = fc.sample(arbitrary, {
        numRuns: samplesPerOperation(context.runs),
        seed: deriveSeed(context.seed, operation),
      });
      const failures = new Map<string, { message: string; exchange: Exchange }>();
      const kinds = new Set<string>();
      let sent = 0;
      for (const sample of samples) {
        if (sample.violation.constraint === 'required' && isQueryList(operation, sample.violation.path.slice(1)))
          continue;
        sent += 1;
        const exchange = await context.client.call(operation, sample.input);
        kinds.add(sample.violation.constraint);
        context.coverage.noteConstraint(operation, sample.violation.constraint);
        const violation = expectError(exchange, operation, sample.expected);
        if (violation && !failures.has(sample.violation.constraint)) {
          failures.set(sample.violation.constraint, {
            message: `${sample.violation.description}: ${violation}`,
            exchange,
          });
        }
      }
      for (const [, found] of failures) outcomes.push(fail(operation, found.message, [found.exchange]));
      if (failures.size === 0) {
        outcomes.push(
          pass(operation, `${sent} invalid inputs refused with ValidationException (${[...kinds].sort().join(', ')})`),
        );
      }
    }
    return outcomes;
  },
};
