import { describe, expect, test } from 'vitest';
import { constantTimeEqual, toHex, WebCryptoSha256 } from '../../src/mock/auth/sha256.js';
import { NodeSha256 } from './signing.js';

async function hexOf(Hash: typeof WebCryptoSha256 | typeof NodeSha256, chunks: readonly string[], secret?: string | Uint8Array): Promise<string> {
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

describe('WebCryptoSha256', () => {
  test.each(inputs)('agrees with node:crypto on %s', async (_name, chunks, secret) => {
    expect(await hexOf(WebCryptoSha256, chunks, secret)).toBe(await hexOf(NodeSha256, chunks, secret));
  });

  test('reset forgets what was added', async () => {
    const hash = new WebCryptoSha256();
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
