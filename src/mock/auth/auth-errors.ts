import type { IvsError } from '../result.js';

/** The HTTP status AWS gives every authentication error. */
export const authErrorStatus = 403;

/** The request carries neither an `Authorization` header nor presigned query parameters. */
export function missingAuthenticationToken(): IvsError {
  return { type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' };
}

/** The access key id is not one the emulator was given. */
export function unrecognizedClient(): IvsError {
  return { type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' };
}

/** The signature is there but cannot be read; `problem` says which part is wrong. */
export function incompleteSignature(problem: string): IvsError {
  return { type: 'IncompleteSignatureException', message: problem };
}

/** The signature was computed over something else than what arrived; shows what we signed, as AWS does, so clients can compare. */
export function signatureMismatch(canonicalRequest: string, stringToSign: string): IvsError {
  return {
    type: 'InvalidSignatureException',
    message:
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.' +
      `\n\nThe Canonical String for this request should have been\n'${canonicalRequest}'\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`,
  };
}

/** The credential scope names another service, or a date other than the request's. */
export function invalidScope(problem: string): IvsError {
  return { type: 'InvalidSignatureException', message: problem };
}

/** The request time is older than the allowed skew (or a presigned request has run out); `detail` says by how much. */
export function signatureExpired(detail: string): IvsError {
  return { type: 'InvalidSignatureException', message: `Signature expired: ${detail}` };
}

/** The request time is further in the future than the allowed skew. */
export function signatureNotYetCurrent(requestTime: string, limit: string, now: string): IvsError {
  return {
    type: 'InvalidSignatureException',
    message: `Signature not yet current: ${requestTime} is still later than ${limit} (${now} + 5 min.)`,
  };
}
