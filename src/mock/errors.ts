import { HttpResponse } from 'msw';
import { errors as modeledErrors } from '../../generated/operations.js';
import type { IvsError } from './result.js';

/** Statuses of the protocol-level errors that are not shapes of the model. */
const protocolErrorStatus: Readonly<Record<string, number>> = {
  SerializationException: 400,
  UnknownOperationException: 404,
  MethodNotAllowedException: 405,
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
 * The restJson1 error response for an error value: the model's status (or `status`), the
 * `x-amzn-ErrorType` header, and a body with `exceptionMessage` (and `message`, which the JS SDK reads).
 */
export function errorResponse(
  error: IvsError,
  requestId: string,
  status?: number,
  extraHeaders: Readonly<Record<string, string>> = {},
): Response {
  return HttpResponse.json(
    { exceptionMessage: error.message, message: error.message },
    {
      status: status ?? statusOfError(error.type),
      headers: { 'x-amzn-ErrorType': error.type, 'x-amzn-RequestId': requestId, ...extraHeaders },
    },
  );
}

/** The success response: 204 with no body when the operation has no output, else the output as JSON. */
export function successResponse(
  operation: { readonly output: string | null; readonly successCode: number },
  output: unknown,
  requestId: string,
): Response {
  if (operation.output === null)
    return new HttpResponse(null, { status: operation.successCode, headers: { 'x-amzn-RequestId': requestId } });
  return HttpResponse.json(output as Record<string, unknown>, {
    status: operation.successCode,
    headers: { 'x-amzn-RequestId': requestId },
  });
}
