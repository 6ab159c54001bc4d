import { generateKeyPairSync } from 'node:crypto';

/** A fresh public key in PEM (SubjectPublicKeyInfo), on P-384 unless another named curve is asked for. */
export function publicKeyPem(namedCurve = 'secp384r1'): string {
  return generateKeyPairSync('ec', { namedCurve }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** A fresh RSA public key in PEM, which IVS refuses for playback. */
export function rsaPublicKeyPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 })
    .publicKey.export({ type: 'spki', format: 'pem' })
    .toString();
}

/** A MediaTailor playback configuration ARN of the default account and region. */
export const mediaTailorArn = 'arn:aws:mediatailor:us-west-2:123456789012:playbackConfiguration/test-config';
