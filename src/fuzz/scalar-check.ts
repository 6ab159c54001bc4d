import {
  codePointLength,
  enumValues,
  numberKeyword,
  patternOf,
  schemaKind,
  utf8ByteLength,
  type JsonSchema,
} from './json-schema.js';

/** A keyword of JSON Schema (or our byte-length extension) that a value can break. */
export type ConstraintKeyword =
  | 'required'
  | 'type'
  | 'enum'
  | 'pattern'
  | 'minLength'
  | 'maxLength'
  | 'minBytes'
  | 'maxBytes'
  | 'minimum'
  | 'maximum'
  | 'minItems'
  | 'maxItems'
  | 'minProperties'
  | 'maxProperties';

const typeMatches = (kind: string, value: unknown): boolean => {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
};

/**
 * The scalar keywords of a resolved schema that a value breaks, checked the way ajv does
 * (lengths in code points, patterns in Unicode mode, byte bounds on the UTF-8 encoding).
 * Used to keep generated values honest: a valid value breaks none, an invalid one exactly one.
 */
export function scalarIssues(schema: JsonSchema, value: unknown): ConstraintKeyword[] {
  const kind = schemaKind(schema);
  if (!typeMatches(kind, value)) return ['type'];
  const issues: ConstraintKeyword[] = [];
  const values = enumValues(schema);
  if (values !== undefined && !values.includes(value)) issues.push('enum');
  if (typeof value === 'string') {
    const length = codePointLength(value);
    const bytes = utf8ByteLength(value);
    const minLength = numberKeyword(schema, 'minLength');
    const maxLength = numberKeyword(schema, 'maxLength');
    const minBytes = numberKeyword(schema, 'minBytes');
    const maxBytes = numberKeyword(schema, 'maxBytes');
    if (minLength !== undefined && length < minLength) issues.push('minLength');
    if (maxLength !== undefined && length > maxLength) issues.push('maxLength');
    if (minBytes !== undefined && bytes < minBytes) issues.push('minBytes');
    if (maxBytes !== undefined && bytes > maxBytes) issues.push('maxBytes');
    const pattern = patternOf(schema);
    if (pattern !== undefined && !pattern.test(value)) issues.push('pattern');
  }
  if (typeof value === 'number') {
    const minimum = numberKeyword(schema, 'minimum');
    const maximum = numberKeyword(schema, 'maximum');
    if (minimum !== undefined && value < minimum) issues.push('minimum');
    if (maximum !== undefined && value > maximum) issues.push('maximum');
  }
  return issues;
}
