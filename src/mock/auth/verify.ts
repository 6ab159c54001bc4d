// AWS's own SHA-256 in plain JavaScript: synchronous inside, the same in Node and in any browser page.
import { Sha256 } from '@aws-crypto/sha256-js';
import { getCanonicalHeaders, getSigningKey, SignatureV4Base } from '@smithy/signature-v4';
import type { HeaderBag, HttpRequest } from '@smithy/types';
import { service } from '../../../generated/operations.js';
import type { Result } from '../result.js';
import {
  invalidScope,
  missingAuthenticationToken,
  signatureExpired,
  signatureMismatch,
  signatureNotYetCurrent,
  unrecognizedClient,
} from './auth-errors.js';
import { parseQuery, type ReceivedRequest, signableRequest } from './canonical.js';
import { formatAmzDate, readSignatureClaim, signatureAlgorithm, type SignatureClaim } from './signed-claim.js';
import { constantTimeEqual, toHex } from './signature-text.js';

/** One access key the emulator accepts. */
export interface AuthCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** The account of callers using this key; default: the handlers' `accounts`/`accountId`. */
  readonly accountId?: string;
}

/** Who signed a request that passed verification. */
export interface VerifiedSigner {
  readonly accessKeyId: string;
  /** The region of the credential scope. */
  readonly region: string;
}

/** How far the request time may be from the emulator's clock, as in AWS. */
export const allowedClockSkewMs = 5 * 60 * 1000;

const unsignedPayload = 'UNSIGNED-PAYLOAD';

/** The signer's canonicalization (path normalization and double encoding, query and header rules), opened up for verification. */
class CanonicalForm extends SignatureV4Base {
  constructor() {
    super({
      service: service.signingName,
      region: 'us-east-1',
      credentials: { accessKeyId: '', secretAccessKey: '' },
      sha256: Sha256,
    });
  }

  /** The canonical request of SigV4 for a request and its canonical headers. */
  request(request: HttpRequest, headers: HeaderBag, payloadHash: string): string {
    return this.createCanonicalRequest(request, headers, payloadHash);
  }

  /** The string to sign for a canonical request. */
  stringToSign(longDate: string, scope: string, canonicalRequest: string): Promise<string> {
    return this.createStringToSign(longDate, scope, canonicalRequest, signatureAlgorithm);
  }
}

const canonicalForm = new CanonicalForm();

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const hash = new Sha256();
  hash.update(bytes);
  return toHex(await hash.digest());
}

function checkTime(claim: SignatureClaim, now: number): Result<true> {
  const at = formatAmzDate;
  if (claim.time > now + allowedClockSkewMs)
    return { ok: false, error: signatureNotYetCurrent(claim.amzDate, at(now + allowedClockSkewMs), at(now)) };
  if (claim.expiresSeconds !== undefined) {
    const end = claim.time + claim.expiresSeconds * 1000;
    if (now > end)
      return {
        ok: false,
        error: signatureExpired(`the presigned request was valid until ${at(end)}; it is now ${at(now)}.`),
      };
  } else if (claim.time < now - allowedClockSkewMs) {
    return {
      ok: false,
      error: signatureExpired(
        `${claim.amzDate} is now earlier than ${at(now - allowedClockSkewMs)} (${at(now)} - 5 min.)`,
      ),
    };
  }
  return { ok: true, value: true };
}

function checkScope(claim: SignatureClaim): Result<true> {
  if (claim.service !== service.signingName)
    return {
      ok: false,
      error: invalidScope(
        `Credential should be scoped to correct service: '${service.signingName}', not '${claim.service}'.`,
      ),
    };
  const day = claim.amzDate.slice(0, 8);
  if (claim.scopeDate !== day) {
    return {
      ok: false,
      error: invalidScope(
        `The date of the Credential scope '${claim.scopeDate}' is not the day of X-Amz-Date '${day}'.`,
      ),
    };
  }
  return { ok: true, value: true };
}

/** The payload hash SigV4 covers: the body's own SHA-256, unless the client declared it left the payload unsigned. */
async function payloadHashOf(received: ReceivedRequest): Promise<string> {
  if (received.headers.get('x-amz-content-sha256') === unsignedPayload) return unsignedPayload;
  return sha256Hex(received.body);
}

/**
 * Verifies the AWS Signature Version 4 of a received request the way AWS does: reads the claim
 * (header or presigned query), looks up the secret of its access key, checks the scope and the
 * request time against `now`, recomputes the signature over the request as received and compares
 * it in constant time. Resolves to the signer, or to the authentication error AWS would answer.
 */
export async function verifySignature(
  received: ReceivedRequest,
  credentials: ReadonlyMap<string, AuthCredential>,
  now: number,
): Promise<Result<VerifiedSigner>> {
  const query = parseQuery(received.url.search);
  const read = readSignatureClaim(received.headers, query);
  if (!read.ok) return read;
  const claim = read.value;
  if (claim === undefined) return { ok: false, error: missingAuthenticationToken() };
  const credential = credentials.get(claim.accessKeyId);
  if (credential === undefined) return { ok: false, error: unrecognizedClient() };
  const scopeChecked = checkScope(claim);
  if (!scopeChecked.ok) return scopeChecked;
  const timeChecked = checkTime(claim, now);
  if (!timeChecked.ok) return timeChecked;

  const request = signableRequest(received, query, claim.signedHeaders);
  const canonicalHeaders = getCanonicalHeaders(request, undefined, new Set(claim.signedHeaders));
  const canonicalRequest = canonicalForm.request(request, canonicalHeaders, await payloadHashOf(received));
  const scope = `${claim.scopeDate}/${claim.region}/${claim.service}/aws4_request`;
  const stringToSign = await canonicalForm.stringToSign(claim.amzDate, scope, canonicalRequest);
  const key = await getSigningKey(Sha256, credential, claim.scopeDate, claim.region, claim.service);
  const hmac = new Sha256(key);
  hmac.update(new TextEncoder().encode(stringToSign));
  const expected = toHex(await hmac.digest());
  if (!constantTimeEqual(expected, claim.signature))
    return { ok: false, error: signatureMismatch(canonicalRequest, stringToSign) };
  return { ok: true, value: { accessKeyId: claim.accessKeyId, region: claim.region } };
}
