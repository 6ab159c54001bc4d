import fc from 'fast-check';
import { operationNames, operations } from '../../../generated/operations.js';
import type { OperationName } from '../../../generated/types.js';
import { invalidInputArbitrary, type InvalidInput } from '../../fuzz/index.js';
import { coveragePlan, labelOf, planKey, type PlanReferences } from '../coverage-plan.js';
import { deriveSeed } from '../derive-seed.js';
import { expectError } from '../expect.js';
import type { Fixtures } from '../fixtures.js';
import { isQueryList } from '../model-facts.js';
import { fail, outcome } from '../outcome.js';
import { describeServerFault, isServerFault } from '../server-errors.js';
import type { Outcome } from '../types.js';
import type { Check } from '../check.js';

/** How many random inputs per operation the validation checks send on top of the plan: half of `--runs`, at least 5. */
export const samplesPerOperation = (runs: number): number => Math.max(5, Math.ceil(runs / 2));

/** Channels the account holds while constraints are broken: some bugs only show once there is something to list. */
const RESIDENT_CHANNELS = 2;

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

/** Makes the channels the plan's references point at; unknown ARNs of the right shape when creation fails. */
async function residentReferences(fixtures: Fixtures): Promise<{ references: PlanReferences; note: string }> {
  let references: PlanReferences | undefined;
  for (let i = 0; i < RESIDENT_CHANNELS; i += 1) {
    const created = await fixtures.createChannel({ name: fixtures.name(`plan-${i}`) });
    const key = created.ok ? created.value.streamKey['arn'] : undefined;
    if (created.ok && typeof key === 'string') references ??= { channel: created.value.arn, streamKey: key };
  }
  if (references) return { references, note: '' };
  return {
    references: { channel: await fixtures.unknownArn('channel'), streamKey: await fixtures.unknownArn('stream-key') },
    note: ' (no channel could be created, so references name nothing)',
  };
}

/** Drops a random page token from a sample unless the token is the member it breaks: a token the service never issued may be refused for its own reasons. */
function withoutStrayToken(operation: OperationName, sample: InvalidInput<OperationName>): Record<string, unknown> {
  const token = operations[operation].paginated?.inputToken;
  if (token === undefined || labelOf(operation, sample.violation).startsWith(token)) return sample.input;
  const { [token]: _dropped, ...rest } = sample.input;
  return rest;
}

/**
 * Inputs that break one constraint of the model are refused with 400 ValidationException: first
 * every planned constraint once, in isolation, in an account that holds channels; then random
 * samples on top. Each planned constraint that is not refused is its own finding, and so is
 * every 5xx or missing answer.
 */
export const invalidInputRejected: Check = {
  id: 'invalidInputRejected',
  title: 'Invalid inputs are refused',
  family: 'validation',
  operations: operationNames,
  rule: 'A request that breaks one constraint of the input model (required, length, byte length, pattern, enum, range, list or map size, JSON type, the 1 KB metadata limit) is answered with 400 ValidationException, before any lookup. Every constraint of every input member is broken once on its own, with every other member valid, while the account holds resources.',
  async run(context) {
    const outcomes: Outcome[] = [];
    const scope = { accountId: await context.fixtures.account(), region: context.region };
    const { references, note } = await residentReferences(context.fixtures);
    for (const operation of operationNames) {
      if (context.signal.aborted) break;
      const failed = new Set<string>();
      const unreachable: string[] = [];
      let confirmed = 0;
      for (const entry of coveragePlan(operation, references, scope)) {
        const key = planKey(entry);
        if (entry.input === null) {
          unreachable.push(key);
          continue;
        }
        context.coverage.notePlan(operation, key, 'planned');
        const exchange = await context.client.call(operation, entry.input);
        context.coverage.notePlan(operation, key, 'broken');
        context.coverage.noteConstraint(operation, entry.constraint);
        const violation = expectError(exchange, operation, 'ValidationException');
        if (violation === null) {
          context.coverage.notePlan(operation, key, 'confirmed');
          confirmed += 1;
        } else {
          failed.add(key);
          const what = isServerFault(exchange) ? describeServerFault(exchange) : violation;
          outcomes.push(fail(operation, `${entry.label} broken alone (${entry.description}): ${what}`, [exchange]));
        }
      }

      const arbitrary = arbitraryFor(operation, scope);
      let sent = 0;
      if (arbitrary) {
        const samples = fc.sample(arbitrary, {
          numRuns: samplesPerOperation(context.runs),
          seed: deriveSeed(context.seed, operation),
        });
        for (const sample of samples) {
          if (sample.violation.constraint === 'required' && isQueryList(operation, sample.violation.path.slice(1)))
            continue;
          sent += 1;
          const exchange = await context.client.call(operation, withoutStrayToken(operation, sample));
          context.coverage.noteConstraint(operation, sample.violation.constraint);
          const violation = expectError(exchange, operation, sample.expected);
          if (violation === null) continue;
          // A server fault is always its own finding; other failures once per constraint.
          const key = `${labelOf(operation, sample.violation)}:${sample.violation.constraint}`;
          if (isServerFault(exchange)) {
            outcomes.push(fail(operation, `random sample: ${describeServerFault(exchange)}`, [exchange]));
          } else if (!failed.has(key)) {
            failed.add(key);
            outcomes.push(fail(operation, `random sample ${sample.violation.description}: ${violation}`, [exchange]));
          }
        }
      }
      if (failed.size === 0 && !outcomes.some((o) => o.operation === operation && o.status === 'fail')) {
        outcomes.push(
          outcome(
            'pass',
            operation,
            `${confirmed} planned constraints broken alone and refused, then ${sent} random invalid inputs refused${note}`,
            [],
            unreachable.length > 0
              ? {
                  details: [
                    `not breakable alone (any value that breaks it breaks another constraint too): ${unreachable.join(', ')}`,
                  ],
                }
              : {},
          ),
        );
      }
    }
    return outcomes;
  },
};
