import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { arbitraryFromSchema } from '../../src/fuzz/from-schema.js';
import { invalidFromSchema } from '../../src/fuzz/invalid-from-schema.js';
import { resolveSchema, schemaKind, shapeNameOf, utf8ByteLength, type JsonSchema } from '../../src/fuzz/json-schema.js';
import { arnArbitrary, overrides } from '../../src/fuzz/overrides.js';
import { scalarIssues } from '../../src/fuzz/scalar-check.js';
import { singleClassPattern, truncateToBytes } from '../../src/fuzz/string-arbitrary.js';
import { compileForTest, sampleInput, sampleOutput } from './sample-schemas.js';
import { unreached } from './reachability.js';

const SEED = 42;

describe('arbitraryFromSchema on hand-written schemas', () => {
  test.each([
    ['an input document', sampleInput],
    ['an output document with a nested structure, a timestamp, a long and a boolean', sampleOutput],
  ])('%s: values pass ajv', (_name, schema) => {
    const validate = compileForTest(schema);
    fc.assert(
      fc.property(arbitraryFromSchema(schema, schema, { overrides }), (value) => {
        if (!validate(value))
          throw new Error(`${JSON.stringify(value).slice(0, 300)}: ${JSON.stringify(validate.errors)}`);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('every bound, enum value and optional member of the input document is reached', () => {
    const values = fc.sample(arbitraryFromSchema(sampleInput, sampleInput, { overrides }), {
      seed: SEED,
      numRuns: 1000,
    });
    expect(unreached(sampleInput, values)).toEqual([]);
  });

  test('without overrides, patterns are still honoured through fc.stringMatching', () => {
    const validate = compileForTest(sampleInput);
    const values = fc.sample(arbitraryFromSchema(sampleInput, sampleInput), { seed: SEED, numRuns: 300 });
    expect(values.filter((v) => !validate(v))).toEqual([]);
  });
});

describe('invalidFromSchema on hand-written schemas', () => {
  test('every value breaks exactly its stated constraint', () => {
    const validate = compileForTest(sampleInput);
    const invalid = invalidFromSchema(sampleInput, sampleInput, { overrides });
    if (invalid === undefined) throw new Error('no violations');
    fc.assert(
      fc.property(invalid, ({ value, violation }) => {
        expect(validate(value)).toBe(false);
        const keywords = (validate.errors ?? []).map((e) => e.keyword);
        expect(keywords).toContain(violation.constraint);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  test('a schema with nothing to break gives no arbitrary', () => {
    const free: JsonSchema = { type: 'object', properties: { note: { type: 'string' } } };
    expect(invalidFromSchema(free, free, { allowWrongType: () => false })).toBeUndefined();
  });
});

describe('schema helpers', () => {
  test.each([
    ['a structure', { type: 'object', properties: {} }, 'object'],
    ['a map', { type: 'object', additionalProperties: { type: 'string' } }, 'map'],
    ['a list', { type: 'array', items: {} }, 'array'],
    ['an enum without a type', { enum: ['A', 'B'] }, 'string'],
    ['a long', { type: 'integer' }, 'integer'],
    ['a document', {}, 'unknown'],
  ] as const)('schemaKind of %s is %s', (_name, schema, kind) => {
    expect(schemaKind(schema)).toBe(kind);
  });

  test('a reference to a missing definition is reported by name', () => {
    expect(() => resolveSchema({ $defs: {} }, { $ref: '#/$defs/Nope' })).toThrow(
      "Schema reference '#/$defs/Nope' cannot be resolved in its document.",
    );
  });

  test('the shape name of a member is the name it refers to', () => {
    expect(shapeNameOf(sampleInput, { $ref: '#/$defs/ChannelArn' })).toBe('ChannelArn');
  });

  test.each([
    ['^[a-zA-Z0-9-_]*$', { charClass: '[a-zA-Z0-9-_]', atLeastOne: false }],
    ['^[a-z]+$', { charClass: '[a-z]', atLeastOne: true }],
    ['^arn:aws:[is]vs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+$', undefined],
    ['[a-z]*', undefined],
  ])('singleClassPattern(%j)', (pattern, want) => {
    expect(singleClassPattern(pattern)).toEqual(want);
  });

  test.each([
    ['ASCII', 'abcdef', 4, 'abcd'],
    ['a two-byte letter that would not fit', 'aaaé', 4, 'aaa'],
    ['an emoji', '😀😀', 7, '😀'],
  ])('truncateToBytes keeps whole code points: %s', (_name, value, max, want) => {
    expect(truncateToBytes(value, max)).toBe(want);
    expect(utf8ByteLength(truncateToBytes(value, max))).toBeLessThanOrEqual(max);
  });

  test.each([
    ['a fine value', 'abc', []],
    ['too long', 'aaaaa', ['maxLength']],
    ['not matching the pattern', 'a b', ['pattern']],
    ['over the byte limit but not the length', 'ééé', ['maxBytes']],
    ['the wrong type', 5, ['type']],
  ] as const)('scalarIssues: %s', (_name, value, want) => {
    expect(scalarIssues({ type: 'string', maxLength: 4, maxBytes: 5, pattern: '^[a-zé]*$' }, value)).toEqual(want);
  });
});

describe('overrides', () => {
  test('ARNs are realistic: given account and region, usually a 12-character id, sometimes exactly maxLength long', () => {
    const values = fc.sample(arnArbitrary('channel', { accountId: '111122223333', region: 'eu-west-1' }), {
      seed: SEED,
      numRuns: 200,
    });
    expect(values.every((arn) => /^arn:aws:ivs:eu-west-1:111122223333:channel\/[a-zA-Z0-9]+$/.test(arn))).toBe(true);
    expect(values.filter((arn) => arn.split('/')[1]?.length === 12).length).toBeGreaterThan(100);
    expect(values.some((arn) => arn.length === 128)).toBe(true);
  });

  test('generated tag keys never use the reserved aws: prefix', () => {
    const keys = fc.sample(arbitraryFromSchema(sampleInput, { $ref: '#/$defs/TagKey' }, { overrides }), {
      seed: SEED,
      numRuns: 2000,
    }) as string[];
    expect(keys.filter((key) => key.toLowerCase().startsWith('aws:'))).toEqual([]);
  });
});
