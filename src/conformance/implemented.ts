import fc from 'fast-check';
import { operationNames, operations } from '../../generated/operations.js';
import { inputSchemas } from '../../generated/schemas.js';
import type { OperationName } from '../../generated/types.js';
import { inputArbitrary, type ArnScope } from '../fuzz/index.js';
import { properties, requiredMembers, resolveSchema, schemaKind, type JsonSchema } from '../fuzz/json-schema.js';
import type { ConformanceClient } from './client.js';
import { describeExchange, errorTypeOf } from './expect.js';
import type { Exchange } from './types.js';

/** Operations an endpoint does not implement, each with the exchange that shows it. */
export type NotImplemented = ReadonlyMap<OperationName, Exchange>;

/**
 * Whether an answer says that no operation lives at the address: a 404, 405 or 501 that names
 * no error type (no `x-amzn-ErrorType`, no `__type`), such as a web server's HTML "not found" page.
 */
export function isNotImplementedAnswer(exchange: Exchange): boolean {
  const status = exchange.response?.status;
  return (status === 404 || status === 405 || status === 501) && errorTypeOf(exchange) === undefined;
}

/**
 * The probe request of an operation: its required members with fixed-seed valid values, and its
 * first body member of the wrong JSON type, so an implementation that has the operation refuses
 * it without creating or changing anything, while one that lacks it answers at the routing level.
 */
export function probeInput(operation: OperationName, scope: ArnScope): Record<string, unknown> {
  const root = inputSchemas[operation] as JsonSchema;
  const [sample = {}] = fc.sample(inputArbitrary(operation, { scope }), { numRuns: 1, seed: 0x9b0e });
  const input: Record<string, unknown> = {};
  for (const member of requiredMembers(root)) input[member] = (sample as Record<string, unknown>)[member];
  const first = operations[operation].body[0];
  const schema = first === undefined ? undefined : properties(root)[first];
  if (first !== undefined && schema !== undefined)
    input[first] = schemaKind(resolveSchema(root, schema)) === 'boolean' ? 'not-a-boolean' : true;
  return input;
}

/** Sends one probe per operation and returns those answered as if the route did not exist. */
export async function probeImplemented(
  client: ConformanceClient,
  scope: ArnScope,
  signal: AbortSignal,
): Promise<NotImplemented> {
  const missing = new Map<OperationName, Exchange>();
  for (const operation of operationNames) {
    if (signal.aborted) break;
    const exchange = await client.call(operation, probeInput(operation, scope));
    if (isNotImplementedAnswer(exchange)) missing.set(operation, exchange);
  }
  return missing;
}

/** One line naming why an operation counts as not implemented. */
export const notImplementedReason = (operation: OperationName, exchange: Exchange): string =>
  `${operation} is not implemented (${describeExchange(exchange)}, an answer that names no AWS error type)`;
