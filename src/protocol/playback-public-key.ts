import { Sha256 } from '@aws-crypto/sha256-js';

const bytesOf = (hex: string): Uint8Array =>
  Uint8Array.from(hex.match(/../g) ?? [], (byte) => Number.parseInt(byte, 16));

/** The DER header of a SubjectPublicKeyInfo of an uncompressed ECDSA P-384 point (id-ecPublicKey, secp384r1); the 97-byte point follows. */
export const p384SpkiHeader: Uint8Array = bytesOf('3076301006072a8648ce3d020106052b81040022036200');

/** The DER header of a SubjectPublicKeyInfo of a compressed ECDSA P-384 point; the 49-byte point follows. */
export const p384CompressedSpkiHeader: Uint8Array = bytesOf('3046301006072a8648ce3d020106052b81040022033200');

/**
 * A playback key pair's fingerprint (`model/README.md`): the SHA-256 of the DER SubjectPublicKeyInfo
 * as colon-separated lowercase hex pairs.
 */
export function playbackKeyFingerprint(der: Uint8Array): string {
  const hash = new Sha256();
  hash.update(der);
  return Array.from(hash.digestSync(), (byte) => byte.toString(16).padStart(2, '0')).join(':');
}

/** A DER SubjectPublicKeyInfo as the PEM `PUBLIC KEY` block ImportPlaybackKeyPair takes (base64 in lines of 64). */
export function publicKeyPem(der: Uint8Array): string {
  let text = '';
  for (const byte of der) text += String.fromCharCode(byte);
  const lines = btoa(text).match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}
