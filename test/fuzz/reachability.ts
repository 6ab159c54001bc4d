import {
  codePointLength,
  enumValues,
  numberKeyword,
  properties,
  requiredMembers,
  resolveSchema,
  schemaKeyword,
  schemaKind,
  utf8ByteLength,
  type JsonSchema,
} from '../../src/fuzz/json-schema.js';
import { singleClassPattern } from '../../src/fuzz/string-arbitrary.js';

/**
 * What a test expects to see at least once among generated values, and what it saw: facts such
 * as `/tags:absent`, `/type:enum=BASIC`, `/arns:size=50`, `/name:length=128`, with list items and
 * map entries folded into `*`.
 */
export interface Reach {
  readonly expected: Set<string>;
  readonly seen: Set<string>;
}

/** Records the facts one value shows, walking it alongside its schema. */
export function observe(root: JsonSchema, schema: JsonSchema, value: unknown, path: string, seen: Set<string>): void {
  const resolved = resolveSchema(root, schema);
  const kind = schemaKind(resolved);
  if (enumValues(resolved) !== undefined) seen.add(`${path}:enum=${String(value)}`);
  if (kind === 'object' && typeof value === 'object' && value !== null) {
    for (const [name, member] of Object.entries(properties(resolved))) {
      const record = value as Record<string, unknown>;
      seen.add(`${path}/${name}:${Object.hasOwn(record, name) ? 'present' : 'absent'}`);
      if (Object.hasOwn(record, name)) observe(root, member, record[name], `${path}/${name}`, seen);
    }
  } else if (kind === 'map' && typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    seen.add(`${path}:size=${entries.length}`);
    for (const [key, item] of entries) {
      observe(root, schemaKeyword(resolved, 'propertyNames') ?? {}, key, `${path}/*key`, seen);
      observe(root, schemaKeyword(resolved, 'additionalProperties') ?? {}, item, `${path}/*`, seen);
    }
  } else if (kind === 'array' && Array.isArray(value)) {
    seen.add(`${path}:size=${value.length}`);
    for (const item of value) observe(root, schemaKeyword(resolved, 'items') ?? {}, item, `${path}/*`, seen);
  } else if (typeof value === 'string') {
    seen.add(`${path}:length=${codePointLength(value)}`);
    seen.add(`${path}:bytes=${utf8ByteLength(value)}`);
  } else if (typeof value === 'number') {
    seen.add(`${path}:value=${value}`);
  }
}

/** The facts the generic arbitraries promise to reach for a schema. */
export function expectations(
  root: JsonSchema,
  schema: JsonSchema,
  path: string,
  expected: Set<string>,
  depth = 0,
): void {
  if (depth > 6) return;
  const resolved = resolveSchema(root, schema);
  const kind = schemaKind(resolved);
  const values = enumValues(resolved);
  if (values !== undefined) for (const value of values) expected.add(`${path}:enum=${String(value)}`);
  if (kind === 'object') {
    const required = new Set(requiredMembers(resolved));
    for (const [name, member] of Object.entries(properties(resolved))) {
      expected.add(`${path}/${name}:present`);
      if (!required.has(name)) expected.add(`${path}/${name}:absent`);
      expectations(root, member, `${path}/${name}`, expected, depth + 1);
    }
  } else if (kind === 'map' || kind === 'array') {
    const [minKey, maxKey, itemKey] =
      kind === 'map' ? ['minProperties', 'maxProperties', 'additionalProperties'] : ['minItems', 'maxItems', 'items'];
    expected.add(`${path}:size=${numberKeyword(resolved, minKey) ?? 0}`);
    const max = numberKeyword(resolved, maxKey);
    if (max !== undefined) expected.add(`${path}:size=${max}`);
    if (kind === 'map')
      expectations(root, schemaKeyword(resolved, 'propertyNames') ?? {}, `${path}/*key`, expected, depth + 1);
    expectations(root, schemaKeyword(resolved, itemKey) ?? {}, `${path}/*`, expected, depth + 1);
  } else if (kind === 'string' && values === undefined) {
    const pattern = typeof resolved['pattern'] === 'string' ? resolved['pattern'] : undefined;
    // Only simple patterns let every length be built; an ARN pattern has a long fixed prefix.
    const minReachable = pattern === undefined || singleClassPattern(pattern) !== undefined;
    const min = numberKeyword(resolved, 'minLength');
    const max = numberKeyword(resolved, 'maxLength');
    const maxBytes = numberKeyword(resolved, 'maxBytes');
    if (minReachable && min !== undefined) expected.add(`${path}:length=${min}`);
    if (max !== undefined) expected.add(`${path}:length=${max}`);
    if (maxBytes !== undefined) expected.add(`${path}:bytes=${maxBytes}`);
  } else if (kind === 'integer') {
    const min = numberKeyword(resolved, 'minimum');
    const max = numberKeyword(resolved, 'maximum');
    if (min !== undefined) expected.add(`${path}:value=${min}`);
    if (max !== undefined) expected.add(`${path}:value=${max}`);
  }
}

/** The expected facts that no value showed, sorted, so a failure lists what was never generated. */
export function unreached(root: JsonSchema, values: readonly unknown[]): string[] {
  const expected = new Set<string>();
  const seen = new Set<string>();
  expectations(root, root, '', expected);
  for (const value of values) observe(root, root, value, '', seen);
  return [...expected].filter((fact) => !seen.has(fact)).sort();
}
