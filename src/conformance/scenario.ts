import type { ErrorName, OperationName } from '../../generated/types.js';
import type { ConformanceClient } from './client.js';
import { expectError, expectSuccess } from './expect.js';
import type { Setup } from './fixtures.js';
import { fail, pass, silence } from './outcome.js';
import type { Exchange, Outcome } from './types.js';

/** A step-by-step script of calls and assertions that collects findings as it goes. */
export interface Scenario {
  /** The findings so far. */
  readonly outcomes: Outcome[];
  /** Calls an operation without judging the answer. */
  call(operation: OperationName, input: Record<string, unknown>): Promise<Exchange>;
  /** Calls an operation that must succeed; records a failure and returns `undefined` when it does not. */
  succeed(operation: OperationName, input: Record<string, unknown>, what: string): Promise<Exchange | undefined>;
  /** Calls an operation that must fail with a modeled error; returns whether it did. */
  error(operation: OperationName, input: Record<string, unknown>, expected: ErrorName, what: string): Promise<boolean>;
  /** Records a pass or a failure depending on `holds`; returns `holds`. */
  assert(
    holds: boolean,
    operation: OperationName,
    message: string,
    evidence: readonly Exchange[],
    failure?: string,
  ): boolean;
  /** Records a spec-silence warning. */
  warn(operation: OperationName, message: string, evidence: readonly Exchange[]): void;
  /** Unwraps a setup step, recording its failure. */
  setup<T>(step: Setup<T>): T | undefined;
}

/** Starts a scenario over a client. */
export function createScenario(client: ConformanceClient): Scenario {
  const outcomes: Outcome[] = [];
  return {
    outcomes,
    call: (operation, input) => client.call(operation, input),
    async succeed(operation, input, what) {
      const exchange = await client.call(operation, input);
      const violation = expectSuccess(exchange);
      if (violation) {
        outcomes.push(fail(operation, `${what}: ${violation}`, [exchange]));
        return undefined;
      }
      return exchange;
    },
    async error(operation, input, expected, what) {
      const exchange = await client.call(operation, input);
      const violation = expectError(exchange, operation, expected);
      outcomes.push(
        violation
          ? fail(operation, `${what}: ${violation}`, [exchange])
          : pass(operation, `${what}: ${expected}`, [exchange]),
      );
      return violation === null;
    },
    assert(holds, operation, message, evidence, failure) {
      outcomes.push(
        holds ? pass(operation, message, evidence) : fail(operation, failure ?? `expected: ${message}`, evidence),
      );
      return holds;
    },
    warn(operation, message, evidence) {
      outcomes.push(silence(operation, message, evidence));
    },
    setup(step) {
      if (step.ok) return step.value;
      outcomes.push(step.outcome);
      return undefined;
    },
  };
}
