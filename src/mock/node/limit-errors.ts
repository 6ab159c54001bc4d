import type { IvsError } from '../result.js';

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

/** The error for a request body larger than the server accepts (413). */
export function bodyTooLarge(limitBytes: number): IvsError {
  return {
    type: 'RequestEntityTooLargeException',
    message: `The request body is larger than the limit of ${limitBytes} bytes.`,
  };
}

/** The error for a request that did not arrive in full within the time allowed (408). */
export function requestTimedOut(timeoutMs: number): IvsError {
  return { type: 'RequestTimeoutException', message: `The request did not arrive in full within ${timeoutMs} ms.` };
}

/** The error for request headers larger than the server accepts (431). */
export function headersTooLarge(limitBytes: number): IvsError {
  return {
    type: 'RequestHeaderFieldsTooLargeException',
    message: `The request headers are larger than the limit of ${limitBytes} bytes.`,
  };
}

/** The error for bytes that are not a well-formed HTTP/1.1 request (400). */
export function malformedRequest(detail: string): IvsError {
  return { type: 'BadRequestException', message: `The request is not well-formed HTTP: ${detail}.` };
}

/** The error for an `Expect` header the server cannot meet, anything but `100-continue` (417). */
export function expectationFailed(): IvsError {
  return {
    type: 'ExpectationFailedException',
    message: 'The only expectation this server meets is Expect: 100-continue.',
  };
}
