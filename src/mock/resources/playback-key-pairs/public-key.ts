import { p384 } from '@noble/curves/nist.js';
import { Sha256 } from '@aws-crypto/sha256-js';
import { type Result, fail, ok } from '../../result.js';

// The DER header of a SubjectPublicKeyInfo for id-ecPublicKey on secp384r1 (P-384), followed by the
// point: uncompressed (0x04 || X || Y, 97 bytes) or compressed (0x02/0x03 || X, 49 bytes).
const uncompressedHeader = '3076301006072a8648ce3d020106052b81040022036200';
const compressedHeader = '3046301006072a8648ce3d020106052b81040022033200';

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
  const hex = toHex(der);
  const header = hex.startsWith(uncompressedHeader)
    ? uncompressedHeader
    : hex.startsWith(compressedHeader)
      ? compressedHeader
      : undefined;
  if (header === undefined) return invalid('it is not an EC key on the P-384 curve');
  const point = der.subarray(header.length / 2);
  if (point.length !== (header === uncompressedHeader ? 97 : 49)) return invalid('its point has the wrong length');
  try {
    p384.Point.fromBytes(point).assertValidity();
  } catch {
    return invalid('its point is not on the curve');
  }
  return ok(der);
}

/** The fingerprint of a public key: the SHA-256 of its DER SubjectPublicKeyInfo, as colon-separated lowercase hex pairs. */
export function publicKeyFingerprint(der: Uint8Array): string {
  const hash = new Sha256();
  hash.update(der);
  return (toHex(hash.digestSync()).match(/../g) ?? []).join(':');
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
