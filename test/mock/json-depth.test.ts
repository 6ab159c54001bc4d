import { describe, expect, test } from 'vitest';
import { jsonTooDeep } from '../../src/mock/json-depth.js';

describe('jsonTooDeep', () => {
  test.each([
    ['flat object within 1', '{"a":1}', 1, false],
    ['nested object past 1', '{"a":{"b":1}}', 1, true],
    ['arrays count as levels', '[[[]]]', 2, true],
    ['brackets in strings do not count', '{"a":"[[[[{{{{"}', 1, false],
    ['an escaped quote does not end a string', '{"a":"\\"[[["}', 1, false],
    ['siblings do not add up', '{"a":{},"b":{},"c":[]}', 2, false],
  ])('%s', (_name, text, limit, want) => {
    expect(jsonTooDeep(text, limit)).toBe(want);
  });
});
