import type { Result } from '../result.js';
import { incompleteSignature } from './auth-errors.js';
import type { ReceivedRequest } from './canonical.js';
import { type AuthCredential, type VerifiedSigner, verifySignature } from './verify.js';

export { allowedClockSkewMs, verifySignature, type AuthCredential, type VerifiedSigner } from './verify.js';
export { authErrorStatus } from './auth-errors.js';
export type { ReceivedRequest } from './canonical.js';

/** The `auth` option of `ivsHandlers`: verify SigV4 signatures against these access keys. */
export interface AuthOptions {
  /** The access keys the emulator accepts; a request signed with any other key is refused. */
  readonly credentials: readonly AuthCredential[];
}

/** Checks one received request's signature; resolves to the signer or the authentication error (status `authErrorStatus`). */
export type RequestAuthenticator = (request: ReceivedRequest) => Promise<Result<VerifiedSigner>>;

/** Makes the check the handlers run on every IVS request, against the access keys of `options` and the clock `now`. */
export function createRequestAuthenticator(options: AuthOptions, now: () => number): RequestAuthenticator {
  const credentials = new Map(options.credentials.map((credential) => [credential.accessKeyId, credential]));
  return async (request) => {
    try {
      return await verifySignature(request, credentials, now());
    } catch (error) {
      // Whatever a hostile request makes the signer's helpers throw is the client's malformed signature, never a 500.
      return {
        ok: false,
        error: incompleteSignature(
          `The signature could not be checked: ${error instanceof Error ? error.message : String(error)}`,
        ),
      };
    }
  };
}

/** Account ids by access key id, from the credentials that name one. */
export function accountsOfCredentials(options: AuthOptions | undefined): Readonly<Record<string, string>> {
  const accounts: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const credential of options?.credentials ?? []) {
    if (credential.accountId !== undefined)
      Object.defineProperty(accounts, credential.accessKeyId, { value: credential.accountId, enumerable: true });
  }
  return accounts;
}
