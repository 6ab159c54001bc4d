import fc from 'fast-check';
import {
  enumValues,
  numberKeyword,
  properties,
  requiredMembers,
  resolveSchema,
  schemaKeyword,
  schemaKind,
  shapeNameOf,
  type JsonSchema,
} from './json-schema.js';
import type { ArnScope, Override } from './overrides.js';
import { sizedBetween, validString } from './string-arbitrary.js';

/** How far past the lower bound an unbounded list or map may grow, so values stay small. */
export const UNBOUNDED_EXTRA_ITEMS = 4;

/** Options for deriving arbitraries from a schema. */
export interface FromSchemaOptions {
  /** Semantic overrides by shape name (see `overrides.ts`); none when left out. */
  readonly overrides?: Readonly<Record<string, Override>>;
  /** The account and region realistic ARNs should use; they vary when left out. */
  readonly scope?: ArnScope;
}

/** The size bounds of a list or map schema, with a small cap when the schema sets none. */
export function sizeBounds(schema: JsonSchema, minKeyword: string, maxKeyword: string): { min: number; max: number } {
  const min = numberKeyword(schema, minKeyword) ?? 0;
  return { min, max: numberKeyword(schema, maxKeyword) ?? min + UNBOUNDED_EXTRA_ITEMS };
}

const integerArbitrary = (schema: JsonSchema): fc.Arbitrary<number> => {
  const min = numberKeyword(schema, 'minimum');
  const max = numberKeyword(schema, 'maximum');
  if (min === undefined && max === undefined) return fc.oneof(fc.integer(), fc.maxSafeInteger());
  return fc.integer({
    min: Math.ceil(min ?? Number.MIN_SAFE_INTEGER),
    max: Math.floor(max ?? Number.MAX_SAFE_INTEGER),
  });
};

const numberArbitrary = (schema: JsonSchema): fc.Arbitrary<number> => {
  const min = numberKeyword(schema, 'minimum');
  const max = numberKeyword(schema, 'maximum');
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  });
};

/** Builds JSON objects from member arbitraries: required members always, optional ones present or absent. */
function objectArbitrary(
  root: JsonSchema,
  schema: JsonSchema,
  options: FromSchemaOptions,
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, member] of Object.entries(properties(schema)))
    model[name] = arbitraryFromSchema(root, member, options);
  const required = requiredMembers(schema).filter((name) => Object.hasOwn(model, name));
  return fc.record(model, { requiredKeys: required });
}

/** Builds maps whose sizes reach both bounds (empty and full), with schema-valid keys and values. */
function mapArbitrary(
  root: JsonSchema,
  schema: JsonSchema,
  options: FromSchemaOptions,
): fc.Arbitrary<Record<string, unknown>> {
  const keySchema = schemaKeyword(schema, 'propertyNames') ?? { type: 'string' };
  const valueSchema = schemaKeyword(schema, 'additionalProperties') ?? {};
  const key = arbitraryFromSchema(root, keySchema, options).filter((k): k is string => typeof k === 'string');
  const value = arbitraryFromSchema(root, valueSchema, options);
  const { min, max } = sizeBounds(schema, 'minProperties', 'maxProperties');
  return sizedBetween(min, max, (minKeys, maxKeys) =>
    fc.dictionary(key, value, { minKeys, maxKeys, noNullPrototype: true }),
  );
}

/** Builds lists whose lengths reach both bounds, with schema-valid items. */
function arrayArbitrary(root: JsonSchema, schema: JsonSchema, options: FromSchemaOptions): fc.Arbitrary<unknown[]> {
  const item = arbitraryFromSchema(root, schemaKeyword(schema, 'items') ?? {}, options);
  const { min, max } = sizeBounds(schema, 'minItems', 'maxItems');
  return sizedBetween(min, max, (minLength, maxLength) => fc.array(item, { minLength, maxLength }));
}

/** The generic arbitrary for a resolved schema, before any override. */
function genericArbitrary(root: JsonSchema, schema: JsonSchema, options: FromSchemaOptions): fc.Arbitrary<unknown> {
  const values = enumValues(schema);
  if (values !== undefined) return fc.constantFrom(...values);
  switch (schemaKind(schema)) {
    case 'object':
      return objectArbitrary(root, schema, options);
    case 'map':
      return mapArbitrary(root, schema, options);
    case 'array':
      return arrayArbitrary(root, schema, options);
    case 'string':
      return validString(schema);
    case 'integer':
      return integerArbitrary(schema);
    case 'number':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'unknown':
      return fc.jsonValue();
  }
}

/**
 * A fast-check arbitrary of values valid against a JSON Schema 2020-12 sub-schema of `root`
 * (references resolved in `root.$defs`), with the semantic override of the shape applied when
 * one is registered.
 * @example arbitraryFromSchema(doc, doc, { overrides }) // values of the document's root schema
 */
export function arbitraryFromSchema(
  root: JsonSchema,
  schema: JsonSchema,
  options: FromSchemaOptions = {},
): fc.Arbitrary<unknown> {
  const resolved = resolveSchema(root, schema);
  const generic = genericArbitrary(root, resolved, options);
  const name = shapeNameOf(root, schema);
  const override = name === undefined ? undefined : options.overrides?.[name];
  return override === undefined ? generic : override(generic, resolved, options.scope ?? {});
}
