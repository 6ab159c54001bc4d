import type { IvsError } from '../result.js';
import type { HeaderLookup } from '../plain-http.js';
import { incompleteSignature } from './auth-errors.js';

/** The SigV4 algorithm the emulator verifies. */
export const signatureAlgorithm = 'AWS4-HMAC-SHA256';

/** What a request says about its own signature: who signed, for what scope, over which headers, when. */
export interface SignatureClaim {
  /** Where the signature travels: the `Authorization` header or presigned query parameters. */
  readonly location: 'header' | 'query';
  readonly accessKeyId: string;
  /** The date of the credential scope, `YYYYMMDD`. */
  readonly scopeDate: string;
  readonly region: string;
  readonly service: string;
  /** The signed header names, lower case, in the client's order. */
  readonly signedHeaders: readonly string[];
  /** The signature, as sent. */
  readonly signature: string;
  /** The request time, `YYYYMMDDTHHMMSSZ`, from `X-Amz-Date`. */
  readonly amzDate: string;
  /** The request time in milliseconds since the epoch. */
  readonly time: number;
  /** How long a presigned request stays valid, in seconds (query signatures only). */
  readonly expiresSeconds?: number;
}

/** A claim read from a request, absent when the request is not signed at all, or the reason it cannot be read. */
export type ClaimResult =
  | { readonly ok: true; readonly value: SignatureClaim | undefined }
  | { readonly ok: false; readonly error: IvsError };

/** The longest a presigned request may stay valid (seven days), as in AWS. */
const maxExpiresSeconds = 7 * 24 * 60 * 60;

/** What an HTTP header name may contain (RFC 9110 token). */
const headerToken = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

const fail = (problem: string): ClaimResult => ({ ok: false, error: incompleteSignature(problem) });

/** Reads `YYYYMMDDTHHMMSSZ` as epoch milliseconds, or undefined when it is not that format or not a real time. */
export function parseAmzDate(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(time);
  const real = back.getUTCMonth() === month - 1 && back.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  return real ? time : undefined;
}

/** Formats epoch milliseconds as `YYYYMMDDTHHMMSSZ`. */
export function formatAmzDate(time: number): string {
  return new Date(time)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

interface Parts {
  readonly credential: string | undefined;
  readonly signedHeaders: string | undefined;
  readonly signature: string | undefined;
  readonly amzDate: string | undefined;
}

function claimOf(location: SignatureClaim['location'], parts: Parts, where: string): ClaimResult {
  const { credential, signedHeaders, signature, amzDate } = parts;
  const missing = [
    credential === undefined ? 'Credential' : '',
    signedHeaders === undefined ? 'SignedHeaders' : '',
    signature === undefined ? 'Signature' : '',
  ].filter((name) => name !== '');
  if (missing.length > 0)
    return fail(
      `${where} lacks ${missing.map((name) => `'${name}'`).join(', ')}; a SigV4 signature needs Credential, SignedHeaders and Signature.`,
    );
  const scope = (credential ?? '').split('/');
  const [accessKeyId = '', scopeDate = '', region = '', service = '', terminator = ''] = scope;
  if (
    scope.length !== 5 ||
    accessKeyId === '' ||
    !/^\d{8}$/.test(scopeDate) ||
    region === '' ||
    service === '' ||
    terminator !== 'aws4_request'
  ) {
    return fail(
      `${where} has a malformed Credential '${credential}'; expected <access key id>/<YYYYMMDD>/<region>/<service>/aws4_request.`,
    );
  }
  const headerNames = (signedHeaders ?? '').split(';').map((name) => name.trim().toLowerCase());
  if (headerNames.some((name) => !headerToken.test(name)))
    return fail(`${where} has a malformed SignedHeaders '${signedHeaders}'; expected header names separated by ';'.`);
  if (!headerNames.includes('host')) return fail(`'Host' must be one of the SignedHeaders of ${where}.`);
  if (amzDate === undefined)
    return fail(
      `The signed request lacks an X-Amz-Date ${location === 'header' ? 'header' : 'query parameter'}; SigV4 needs the request time.`,
    );
  const time = parseAmzDate(amzDate);
  if (time === undefined)
    return fail(`X-Amz-Date '${amzDate}' is not an ISO 8601 basic-format time such as 20200714T120000Z.`);
  return {
    ok: true,
    value: {
      location,
      accessKeyId,
      scopeDate,
      region,
      service,
      signedHeaders: headerNames,
      signature: signature ?? '',
      amzDate,
      time,
    },
  };
}

function readHeaderClaim(authorization: string, amzDate: string | undefined): ClaimResult {
  const where = 'the Authorization header';
  const trimmed = authorization.trim();
  const space = trimmed.search(/\s/);
  const algorithm = space < 0 ? trimmed : trimmed.slice(0, space);
  if (algorithm !== signatureAlgorithm)
    return fail(`${where} must start with ${signatureAlgorithm}, got '${algorithm.slice(0, 40)}'.`);
  const fields = new Map<string, string>();
  for (const field of trimmed.slice(algorithm.length).split(',')) {
    const text = field.trim();
    const equals = text.indexOf('=');
    if (equals <= 0) return fail(`'${text.slice(0, 60)}' in ${where} is not a key=value pair.`);
    fields.set(text.slice(0, equals), text.slice(equals + 1));
  }
  return claimOf(
    'header',
    {
      credential: fields.get('Credential'),
      signedHeaders: fields.get('SignedHeaders'),
      signature: fields.get('Signature'),
      amzDate,
    },
    where,
  );
}

function readQueryClaim(query: Readonly<Record<string, readonly string[]>>): ClaimResult {
  const where = 'the presigned query';
  const one = (name: string): string | undefined => query[name]?.[0];
  const algorithm = one('X-Amz-Algorithm');
  if (algorithm !== signatureAlgorithm)
    return fail(`X-Amz-Algorithm of ${where} must be ${signatureAlgorithm}, got '${(algorithm ?? '').slice(0, 40)}'.`);
  const expires = one('X-Amz-Expires');
  const expiresSeconds = expires !== undefined && /^\d{1,7}$/.test(expires) ? Number(expires) : Number.NaN;
  if (!(expiresSeconds >= 1 && expiresSeconds <= maxExpiresSeconds))
    return fail(
      `X-Amz-Expires of ${where} must be a whole number of seconds from 1 to ${maxExpiresSeconds}, got '${expires ?? ''}'.`,
    );
  const claim = claimOf(
    'query',
    {
      credential: one('X-Amz-Credential'),
      signedHeaders: one('X-Amz-SignedHeaders'),
      signature: one('X-Amz-Signature'),
      amzDate: one('X-Amz-Date'),
    },
    where,
  );
  return claim.ok && claim.value !== undefined ? { ok: true, value: { ...claim.value, expiresSeconds } } : claim;
}

/** The query parameters that make a request presigned. */
const presignParameters = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature'];

/**
 * Reads the signature a request claims: from the `Authorization` header, else from presigned
 * query parameters; `undefined` when it has neither.
 */
export function readSignatureClaim(
  headers: HeaderLookup,
  query: Readonly<Record<string, readonly string[]>>,
): ClaimResult {
  const authorization = headers.get('authorization');
  if (authorization !== null) return readHeaderClaim(authorization, headers.get('x-amz-date') ?? undefined);
  if (presignParameters.some((name) => query[name] !== undefined)) return readQueryClaim(query);
  return { ok: true, value: undefined };
}
