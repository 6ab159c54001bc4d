import { describe, expect, test } from 'vitest';
import { constantTimeEqual, toHex } from '../../../src/mock/auth/signature-text.js';

describe('toHex', () => {
  test('writes each byte as two lower-case hexadecimal digits', () => {
    expect(toHex(new Uint8Array([0, 9, 10, 171, 255]))).toBe('00090aabff');
  });

  test('writes no bytes as the empty string', () => {
    expect(toHex(new Uint8Array())).toBe('');
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
