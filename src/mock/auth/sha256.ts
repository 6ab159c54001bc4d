import type { Checksum, SourceData } from '@smithy/types';

const encoder = new TextEncoder();

/** The first `count` prime numbers. */
function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let candidate = 2; primes.length < count; candidate++) {
    if (primes.every((prime) => candidate % prime !== 0)) primes.push(candidate);
  }
  return primes;
}

/** The first 32 bits of the fractional part of a number, as FIPS 180-4 derives SHA-256's constants. */
const fraction32 = (value: number): number => ((value - Math.floor(value)) * 0x1_0000_0000) >>> 0;

const primes = firstPrimes(64);
/** Round constants: cube roots of the first 64 primes (FIPS 180-4 §4.2.2). */
const roundConstants = Uint32Array.from(primes, (prime) => fraction32(Math.cbrt(prime)));
/** Initial hash value: square roots of the first 8 primes (FIPS 180-4 §5.3.3). */
const initialHash = Uint32Array.from(primes.slice(0, 8), (prime) => fraction32(Math.sqrt(prime)));

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** SHA-256 of bytes (FIPS 180-4), synchronous and in plain JavaScript. */
export function sha256(message: Uint8Array): Uint8Array {
  const blocks = Math.ceil((message.length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = message.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 0x1_0000_0000));
  view.setUint32(padded.length - 4, bits >>> 0);
  const hash = initialHash.slice();
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4);
    for (let t = 16; t < 64; t++) {
      const w15 = w[t - 15]!;
      const w2 = w[t - 2]!;
      const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
      const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
      w[t] = w[t - 16]! + s0 + w[t - 7]! + s1;
    }
    let [a, b, c, d, e, f, g, h] = hash as unknown as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t++) {
      const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const choice = (e & f) ^ (~e & g);
      const temp1 = (h + s1 + choice + roundConstants[t]! + w[t]!) | 0;
      const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const temp2 = (s0 + majority) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + temp1) | 0;
      d = c;
      c = b;
      b = a;
      a = (temp1 + temp2) | 0;
    }
    [a, b, c, d, e, f, g, h].forEach((value, i) => {
      hash[i] = hash[i]! + value;
    });
  }
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  hash.forEach((value, i) => out.setUint32(i * 4, value));
  return digest;
}

const blockSize = 64;

/** HMAC-SHA256 of a message under a key (RFC 2104). */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(blockSize);
  block.set(key.length > blockSize ? sha256(key) : key);
  const inner = new Uint8Array(blockSize + message.length);
  const outer = new Uint8Array(blockSize + 32);
  for (let i = 0; i < blockSize; i++) {
    inner[i] = block[i]! ^ 0x36;
    outer[i] = block[i]! ^ 0x5c;
  }
  inner.set(message, blockSize);
  outer.set(sha256(inner), blockSize);
  return sha256(outer);
}

function toBytes(data: SourceData): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

/**
 * SHA-256, or HMAC-SHA256 when given a secret, as the SigV4 signer wants it. Plain JavaScript, so
 * it is the same in Node and in any browser page (Web Crypto is async, slow for many small hashes,
 * and absent outside secure contexts), and nothing Node-only reaches the browser bundle.
 */
export class Sha256 implements Checksum {
  private readonly secret: Uint8Array | undefined;
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
  digest(): Promise<Uint8Array> {
    const message = this.chunks.length === 1 ? (this.chunks[0] as Uint8Array) : concat(this.chunks);
    return Promise.resolve(this.secret === undefined ? sha256(message) : hmacSha256(this.secret, message));
  }

  /** Forgets everything added, keeping the secret. */
  reset(): void {
    this.chunks = [];
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
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
  for (let i = 0; i < length; i++)
    difference |= (a.charCodeAt(i % (a.length || 1)) ^ b.charCodeAt(i % (b.length || 1))) | 0;
  return difference === 0;
}
