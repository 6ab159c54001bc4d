import type { Checksum, SourceData } from '@smithy/types';

const encoder = new TextEncoder();

function toBytes(data: SourceData): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/**
 * SHA-256, or HMAC-SHA256 when given a secret, over the Web Crypto API: the hash the SigV4 signer
 * needs, available alike in Node 20 and in browsers (so nothing Node-only reaches the browser bundle).
 */
export class WebCryptoSha256 implements Checksum {
  private readonly secret: Uint8Array | undefined;
  private chunks: Uint8Array[] = [];

  /** Starts a hash; with `secret`, an HMAC keyed by it. */
  constructor(secret?: SourceData) {
    this.secret = secret === undefined ? undefined : toBytes(secret);
  }

  /** Adds bytes to the hash. */
  update(data: Uint8Array): void {
    this.chunks.push(data);
  }

  /** The hash (or HMAC) of everything added so far. */
  async digest(): Promise<Uint8Array> {
    const size = this.chunks.reduce((total, chunk) => total + chunk.byteLength, 0);
    const message = new Uint8Array(size);
    let offset = 0;
    for (const chunk of this.chunks) {
      message.set(chunk, offset);
      offset += chunk.byteLength;
    }
    const subtle = globalThis.crypto.subtle;
    if (this.secret === undefined) return new Uint8Array(await subtle.digest('SHA-256', message));
    // An empty HMAC key is legal in SigV4 terms but refused by importKey, so it is padded to one zero byte (the same key under HMAC's zero padding).
    const keyBytes = this.secret.byteLength === 0 ? new Uint8Array(1) : this.secret;
    const key = await subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new Uint8Array(await subtle.sign('HMAC', key, message));
  }

  /** Forgets everything added, keeping the secret. */
  reset(): void {
    this.chunks = [];
  }
}

/** Lower-case hexadecimal of bytes. */
export function toHex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

/** Compares two strings in time that depends only on their lengths, so a signature cannot be guessed byte by byte. */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a.charCodeAt(i % (a.length || 1)) ^ b.charCodeAt(i % (b.length || 1))) | 0;
  return difference === 0;
}
