import fc from 'fast-check';
import { numberKeyword, enumValues, type JsonSchema } from './json-schema.js';
import { scalarIssues, type ConstraintKeyword } from './scalar-check.js';

/** A candidate generator of scalar values meant to break exactly one keyword. */
export interface ScalarBreaker {
  /** The keyword the values break. */
  readonly constraint: ConstraintKeyword;
  /** Candidate values; some may break other keywords too and are filtered out by the caller. */
  readonly candidates: fc.Arbitrary<unknown>;
}

/** Characters that many patterns reject: punctuation, space, a non-ASCII letter and an emoji. */
const OUTSIDE_CHARACTERS = [' ', '!', '/', ':', '#', '%', '?', '*', '.', '@', '\u00e9', '\u{1F600}'] as const;

/** Values of the wrong JSON type for each kind of schema. */
const WRONG_TYPES: Readonly<Record<string, readonly unknown[]>> = {
  string: [42, true, [], {}],
  integer: ['7', true, 1.5, []],
  number: ['7', true, []],
  boolean: ['true', 1, []],
};

const codePoints = (value: string): string[] => [...value];

/** Shortens a value to a length below `min` (in code points). */
const shorten = (valid: fc.Arbitrary<string>, min: number): fc.Arbitrary<string> =>
  fc
    .tuple(valid, fc.integer({ min: 0, max: min - 1 }))
    .map(([value, length]) => codePoints(value).slice(0, length).join(''));

/** Lengthens a value past `max` by repeating its last code point, which keeps most patterns matching. */
const lengthen = (valid: fc.Arbitrary<string>, max: number): fc.Arbitrary<string> =>
  fc.tuple(valid, fc.integer({ min: 1, max: 3 })).map(([value, extra]) => {
    const chars = codePoints(value);
    const filler = chars.at(-1) ?? 'a';
    return value + filler.repeat(Math.max(0, max + extra - chars.length));
  });

/** Puts one character that the pattern is likely to reject into a valid value. */
const spoil = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(valid, fc.constantFrom(...OUTSIDE_CHARACTERS), fc.nat()).map(([value, bad, at]) => {
    const chars = codePoints(value);
    if (chars.length === 0) return bad;
    chars[at % chars.length] = bad;
    return chars.join('');
  });

/** Strings whose UTF-8 size passes `maxBytes` while their length stays small: ASCII, 2-byte and 4-byte runs. */
const oversize = (maxBytes: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom('x', '\u00e9', '\u{1F600}'), fc.integer({ min: 1, max: 4 }))
    .map(([unit, extra]) => unit.repeat(Math.ceil((maxBytes + extra) / new TextEncoder().encode(unit).length)));

/**
 * The ways a scalar value of a resolved schema can be made invalid, one keyword each, built from
 * that schema's valid values. `allowWrongType` is false for members that travel as text in the
 * URL (labels and query parameters), where a wrong JSON type cannot be expressed.
 */
export function scalarBreakers(
  schema: JsonSchema,
  valid: fc.Arbitrary<unknown>,
  kind: string,
  allowWrongType: boolean,
): ScalarBreaker[] {
  const breakers: ScalarBreaker[] = [];
  const wrong = WRONG_TYPES[kind];
  if (allowWrongType && wrong !== undefined)
    breakers.push({ constraint: 'type', candidates: fc.constantFrom(...wrong) });
  if (kind === 'string') {
    const text = valid.filter((v): v is string => typeof v === 'string');
    const values = enumValues(schema);
    if (values !== undefined) {
      const near = text.map((v) => (v.toLowerCase() === v ? `${v}_` : v.toLowerCase()));
      breakers.push({ constraint: 'enum', candidates: fc.oneof(near, fc.string({ minLength: 1, maxLength: 12 })) });
    }
    const minLength = numberKeyword(schema, 'minLength');
    const maxLength = numberKeyword(schema, 'maxLength');
    if (minLength !== undefined && minLength > 0)
      breakers.push({ constraint: 'minLength', candidates: shorten(text, minLength) });
    if (maxLength !== undefined) breakers.push({ constraint: 'maxLength', candidates: lengthen(text, maxLength) });
    if (typeof schema['pattern'] === 'string') breakers.push({ constraint: 'pattern', candidates: spoil(text) });
    const minBytes = numberKeyword(schema, 'minBytes');
    const maxBytes = numberKeyword(schema, 'maxBytes');
    if (minBytes !== undefined && minBytes > 0) {
      breakers.push({ constraint: 'minBytes', candidates: fc.string({ maxLength: Math.max(0, minBytes - 1) }) });
    }
    if (maxBytes !== undefined) breakers.push({ constraint: 'maxBytes', candidates: oversize(maxBytes) });
  }
  if (kind === 'integer' || kind === 'number') {
    const minimum = numberKeyword(schema, 'minimum');
    const maximum = numberKeyword(schema, 'maximum');
    if (minimum !== undefined) {
      breakers.push({
        constraint: 'minimum',
        candidates: fc.integer({ min: 1, max: 1_000_000 }).map((d) => minimum - d),
      });
    }
    if (maximum !== undefined) {
      breakers.push({
        constraint: 'maximum',
        candidates: fc.integer({ min: 1, max: 1_000_000 }).map((d) => maximum + d),
      });
    }
  }
  return breakers;
}

/** Keeps only the candidates that break exactly the breaker's keyword and nothing else. */
export function exactlyBreaks(schema: JsonSchema, breaker: ScalarBreaker): (value: unknown) => boolean {
  return (value) => {
    const issues = scalarIssues(schema, value);
    return issues.length === 1 && issues[0] === breaker.constraint;
  };
}
