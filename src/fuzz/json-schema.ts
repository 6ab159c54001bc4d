/** A JSON Schema document or sub-schema, as the generated `schemas.ts` exports them. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** A sub-schema together with the document its `#/$defs/…` references point into. */
export interface SchemaContext {
  /** The self-contained document that holds `$defs`. */
  readonly root: JsonSchema;
  /** The sub-schema being looked at (may itself be a `$ref`). */
  readonly schema: JsonSchema;
}

/** The kind of JSON value a schema describes, after references are followed. */
export type SchemaKind = 'object' | 'map' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'unknown';

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape name a `$ref` such as `#/$defs/ChannelArn` points to, or `undefined` for a schema without one. */
export function refName(schema: JsonSchema): string | undefined {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return undefined;
  const match = /^#\/\$defs\/(.+)$/.exec(ref);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1].replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Follows `$ref`s until a schema without one is reached, merging the keywords found next to each
 * reference (2020-12 allows siblings of `$ref`); throws on a reference that leads nowhere.
 */
export function resolveSchema(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let current = schema;
  const seen = new Set<string>();
  while (typeof current['$ref'] === 'string') {
    const name = refName(current);
    const defs = root['$defs'];
    const target = name !== undefined && isSchema(defs) ? defs[name] : undefined;
    if (!isSchema(target) || seen.has(current['$ref'])) {
      throw new Error(`Schema reference '${current['$ref']}' cannot be resolved in its document.`);
    }
    seen.add(current['$ref']);
    const { $ref: _ignored, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return current;
}

/** The name of the shape a schema stands for: the last `$ref` followed, else its `title`. */
export function shapeNameOf(root: JsonSchema, schema: JsonSchema): string | undefined {
  let current = schema;
  let name: string | undefined;
  for (let depth = 0; depth < 16 && typeof current['$ref'] === 'string'; depth += 1) {
    name = refName(current) ?? name;
    const defs = root['$defs'];
    const next = name !== undefined && isSchema(defs) ? defs[name] : undefined;
    if (!isSchema(next)) break;
    current = next;
  }
  if (name !== undefined) return name;
  return typeof schema['title'] === 'string' ? schema['title'] : undefined;
}

/** Reads a numeric keyword, or `undefined` when it is absent or not a number. */
export function numberKeyword(schema: JsonSchema, keyword: string): number | undefined {
  const value = schema[keyword];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Reads a sub-schema keyword (`items`, `propertyNames`, …), or `undefined` when absent or boolean. */
export function schemaKeyword(schema: JsonSchema, keyword: string): JsonSchema | undefined {
  const value = schema[keyword];
  return isSchema(value) ? value : undefined;
}

/** The members of an object schema, by name. */
export function properties(schema: JsonSchema): Readonly<Record<string, JsonSchema>> {
  const value = schema['properties'];
  if (!isSchema(value)) return {};
  const result: Record<string, JsonSchema> = {};
  for (const [name, member] of Object.entries(value)) if (isSchema(member)) result[name] = member;
  return result;
}

/** The names an object schema lists as `required`. */
export function requiredMembers(schema: JsonSchema): readonly string[] {
  const value = schema['required'];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The allowed values of an `enum` schema, or `undefined` when it has none. */
export function enumValues(schema: JsonSchema): readonly unknown[] | undefined {
  const value = schema['enum'];
  if (Array.isArray(value)) return value;
  return Object.hasOwn(schema, 'const') ? [schema['const']] : undefined;
}

const typeList = (schema: JsonSchema): readonly string[] => {
  const value = schema['type'];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

/** Classifies a resolved schema: a structure (`properties`), a map (`additionalProperties`/`propertyNames`), a list, or a scalar. */
export function schemaKind(schema: JsonSchema): SchemaKind {
  const types = typeList(schema);
  const values = enumValues(schema);
  if (values !== undefined && types.length === 0) {
    return values.every((v) => typeof v === 'string') ? 'string' : 'unknown';
  }
  if (
    types.includes('object') ||
    (types.length === 0 && (isSchema(schema['properties']) || isSchema(schema['additionalProperties'])))
  ) {
    const isMap =
      !isSchema(schema['properties']) &&
      (isSchema(schema['additionalProperties']) || isSchema(schema['propertyNames']));
    return isMap ? 'map' : 'object';
  }
  if (types.includes('array') || (types.length === 0 && isSchema(schema['items']))) return 'array';
  for (const kind of ['string', 'integer', 'number', 'boolean'] as const) if (types.includes(kind)) return kind;
  return 'unknown';
}

/** The number of Unicode code points in a string, which is how JSON Schema counts lengths. */
export function codePointLength(value: string): number {
  let count = 0;
  for (const _char of value) count += 1;
  return count;
}

const encoder = new TextEncoder();

/** The size of a string's UTF-8 encoding in bytes, which is what `minBytes`/`maxBytes` bound. */
export function utf8ByteLength(value: string): number {
  return encoder.encode(value).length;
}

// Patterns are compiled once: the same few are checked against every generated value.
const compiledPatterns = new Map<string, RegExp>();

/** Compiles a schema `pattern` the way ajv does (Unicode mode); `undefined` when there is none. */
export function patternOf(schema: JsonSchema): RegExp | undefined {
  const pattern = schema['pattern'];
  if (typeof pattern !== 'string') return undefined;
  let compiled = compiledPatterns.get(pattern);
  if (compiled === undefined) {
    compiled = new RegExp(pattern, 'u');
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

/** Escapes one JSON Pointer reference token (`~` → `~0`, `/` → `~1`). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}
