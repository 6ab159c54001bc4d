import { Sha256 } from '@aws-crypto/sha256-js';
import { p384 } from '@noble/curves/nist.js';

/** The DER header of a SubjectPublicKeyInfo for an uncompressed ECDSA P-384 point (id-ecPublicKey, secp384r1). */
const p384SpkiHeader = Uint8Array.from('3076301006072a8648ce3d020106052b81040022036200'.match(/../g) ?? [], (byte) =>
  Number.parseInt(byte, 16),
);

/** A P-384 public key as ImportPlaybackKeyPair takes it (PEM) and as its fingerprint is taken (DER). */
export interface P384PublicKey {
  /** The SubjectPublicKeyInfo in DER. */
  readonly der: Uint8Array;
  /** The same in a PEM `PUBLIC KEY` block. */
  readonly pem: string;
}

/**
 * The public key of a P-384 secret scalar (48 bytes, below the curve order), its point computed by
 * @noble/curves and written as a SubjectPublicKeyInfo.
 */
export function p384PublicKey(secret: Uint8Array): P384PublicKey {
  const point = p384.getPublicKey(secret, false);
  const der = Uint8Array.from([...p384SpkiHeader, ...point]);
  const body = btoa(String.fromCharCode(...der)).replace(/(.{64})/g, '$1\n');
  return { der, pem: `-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----\n` };
}

/**
 * A playback key pair's fingerprint as the emulator computes it (`model/README.md`): the SHA-256 of
 * the DER SubjectPublicKeyInfo as colon-separated lowercase hex pairs.
 */
export function playbackKeyFingerprint(der: Uint8Array): string {
  const hash = new Sha256();
  hash.update(der);
  return Array.from(hash.digestSync(), (byte) => byte.toString(16).padStart(2, '0')).join(':');
}
