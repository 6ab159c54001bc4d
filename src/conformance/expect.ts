import { errors as errorTable, operations } from '../../generated/operations.js';
import type { ErrorName, OperationName } from '../../generated/types.js';
import { readErrorType } from '../protocol/index.js';
import type { Exchange } from './types.js';

/** What a rule found wrong with an exchange, or `null` when it holds. */
export type Violation = string | null;

/** A one-line description of an exchange: `POST /GetChannel → 404 ResourceNotFoundException`. */
export function describeExchange(exchange: Exchange): string {
  const target = `${exchange.request.method} ${exchange.request.path}${exchange.request.query ? `?${exchange.request.query}` : ''}`;
  if (!exchange.response) return `${target} → no response (${exchange.transportError ?? 'unknown'})`;
  const type = errorTypeOf(exchange);
  return `${target} → ${exchange.response.status}${type ? ` ${type}` : ''}`;
}

/** The error type of a response, from `x-amzn-ErrorType` (suffix removed) or the body; `undefined` when none. */
export function errorTypeOf(exchange: Exchange): string | undefined {
  if (!exchange.response || exchange.response.status < 300) return undefined;
  return readErrorType(exchange.response.headers['x-amzn-errortype'], exchange.json);
}

/** Whether the exchange got a 2xx answer. */
export const succeeded = (exchange: Exchange): boolean =>
  exchange.response !== null && exchange.response.status >= 200 && exchange.response.status < 300;

/** The parsed JSON body as a record, or an empty record when it is not a JSON object. */
export function bodyOf(exchange: Exchange): Record<string, unknown> {
  const json = exchange.json;
  return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
}

/** Reads a nested member as a record (`{}` when absent or not an object). */
export function recordAt(value: unknown, key: string): Record<string, unknown> {
  const inner = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {};
}

/** Reads a nested member as an array of records (`[]` when absent or not an array). */
export function listAt(value: unknown, key: string): Record<string, unknown>[] {
  const inner = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(inner)
    ? inner.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
    : [];
}

/** Requires a 2xx answer; the violation says what came instead. */
export function expectSuccess(exchange: Exchange): Violation {
  if (succeeded(exchange)) return null;
  return `expected success, got ${describeExchange(exchange)}${errorMessageOf(exchange)}`;
}

function errorMessageOf(exchange: Exchange): string {
  const message = bodyOf(exchange)['exceptionMessage'] ?? bodyOf(exchange)['message'];
  return typeof message === 'string' && message !== '' ? ` ("${message.slice(0, 160)}")` : '';
}

/**
 * Requires the modeled error `expected`: its status, `x-amzn-ErrorType` naming it (any `:suffix`
 * allowed), a JSON body with a string `exceptionMessage`, and an error the operation declares.
 */
export function expectError(exchange: Exchange, operation: OperationName, expected: ErrorName): Violation {
  const response = exchange.response;
  if (!response) return `expected ${expected}, got no response (${exchange.transportError ?? 'unknown'})`;
  const want = errorTable[expected].status;
  const type = errorTypeOf(exchange);
  if (response.status < 300) return `expected ${want} ${expected}, got ${describeExchange(exchange)}`;
  if (type !== expected) {
    const declared = type !== undefined && operations[operation].errors.some((e) => e.name === type);
    return `expected error type ${expected}, got ${type === undefined ? 'no error type' : type}${
      type !== undefined && !declared ? ` (which ${operation} does not declare)` : ''
    } with status ${response.status}`;
  }
  if (response.status !== want) return `${expected} must have status ${want}, got ${response.status}`;
  if (!response.headers['x-amzn-errortype'])
    return `${expected} must be named in the x-amzn-ErrorType header, which is missing`;
  const message = bodyOf(exchange)['exceptionMessage'];
  if (typeof message !== 'string')
    return `the error body must be a JSON object with a string exceptionMessage, got ${JSON.stringify(response.body.slice(0, 120))}`;
  return null;
}
