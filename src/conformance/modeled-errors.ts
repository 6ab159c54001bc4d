import { operations } from '../../generated/operations.js';
import type { ErrorName } from '../../generated/types.js';
import { errorTypeOf, expectError } from './expect.js';
import { fail } from './outcome.js';
import type { Exchange, Outcome } from './types.js';

/**
 * Findings for every modeled error a check provoked that came in the wrong shape (its status,
 * its `x-amzn-ErrorType` header, its `exceptionMessage` body), wherever it was provoked: one per
 * operation, error and problem, unless a failing finding of the check already shows the exchange.
 */
export function modeledErrorOutcomes(exchanges: readonly Exchange[], outcomes: readonly Outcome[]): Outcome[] {
  const shown = new Set(outcomes.filter((o) => o.status === 'fail').flatMap((o) => o.evidence));
  const found = new Map<string, Outcome>();
  for (const exchange of exchanges) {
    const operation = exchange.operation;
    const type = errorTypeOf(exchange);
    if (operation === null || type === undefined || shown.has(exchange)) continue;
    if (!operations[operation].errors.some((e) => e.name === type)) continue;
    const violation = expectError(exchange, operation, type as ErrorName);
    const key = `${operation} ${type} ${violation}`;
    if (violation !== null && !found.has(key))
      found.set(key, fail(operation, `${operation} answered ${type} in the wrong shape: ${violation}`, [exchange]));
  }
  return [...found.values()];
}
