import type { Checksum, SourceData } from '@smithy/types';

const encoder = new TextEncoder();

/** A copy of the key bytes, on an ArrayBuffer of its own as Web Crypto wants. */
function toBytes(data: SourceData): Uint8Array<ArrayBuffer> {
  if (typeof data === 'string') return encoder.encode(data);
  const view = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  return copy;
}

/**
 * SHA-256, or HMAC-SHA256 when given a secret, over the Web Crypto API: the hash the SigV4 signer
 * needs, available alike in Node 20 and in browsers (so nothing Node-only reaches the browser bundle).
 */
export class WebCryptoSha256 implements Checksum {
  private readonly secret: Uint8Array<ArrayBuffer> | undefined;
  private chunks: Uint8Array[] = [];

  /** Starts a hash; with a non-empty `secret`, an HMAC keyed by it. */
  constructor(secret?: SourceData) {
    // As in the SDK's hashes, an empty secret means a plain hash (SigV4 never derives an empty key).
    const bytes = secret === undefined ? undefined : toBytes(secret);
    this.secret = bytes === undefined || bytes.byteLength === 0 ? undefined : bytes;
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
    const key = await subtle.importKey('raw', this.secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
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
