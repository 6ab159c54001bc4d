import { errors as modeledErrors } from '../../generated/operations.js';
import type { PlainAnswer } from './plain-http.js';
import type { IvsError } from './result.js';

/** Statuses of the protocol- and transport-level errors that are not shapes of the model. */
const protocolErrorStatus: Readonly<Record<string, number>> = {
  SerializationException: 400,
  BadRequestException: 400,
  UnknownOperationException: 404,
  MethodNotAllowedException: 405,
  RequestTimeoutException: 408,
  RequestEntityTooLargeException: 413,
  ExpectationFailedException: 417,
  RequestHeaderFieldsTooLargeException: 431,
};

/** The HTTP status of an error type: the model's `@httpError` for its shapes, 500 for unknown server-side names. */
export function statusOfError(type: string): number {
  if (Object.hasOwn(modeledErrors, type))
    return (modeledErrors as Readonly<Record<string, { readonly status: number }>>)[type]?.status ?? 500;
  return protocolErrorStatus[type] ?? (type.endsWith('Exception') ? 400 : 500);
}

/** A fresh request id, sent as `x-amzn-RequestId` on every response. */
export function newRequestId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * The restJson1 error answer for an error value — the one encoder of errors for every transport:
 * the model's status (or `status`), the `x-amzn-ErrorType` header, and a body with
 * `exceptionMessage` (and `message`, which the JS SDK reads).
 */
export function errorAnswer(
  error: IvsError,
  requestId: string = newRequestId(),
  status?: number,
  extraHeaders: Readonly<Record<string, string>> = {},
): PlainAnswer {
  return {
    status: status ?? statusOfError(error.type),
    headers: {
      'content-type': 'application/json',
      'x-amzn-ErrorType': error.type,
      'x-amzn-RequestId': requestId,
      ...extraHeaders,
    },
    body: JSON.stringify({ exceptionMessage: error.message, message: error.message }),
  };
}

/** A JSON answer with a request id. */
export function jsonAnswer(status: number, value: unknown, requestId: string): PlainAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-RequestId': requestId },
    body: JSON.stringify(value),
  };
}

/** The success answer: the model's success code, no body when the operation has no output, else the output as JSON. */
export function successAnswer(
  operation: { readonly output: string | null; readonly successCode: number },
  output: unknown,
  requestId: string,
): PlainAnswer {
  if (operation.output === null)
    return { status: operation.successCode, headers: { 'x-amzn-RequestId': requestId }, body: null };
  return jsonAnswer(operation.successCode, output, requestId);
}

/** The error for a request that nothing serves. */
export function unknownOperation(method: string, path: string): IvsError {
  return { type: 'UnknownOperationException', message: `No operation matches ${method} ${path}.` };
}

/** The error for a request whose handling threw instead of answering. */
export function handlerFailed(): IvsError {
  return { type: 'InternalServerException', message: 'Unexpected error during processing of request.' };
}
