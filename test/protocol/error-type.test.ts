import { describe, expect, test } from 'vitest';
import { readErrorType, sanitizeErrorType } from '../../src/protocol/error-type.js';

describe('sanitizeErrorType', () => {
  test.each([
    ['FooError', 'FooError'],
    ['FooError:http://internal.amazon.com/x/', 'FooError'],
    ['ns.a#FooError', 'FooError'],
    ['ns.a#FooError:http://internal.amazon.com/x/', 'FooError'],
  ])('%s means %s', (given, want) => {
    expect(sanitizeErrorType(given)).toBe(want);
  });
});

describe('readErrorType', () => {
  test('prefers the x-amzn-ErrorType header over the body', () => {
    expect(readErrorType('ValidationException:x', { code: 'Other' })).toBe('ValidationException');
  });

  test('falls back to the body code, then __type', () => {
    expect(readErrorType(null, { code: 'A' })).toBe('A');
    expect(readErrorType(undefined, { __type: 'ns#B' })).toBe('B');
  });

  test('is undefined when nothing names the error', () => {
    expect(readErrorType(null, { exceptionMessage: 'x' })).toBeUndefined();
  });
});
