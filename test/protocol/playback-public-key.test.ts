import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  p384CompressedSpkiHeader,
  p384SpkiHeader,
  playbackKeyFingerprint,
  publicKeyPem,
} from '../../src/protocol/playback-public-key.js';

const newSpki = (): Uint8Array =>
  new Uint8Array(
    generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey.export({ type: 'spki', format: 'der' }),
  );

describe('the P-384 SubjectPublicKeyInfo headers', () => {
  test('an uncompressed key of node:crypto is the header and a 97-byte point', () => {
    const der = newSpki();
    expect([Buffer.from(der.subarray(0, p384SpkiHeader.length)), der.length - p384SpkiHeader.length]).toEqual([
      Buffer.from(p384SpkiHeader),
      97,
    ]);
  });

  test('a compressed key under its header is one node:crypto reads as the same P-384 key', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const jwk = publicKey.export({ format: 'jwk' });
    const x = Buffer.from(jwk.x ?? '', 'base64url');
    const y = Buffer.from(jwk.y ?? '', 'base64url');
    const der = Buffer.from([...p384CompressedSpkiHeader, 2 + ((y.at(-1) ?? 0) & 1), ...x]);
    const read = createPublicKey({ key: der, format: 'der', type: 'spki' }).export({ format: 'jwk' });
    expect([read.crv, read.x, read.y]).toEqual(['P-384', jwk.x, jwk.y]);
  });
});

describe('playbackKeyFingerprint', () => {
  test('is the SHA-256 of the DER as colon-separated lowercase hex pairs', () => {
    const der = newSpki();
    const sha = createHash('sha256').update(der).digest('hex');
    expect(playbackKeyFingerprint(der)).toBe(sha.match(/../g)?.join(':'));
  });

  test('of no bytes is the SHA-256 of the empty string', () => {
    expect(playbackKeyFingerprint(new Uint8Array())).toBe(
      'e3:b0:c4:42:98:fc:1c:14:9a:fb:f4:c8:99:6f:b9:24:27:ae:41:e4:64:9b:93:4c:a4:95:99:1b:78:52:b8:55',
    );
  });
});

describe('publicKeyPem', () => {
  test('writes the DER that node:crypto reads back, in base64 lines of 64', () => {
    const der = newSpki();
    const pem = publicKeyPem(der);
    const back = createPublicKey(pem).export({ type: 'spki', format: 'der' });
    expect(Buffer.from(back)).toEqual(Buffer.from(der));
    expect(pem.split('\n').map((line) => line.length)).toEqual([26, 64, 64, 32, 24, 0]);
  });
});
