import fc from 'fast-check';
import { codePointLength, numberKeyword, patternOf, utf8ByteLength, type JsonSchema } from './json-schema.js';
import { scalarIssues } from './scalar-check.js';

/** How far past the lower bound an unbounded length may go, so values stay small and fast. */
export const UNBOUNDED_EXTRA_LENGTH = 24;

/**
 * Values of a sized kind (strings, lists, maps) whose size reaches both bounds often, not only by
 * luck: `build(low, high)` makes values with a size in `[low, high]`; the mix puts some exactly on
 * `min`, some exactly on `max`, many just above `min` (small values keep runs fast) and some anywhere.
 */
export function sizedBetween<T>(
  min: number,
  max: number,
  build: (low: number, high: number) => fc.Arbitrary<T>,
): fc.Arbitrary<T> {
  if (max <= min) return build(min, min);
  return fc.oneof(
    { arbitrary: build(min, min), weight: 3 },
    { arbitrary: build(max, max), weight: 1 },
    { arbitrary: build(min, Math.min(max, min + 3)), weight: 4 },
    { arbitrary: build(min, max), weight: 2 },
  );
}

/** The character class `[…]` of a pattern of the form `^[…]*$` or `^[…]+$`, with its quantifier. */
export function singleClassPattern(
  pattern: string,
): { readonly charClass: string; readonly atLeastOne: boolean } | undefined {
  const match = /^\^(\[(?:\\.|[^\]\\])*\])([*+])\$$/.exec(pattern);
  if (match?.[1] === undefined) return undefined;
  return { charClass: match[1], atLeastOne: match[2] === '+' };
}

/**
 * The literal prefix and the character class of a pattern of the form `^prefix[…]*$` or
 * `^prefix[…]+$` (the prefix plain letters, digits, `-`, `_`, `:` or `/`), such as `^st-[a-zA-Z0-9]+$`.
 */
export function prefixedClassPattern(
  pattern: string,
): { readonly prefix: string; readonly charClass: string; readonly atLeastOne: boolean } | undefined {
  const match = /^\^([A-Za-z0-9_:/-]+)(\[(?:\\.|[^\]\\])*\])([*+])\$$/.exec(pattern);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { prefix: match[1], charClass: match[2], atLeastOne: match[3] === '+' };
}

/** One character that matches a character class, such as `[a-zA-Z0-9-_]`. */
export function classCharacter(charClass: string): fc.Arbitrary<string> {
  return fc.stringMatching(new RegExp(`^${charClass}$`, 'u'));
}

/** Drops code points from the end of a string until its UTF-8 encoding fits in `maxBytes`. */
export function truncateToBytes(value: string, maxBytes: number): string {
  let result = '';
  let bytes = 0;
  for (const char of value) {
    const size = utf8ByteLength(char);
    if (bytes + size > maxBytes) break;
    result += char;
    bytes += size;
  }
  return result;
}

const stringOf =
  (unit: fc.Arbitrary<string> | 'grapheme-ascii' | 'binary') =>
  (minLength: number, maxLength: number): fc.Arbitrary<string> =>
    fc.string({ unit, minLength, maxLength });

/** The bounds a string schema puts on length, with byte bounds folded in where they are tighter. */
function lengthBounds(schema: JsonSchema): { min: number; max: number } {
  const minLength = numberKeyword(schema, 'minLength') ?? 0;
  const maxLength = numberKeyword(schema, 'maxLength');
  const maxBytes = numberKeyword(schema, 'maxBytes');
  // Every code point takes at least one UTF-8 byte, so a byte bound also bounds the length.
  const byteCap = maxBytes ?? Number.POSITIVE_INFINITY;
  const max = Math.min(maxLength ?? Number.POSITIVE_INFINITY, byteCap);
  return { min: minLength, max: Number.isFinite(max) ? max : minLength + UNBOUNDED_EXTRA_LENGTH };
}

const dateTime = (): fc.Arbitrary<string> =>
  fc
    .date({ min: new Date('2020-07-15T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true })
    .map((date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z'));

/**
 * Valid strings for a resolved string schema: every length bound reachable, patterns honoured
 * (`^[…]*$` patterns built character by character so long values come up, others through
 * `fc.stringMatching`), mostly printable ASCII with some full-Unicode values, and `minBytes` /
 * `maxBytes` respected on the UTF-8 encoding.
 */
export function validString(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema['format'] === 'date-time') return dateTime();
  const { min, max } = lengthBounds(schema);
  const pattern = typeof schema['pattern'] === 'string' ? schema['pattern'] : undefined;
  const honest = (value: string) => scalarIssues(schema, value).length === 0;

  if (pattern !== undefined) {
    const simple = singleClassPattern(pattern);
    if (simple !== undefined) {
      const unit = classCharacter(simple.charClass);
      return sizedBetween(Math.max(min, simple.atLeastOne ? 1 : 0), max, stringOf(unit)).filter(honest);
    }
    const prefixed = prefixedClassPattern(pattern);
    if (prefixed !== undefined && max >= prefixed.prefix.length) {
      // Built from the prefix and the class, so a length bound far above the prefix is met without a search.
      const unit = classCharacter(prefixed.charClass);
      const rest = prefixed.prefix.length;
      return sizedBetween(Math.max(min - rest, prefixed.atLeastOne ? 1 : 0), max - rest, stringOf(unit))
        .map((tail) => `${prefixed.prefix}${tail}`)
        .filter(honest);
    }
    const regex = patternOf(schema) ?? new RegExp(pattern, 'u');
    return fc.stringMatching(regex, { maxLength: max }).filter(honest);
  }

  const maxBytes = numberKeyword(schema, 'maxBytes');
  const ascii = sizedBetween(min, max, stringOf('grapheme-ascii'));
  const unicodeMax = Math.min(max, min + UNBOUNDED_EXTRA_LENGTH * 2);
  const unicode = sizedBetween(min, unicodeMax, stringOf('binary')).map((value) =>
    maxBytes === undefined ? value : truncateToBytes(value, maxBytes),
  );
  return fc
    .oneof({ arbitrary: ascii, weight: 4 }, { arbitrary: unicode, weight: 1 })
    .filter((value) => codePointLength(value) >= min && honest(value));
}
