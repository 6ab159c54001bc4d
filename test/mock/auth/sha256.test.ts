import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { constantTimeEqual, hmacSha256, sha256, Sha256, toHex } from '../../../src/mock/auth/sha256.js';
import { NodeSha256 } from './signing.js';

async function hexOf(
  Hash: typeof Sha256 | typeof NodeSha256,
  chunks: readonly string[],
  secret?: string | Uint8Array,
): Promise<string> {
  const hash = new Hash(secret);
  for (const chunk of chunks) hash.update(new TextEncoder().encode(chunk));
  return toHex(await hash.digest());
}

const inputs: [string, readonly string[], string | Uint8Array | undefined][] = [
  ['the empty message', [], undefined],
  ['one chunk', ['{"name":"x"}'], undefined],
  ['several chunks', ['AWS4-HMAC-SHA256\n', '20261128T120000Z\n', 'ü€'], undefined],
  ['an HMAC with a string key', ['20261128'], 'AWS4SECRET'],
  ['an HMAC with a byte key', ['aws4_request'], new Uint8Array([1, 2, 3, 250])],
  ['an empty secret, which means a plain hash', ['message'], ''],
  ['an HMAC with a key longer than a block', ['message'], 'k'.repeat(100)],
];

describe('sha256 and hmacSha256', () => {
  // Lengths around the 64-byte block and the 56-byte padding boundary matter most.
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.integer({ min: 50, max: 130 }).map((length) => new Uint8Array(length).fill(length)),
  );

  test('sha256 agrees with node:crypto on any message', () => {
    fc.assert(
      fc.property(bytes, (message) => {
        expect(toHex(sha256(message))).toBe(createHash('sha256').update(message).digest('hex'));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  test('hmacSha256 agrees with node:crypto on any key and message', () => {
    fc.assert(
      fc.property(
        bytes.filter((key) => key.length > 0),
        bytes,
        (key, message) => {
          expect(toHex(hmacSha256(key, message))).toBe(createHmac('sha256', key).update(message).digest('hex'));
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('Sha256 (the signer-facing class)', () => {
  test.each(inputs)('agrees with node:crypto on %s', async (_name, chunks, secret) => {
    expect(await hexOf(Sha256, chunks, secret)).toBe(await hexOf(NodeSha256, chunks, secret));
  });

  test('reset forgets what was added', async () => {
    const hash = new Sha256();
    hash.update(new TextEncoder().encode('something'));
    hash.reset();
    expect(toHex(await hash.digest())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('constantTimeEqual', () => {
  test.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'ab', false],
    ['', 'a', false],
    ['', '', true],
  ] as const)('%j vs %j is %s', (a, b, want) => {
    expect(constantTimeEqual(a, b)).toBe(want);
  });
});
