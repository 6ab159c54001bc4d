import fc from 'fast-check';
import { arbitraryFromSchema, sizeBounds, type FromSchemaOptions } from './from-schema.js';
import { exactlyBreaks, scalarBreakers } from './invalid-string.js';
import {
  pointerToken,
  properties,
  requiredMembers,
  resolveSchema,
  schemaKeyword,
  schemaKind,
  type JsonSchema,
} from './json-schema.js';
import type { ConstraintKeyword } from './scalar-check.js';

/** Which single constraint an invalid value breaks, and where. */
export interface Violation {
  /**
   * JSON Pointer of the offending value inside the input (`/tags/env`, `/arns/3`); for a missing
   * member, the pointer the member would have; for a bad map key, the pointer of the map.
   */
  readonly path: string;
  /** The JSON Schema keyword that is broken (`minLength`, `required`, `maxBytes`, …). */
  readonly constraint: ConstraintKeyword;
  /** True when the broken value is a map key rather than a value (ajv reports it under `propertyNames`). */
  readonly onKey?: boolean;
  /** One line that says what is wrong, for failure messages. */
  readonly description: string;
}

/** A value that breaks exactly one constraint of its schema, with the violation it carries. */
export interface InvalidValue {
  /** The invalid value. */
  readonly value: unknown;
  /** The one constraint it breaks. */
  readonly violation: Violation;
}

/** Options for invalid values: the valid-value options, plus which members may take a wrong JSON type. */
export interface InvalidOptions extends FromSchemaOptions {
  /**
   * Whether a top-level member of the root object may be given a value of the wrong JSON type;
   * false for members that travel as URL text. Every member allows it when left out.
   */
  readonly allowWrongType?: (member: string) => boolean;
  /**
   * Whether leaving out a required top-level member is a violation that can be sent; false for a
   * query list, which the wire cannot tell apart from an empty one. Every member when left out.
   */
  readonly canOmit?: (member: string) => boolean;
  /** The seed used to probe which breakers can produce a value at all; fixed so results are stable. */
  readonly probeSeed?: number;
}

interface Walk {
  readonly root: JsonSchema;
  readonly options: InvalidOptions;
  readonly allowWrongType: boolean;
}

const PROBE_RUNS = 60;

const describeValue = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Keeps a breaker only when a fixed-seed probe shows it can produce a value that breaks just its keyword. */
function viable(candidates: fc.Arbitrary<unknown>, keep: (v: unknown) => boolean, seed: number): boolean {
  return fc.sample(candidates, { numRuns: PROBE_RUNS, seed }).some(keep);
}

const prefixed = (token: string | number, bad: InvalidValue): Violation => {
  const path = `/${pointerToken(token)}${bad.violation.path}`;
  return {
    ...bad.violation,
    path,
    description: `${path}${bad.violation.description.slice(bad.violation.path.length)}`,
  };
};

const violation = (path: string, constraint: ConstraintKeyword, what: string): Violation => ({
  path,
  constraint,
  description: `${path}: ${what}`,
});

function scalarInvalid(walk: Walk, schema: JsonSchema, resolved: JsonSchema): fc.Arbitrary<InvalidValue>[] {
  const valid = arbitraryFromSchema(walk.root, schema, walk.options);
  const kind = schemaKind(resolved);
  const result: fc.Arbitrary<InvalidValue>[] = [];
  for (const breaker of scalarBreakers(resolved, valid, kind, walk.allowWrongType)) {
    const keep = exactlyBreaks(resolved, breaker);
    if (!viable(breaker.candidates, keep, walk.options.probeSeed ?? 1)) continue;
    result.push(
      breaker.candidates.filter(keep).map((value) => ({
        value,
        violation: violation('', breaker.constraint, `${describeValue(value)} breaks ${breaker.constraint}`),
      })),
    );
  }
  return result;
}

function objectInvalid(walk: Walk, resolved: JsonSchema, topLevel: boolean): fc.Arbitrary<InvalidValue>[] {
  const valid = arbitraryFromSchema(walk.root, resolved, walk.options) as fc.Arbitrary<Record<string, unknown>>;
  const members = properties(resolved);
  const result: fc.Arbitrary<InvalidValue>[] = [];
  for (const name of requiredMembers(resolved)) {
    if (!Object.hasOwn(members, name) || (topLevel && walk.options.canOmit?.(name) === false)) continue;
    const missing = violation(`/${pointerToken(name)}`, 'required', 'required member is missing');
    result.push(
      valid.map((object) => {
        const { [name]: _removed, ...rest } = object;
        return { value: rest, violation: missing };
      }),
    );
  }
  for (const [name, member] of Object.entries(members)) {
    const allowWrongType = topLevel ? (walk.options.allowWrongType?.(name) ?? true) : walk.allowWrongType;
    const inner = invalidAt({ ...walk, allowWrongType }, member);
    if (inner === undefined) continue;
    result.push(
      fc
        .tuple(valid, inner)
        .map(([object, bad]) => ({ value: { ...object, [name]: bad.value }, violation: prefixed(name, bad) })),
    );
  }
  return result;
}

function mapInvalid(walk: Walk, resolved: JsonSchema): fc.Arbitrary<InvalidValue>[] {
  const keySchema = schemaKeyword(resolved, 'propertyNames') ?? { type: 'string' };
  const valueSchema = schemaKeyword(resolved, 'additionalProperties') ?? {};
  const key = arbitraryFromSchema(walk.root, keySchema, walk.options).filter((k): k is string => typeof k === 'string');
  const value = arbitraryFromSchema(walk.root, valueSchema, walk.options);
  const { min, max } = sizeBounds(resolved, 'minProperties', 'maxProperties');
  const sized = (low: number, high: number) =>
    fc
      .integer({ min: low, max: high })
      .chain((size) => fc.dictionary(key, value, { minKeys: size, maxKeys: size, noNullPrototype: true }));
  const result: fc.Arbitrary<InvalidValue>[] = [];
  if (min > 0) {
    const tooFew = violation('', 'minProperties', `fewer than ${min} entries`);
    result.push(sized(0, min - 1).map((map) => ({ value: map, violation: tooFew })));
  }
  if (resolved['maxProperties'] !== undefined) {
    const tooMany = violation('', 'maxProperties', `more than ${max} entries`);
    result.push(sized(max + 1, max + 2).map((map) => ({ value: map, violation: tooMany })));
  }
  if (max < 1) return result;
  const room = sized(Math.max(0, min - 1), max - 1);
  const badKey = invalidAt({ ...walk, allowWrongType: false }, keySchema);
  if (badKey !== undefined) {
    result.push(
      fc.tuple(room, badKey, value).map(([map, bad, entry]) => ({
        value: { ...map, [String(bad.value)]: entry },
        violation: {
          ...violation(
            '',
            bad.violation.constraint,
            `key ${describeValue(bad.value)} breaks ${bad.violation.constraint}`,
          ),
          onKey: true,
        },
      })),
    );
  }
  const badValue = invalidAt(walk, valueSchema);
  if (badValue !== undefined) {
    result.push(
      fc
        .tuple(room, key, badValue)
        .filter(([map, newKey]) => !Object.hasOwn(map, newKey))
        .map(([map, newKey, bad]) => ({ value: { ...map, [newKey]: bad.value }, violation: prefixed(newKey, bad) })),
    );
  }
  return result;
}

function arrayInvalid(walk: Walk, resolved: JsonSchema): fc.Arbitrary<InvalidValue>[] {
  const itemSchema = schemaKeyword(resolved, 'items') ?? {};
  const item = arbitraryFromSchema(walk.root, itemSchema, walk.options);
  const { min, max } = sizeBounds(resolved, 'minItems', 'maxItems');
  const sized = (low: number, high: number) =>
    fc.integer({ min: low, max: high }).chain((size) => fc.array(item, { minLength: size, maxLength: size }));
  const result: fc.Arbitrary<InvalidValue>[] = [];
  if (min > 0) {
    const tooFew = violation('', 'minItems', `fewer than ${min} items`);
    result.push(sized(0, min - 1).map((list) => ({ value: list, violation: tooFew })));
  }
  if (resolved['maxItems'] !== undefined) {
    const tooMany = violation('', 'maxItems', `more than ${max} items`);
    result.push(sized(max + 1, max + 2).map((list) => ({ value: list, violation: tooMany })));
  }
  const badItem = max >= 1 ? invalidAt(walk, itemSchema) : undefined;
  if (badItem !== undefined) {
    result.push(
      fc.tuple(sized(Math.max(0, min - 1), max - 1), fc.nat(), badItem).map(([list, at, bad]) => {
        const index = at % (list.length + 1);
        return { value: [...list.slice(0, index), bad.value, ...list.slice(index)], violation: prefixed(index, bad) };
      }),
    );
  }
  return result;
}

const WRONG_CONTAINER_TYPES: Readonly<Record<string, readonly unknown[]>> = {
  object: ['x', 1, []],
  map: ['x', 1, []],
  array: ['x', 1, {}],
};

function invalidAt(walk: Walk, schema: JsonSchema, topLevel = false): fc.Arbitrary<InvalidValue> | undefined {
  const resolved = resolveSchema(walk.root, schema);
  const kind = schemaKind(resolved);
  let options: fc.Arbitrary<InvalidValue>[];
  if (kind === 'object') options = objectInvalid(walk, resolved, topLevel);
  else if (kind === 'map') options = mapInvalid(walk, resolved);
  else if (kind === 'array') options = arrayInvalid(walk, resolved);
  else options = scalarInvalid(walk, schema, resolved);
  const wrong = WRONG_CONTAINER_TYPES[kind];
  if (wrong !== undefined && walk.allowWrongType && !topLevel) {
    options.push(
      fc.constantFrom(...wrong).map((value) => ({
        value,
        violation: violation('', 'type', `${describeValue(value)} is not of type ${kind}`),
      })),
    );
  }
  return options.length === 0 ? undefined : fc.oneof(...options);
}

/**
 * Values that break exactly one constraint of a schema (a missing required member, a bad
 * length, pattern, enum value, range, size, byte size or JSON type), each carrying the
 * violation it makes; `undefined` when the schema has no constraint that can be broken.
 */
export function invalidFromSchema(
  root: JsonSchema,
  schema: JsonSchema,
  options: InvalidOptions = {},
): fc.Arbitrary<InvalidValue> | undefined {
  return invalidAt({ root, options, allowWrongType: true }, schema, true);
}
