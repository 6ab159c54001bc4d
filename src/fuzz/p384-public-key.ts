import { p384 } from '@noble/curves/nist.js';
import { p384SpkiHeader, publicKeyPem } from '../protocol/playback-public-key.js';

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
  return { der, pem: publicKeyPem(der) };
}
