/** The errors the HTTP server itself answers with, before or instead of the MSW handlers. */
export interface HttpFailure {
  /** The HTTP status code. */
  readonly status: number;
  /** The error code sent in `x-amzn-ErrorType`. */
  readonly type: string;
  /** One line that says what was wrong. */
  readonly message: string;
}

const reasons: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  417: 'Expectation Failed',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
};

/** The standard reason phrase for the statuses the server answers with itself. */
export function reasonPhrase(status: number): string {
  return reasons[status] ?? 'Error';
}

/** A new request id in the format AWS uses for `x-amzn-RequestId`. */
export function newRequestId(): string {
  return globalThis.crypto.randomUUID();
}

/** The JSON body of an AWS-style error: `exceptionMessage` as modeled, and `message` for the JS SDK. */
export function errorBody(failure: HttpFailure): string {
  return JSON.stringify({ exceptionMessage: failure.message, message: failure.message });
}

/** The headers every AWS-style error carries (content type, error type, request id). */
export function errorHeaders(failure: HttpFailure, requestId: string = newRequestId()): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-amzn-errortype': failure.type,
    'x-amzn-requestid': requestId,
  };
}

/** A Fetch `Response` carrying an AWS-style error. */
export function errorResponse(failure: HttpFailure): Response {
  return new Response(errorBody(failure), { status: failure.status, headers: errorHeaders(failure) });
}

/** The error for a request that no handler answers. */
export function unknownOperation(method: string, path: string): HttpFailure {
  return { status: 404, type: 'UnknownOperationException', message: `No operation matches ${method} ${path}.` };
}

/** The error for a request body larger than the server accepts. */
export function bodyTooLarge(limitBytes: number): HttpFailure {
  return {
    status: 413,
    type: 'RequestEntityTooLargeException',
    message: `The request body is larger than the limit of ${limitBytes} bytes.`,
  };
}

/** The error for a request that did not arrive in full within the time allowed. */
export function requestTimedOut(timeoutMs: number): HttpFailure {
  return {
    status: 408,
    type: 'RequestTimeoutException',
    message: `The request did not arrive in full within ${timeoutMs} ms.`,
  };
}

/** The error for request headers larger than the server accepts. */
export function headersTooLarge(limitBytes: number): HttpFailure {
  return {
    status: 431,
    type: 'RequestHeaderFieldsTooLargeException',
    message: `The request headers are larger than the limit of ${limitBytes} bytes.`,
  };
}

/** The error for bytes that are not a well-formed HTTP/1.1 request. */
export function malformedRequest(detail: string): HttpFailure {
  return { status: 400, type: 'BadRequestException', message: `The request is not well-formed HTTP: ${detail}.` };
}

/** The error for an `Expect` header the server cannot meet (anything but `100-continue`). */
export function expectationFailed(): HttpFailure {
  return {
    status: 417,
    type: 'ExpectationFailedException',
    message: 'The only expectation this server meets is Expect: 100-continue.',
  };
}

/** The error for a handler that threw instead of answering. */
export function handlerFailed(): HttpFailure {
  return { status: 500, type: 'InternalServerException', message: 'Unexpected error during processing of request.' };
}
