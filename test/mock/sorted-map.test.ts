import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SortedMap } from '../../src/mock/sorted-map.js';

describe('SortedMap', () => {
  test('iterates entries in insertion order, like a Map', () => {
    const map = new SortedMap<number>();
    map.set('b', 1).set('a', 2).set('c', 3);
    expect([...map.keys()]).toEqual(['b', 'a', 'c']);
  });

  test('valuesAfter yields the values of the keys after the given one, in key order', () => {
    const map = new SortedMap<string>();
    for (const key of ['d', 'b', 'a', 'c']) map.set(key, key.toUpperCase());
    expect([...map.valuesAfter(undefined)]).toEqual(['A', 'B', 'C', 'D']);
    expect([...map.valuesAfter('b')]).toEqual(['C', 'D']);
    expect([...map.valuesAfter('bb')]).toEqual(['C', 'D']);
    expect([...map.valuesAfter('z')]).toEqual([]);
  });

  test('replacing a value keeps one place in the order', () => {
    const map = new SortedMap<number>();
    map.set('a', 1).set('a', 2);
    expect([...map.valuesAfter(undefined)]).toEqual([2]);
  });

  test('agrees with a sorted copy of a plain Map after any sequence of sets, deletes and clears', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.string({ maxLength: 3 }) }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.string({ maxLength: 3 }) }),
      fc.record({ kind: fc.constant('clear' as const), key: fc.constant('') }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.string({ maxLength: 3 }), (ops, after) => {
        const sorted = new SortedMap<string>();
        const plain = new Map<string, string>();
        for (const { kind, key } of ops) {
          if (kind === 'set') {
            sorted.set(key, key);
            plain.set(key, key);
          } else if (kind === 'delete') {
            expect(sorted.delete(key)).toBe(plain.delete(key));
          } else {
            sorted.clear();
            plain.clear();
          }
        }
        const want = [...plain.keys()].filter((k) => k > after).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
        expect([...sorted.valuesAfter(after)]).toEqual(want);
        expect([...sorted.keys()]).toEqual([...plain.keys()]);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
