import { errors, operations } from '../../../generated/operations.js';
import type { ErrorName, OperationName, OperationOutputs } from '../../../generated/types.js';
import { outputValidators } from '../../../generated/validators.js';
import { readErrorType } from '../../protocol/index.js';
import type { TargetResponse } from '../target.js';

/** The target answered differently from what the model expects. */
export class IvsMismatch extends Error {
  override readonly name = 'IvsMismatch';
}

const show = (response: TargetResponse): string => {
  const type = readErrorType(response.headers['x-amzn-errortype'], response.body);
  const text = response.text.length > 300 ? `${response.text.slice(0, 297)}…` : response.text;
  return `${response.status}${type === undefined ? '' : ` ${type}`}${text === '' ? '' : ` ${text}`}`;
};

/** Checks a success answer (the operation's status and a body that passes the output schema) and returns the body. */
export function expectSuccess<K extends OperationName>(operation: K, response: TargetResponse): OperationOutputs[K] {
  const spec = operations[operation];
  if (response.status !== spec.successCode) {
    throw new IvsMismatch(`${operation}: expected ${spec.successCode}, got ${show(response)}`);
  }
  const body = response.body ?? {};
  const validate = outputValidators[operation];
  if (!validate(body)) {
    throw new IvsMismatch(
      `${operation}: the response body breaks the output schema: ${JSON.stringify(validate.errors)} in ${response.text.slice(0, 300)}`,
    );
  }
  return body as OperationOutputs[K];
}

/** Checks an error answer: one of the given error types, with the status the model gives it. */
export function expectError(operation: OperationName, response: TargetResponse, ...allowed: ErrorName[]): ErrorName {
  const type = readErrorType(response.headers['x-amzn-errortype'], response.body);
  const match = allowed.find((name) => name === type && errors[name].status === response.status);
  if (match === undefined) {
    const wanted = allowed.map((name) => `${errors[name].status} ${name}`).join(' or ');
    throw new IvsMismatch(`${operation}: expected ${wanted}, got ${show(response)}`);
  }
  return match;
}

/** Plain JSON text with object keys sorted, so two values compare by content. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Checks that a value equals what the model expects, by content. */
export function expectSame(what: string, actual: unknown, expected: unknown): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new IvsMismatch(`${what}: expected ${e.slice(0, 400)}, got ${a.slice(0, 400)}`);
}
