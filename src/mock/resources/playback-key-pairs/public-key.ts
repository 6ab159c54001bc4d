import { p384 } from '@noble/curves/nist.js';
import { p384CompressedSpkiHeader, p384SpkiHeader } from '../../../protocol/playback-public-key.js';
import { type Result, fail, ok } from '../../result.js';

/** The point lengths after each SubjectPublicKeyInfo header: uncompressed (0x04 || X || Y) or compressed (0x02/0x03 || X). */
const pointLengths: readonly (readonly [Uint8Array, number])[] = [
  [p384SpkiHeader, 97],
  [p384CompressedSpkiHeader, 49],
];

const startsWith = (bytes: Uint8Array, prefix: Uint8Array): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);

const invalid = (why: string): Result<never> =>
  fail('ValidationException', `publicKeyMaterial is not a valid ECDSA P-384 public key: ${why}.`);

function base64Bytes(text: string): Uint8Array | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  return Uint8Array.from(atob(compact), (c) => c.charCodeAt(0));
}

/**
 * Reads a PEM `PUBLIC KEY` (SubjectPublicKeyInfo) and checks it is an ECDSA key on P-384 whose
 * point lies on the curve, the only kind IVS accepts; answers the DER bytes.
 */
export function parsePlaybackPublicKey(pem: string): Result<Uint8Array> {
  const match = /^\s*-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]*)-----END PUBLIC KEY-----\s*$/.exec(pem);
  if (match === null) return invalid('it is not a PEM block of type PUBLIC KEY');
  const der = base64Bytes(match[1] ?? '');
  if (der === undefined) return invalid('its body is not base64');
  const layout = pointLengths.find(([header]) => startsWith(der, header));
  if (layout === undefined) return invalid('it is not an EC key on the P-384 curve');
  const [header, length] = layout;
  const point = der.subarray(header.length);
  if (point.length !== length) return invalid('its point has the wrong length');
  try {
    p384.Point.fromBytes(point).assertValidity();
  } catch {
    return invalid('its point is not on the curve');
  }
  return ok(der);
}
