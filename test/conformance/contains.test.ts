import { describe, expect, test } from 'vitest';
import { firstDifference, without } from '../../src/conformance/contains.js';

describe('firstDifference', () => {
  test.each([
    ['equal scalars', { got: 'a', want: 'a', difference: null }],
    ['different scalars', { got: 'a', want: 'b', difference: 'the value: got "a", expected "b"' }],
    ['extra members in got', { got: { a: 1, b: 2 }, want: { a: 1 }, difference: null }],
    ['a missing member', { got: { b: 2 }, want: { a: 1 }, difference: 'a: missing, expected 1' }],
    [
      'a nested difference',
      {
        got: { s3: { bucketName: 'x' } },
        want: { s3: { bucketName: 'y' } },
        difference: 's3.bucketName: got "x", expected "y"',
      },
    ],
    ['lists in another order', { got: ['CA', 'US'], want: ['US', 'CA'], difference: null }],
    ['lists of objects with extra members', { got: [{ a: 1, extra: true }], want: [{ a: 1 }], difference: null }],
    ['a longer list', { got: ['US', 'CA'], want: ['US'], difference: 'the value: got ["US","CA"], expected ["US"]' }],
    [
      'a repeated item instead of another',
      { got: ['US', 'US'], want: ['US', 'CA'], difference: 'the value: got ["US","US"], expected ["US","CA"]' },
    ],
    [
      'an object where a list is wanted',
      { got: { a: 1 }, want: [1], difference: 'the value: got {"a":1}, expected [1]' },
    ],
    [
      'null where an object is wanted',
      { got: null, want: { a: 1 }, difference: 'the value: got null, expected {"a":1}' },
    ],
  ])('%s', (_name, { got, want, difference }) => {
    expect(firstDifference(got, want)).toBe(difference);
  });
});

test('without leaves out the named members', () => {
  expect(without({ a: 1, b: 2, c: 3 }, 'a', 'c')).toEqual({ b: 2 });
});
