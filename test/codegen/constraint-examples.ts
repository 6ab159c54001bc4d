// Derives, from generated schema documents, one valid value per shape and one invalid value per
// constraint keyword, so tests can check that each constraint is enforced.

type Schema = { readonly [keyword: string]: unknown };

/** One example value and whether the schema must accept it (and, if not, which keyword must fail). */
export interface ConstraintCase {
  readonly shape: string;
  /** The member whose constraint the value breaks, or empty for the root. */
  readonly member: string;
  readonly keyword: string;
  readonly value: unknown;
  readonly valid: boolean;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

function deref(doc: Schema, schema: Schema): Schema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return schema;
  const defs = (doc['$defs'] ?? {}) as Record<string, Schema>;
  return deref(doc, defs[ref.slice('#/$defs/'.length)] ?? {});
}

/** A string matching a simple regular expression (literals, classes, groups, alternation, quantifiers), or undefined. */
export function regexExample(pattern: string): string | undefined {
  let i = 0;
  const atom = (): string | undefined => {
    const c = pattern[i];
    if (c === undefined) return undefined;
    if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      const body = pattern.slice(i + 1, end);
      i = end + 1;
      if (body.startsWith('^')) return body.includes('a') ? 'Z' : 'a';
      return body.startsWith('\\') ? (body[1] === 'd' ? '0' : body[1] === 'w' ? 'a' : body[1]) : body[0];
    }
    if (c === '(') {
      i += 1;
      if (pattern.startsWith('?:', i)) i += 2;
      const first = sequence();
      while (pattern[i] === '|') {
        i += 1;
        sequence();
      }
      i += 1;
      return first;
    }
    if (c === '\\') {
      const e = pattern[i + 1] ?? '';
      i += 2;
      return e === 'd' ? '0' : e === 'w' || e === 'p' ? 'a' : e === 's' ? ' ' : e;
    }
    i += 1;
    return c === '.' ? 'a' : c;
  };
  const sequence = (): string | undefined => {
    let out = '';
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      if (pattern[i] === '^' || pattern[i] === '$') {
        i += 1;
        continue;
      }
      const piece = atom();
      if (piece === undefined) return undefined;
      let count = 1;
      const q = pattern[i];
      if (q === '*' || q === '+' || q === '?') i += 1;
      else if (q === '{') {
        const end = pattern.indexOf('}', i);
        count = Math.max(1, Number(pattern.slice(i + 1, end).split(',')[0]));
        i = end + 1;
      }
      out += piece.repeat(count);
    }
    return out;
  };
  try {
    const value = sequence();
    return value !== undefined && new RegExp(pattern, 'u').test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** One value the schema should accept, built from its keywords; undefined when none can be derived. */
export function validExample(doc: Schema, schemaIn: Schema, depth = 0): unknown {
  if (depth > 8) return undefined;
  const schema = deref(doc, schemaIn);
  if (Array.isArray(schema['enum'])) return schema['enum'][0];
  if (Array.isArray(schema['anyOf'])) return validExample(doc, schema['anyOf'][0] as Schema, depth + 1);
  switch (schema['type']) {
    case 'string': {
      if (schema['format'] === 'date-time') return '2020-07-15T12:00:00Z';
      const min = num(schema['minLength']) ?? 0;
      const base = typeof schema['pattern'] === 'string' ? regexExample(schema['pattern']) : 'a';
      if (base === undefined) return undefined;
      return base.length >= min ? base : base + 'a'.repeat(min - base.length);
    }
    case 'integer':
    case 'number':
      return num(schema['minimum']) ?? num(schema['maximum']) ?? 1;
    case 'boolean':
      return true;
    case 'array': {
      const item = validExample(doc, (schema['items'] ?? {}) as Schema, depth + 1);
      return item === undefined ? undefined : Array.from({ length: num(schema['minItems']) ?? 0 }, () => item);
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
      const required = (schema['required'] ?? []) as string[];
      for (const name of required) {
        const value = validExample(doc, properties[name] ?? {}, depth + 1);
        if (value === undefined) return undefined;
        out[name] = value;
      }
      if (Array.isArray(schema['oneOf']) && required.length === 0) {
        const [first] = Object.keys(properties);
        if (first !== undefined) out[first] = validExample(doc, properties[first] ?? {}, depth + 1);
      }
      const minProps = num(schema['minProperties']) ?? 0;
      if (schema['additionalProperties'] !== undefined && minProps > 0) {
        const key = validExample(doc, (schema['propertyNames'] ?? { type: 'string' }) as Schema, depth + 1);
        const value = validExample(doc, schema['additionalProperties'] as Schema, depth + 1);
        if (typeof key !== 'string' || value === undefined) return undefined;
        for (let n = 0; n < minProps; n += 1) out[`${key}${'a'.repeat(n)}`] = value;
      }
      return out;
    }
    default:
      return null;
  }
}

function violations(doc: Schema, schema: Schema, valid: unknown): [string, unknown][] {
  const out: [string, unknown][] = [];
  const min = (k: string) => num(schema[k]);
  if (typeof valid === 'string') {
    const minLength = min('minLength');
    const maxLength = min('maxLength');
    if (minLength !== undefined && minLength > 0) out.push(['minLength', valid.slice(0, minLength - 1)]);
    if (maxLength !== undefined) out.push(['maxLength', valid + 'a'.repeat(maxLength + 1 - valid.length)]);
    if (typeof schema['pattern'] === 'string') {
      const re = new RegExp(schema['pattern'], 'u');
      const bad = ['!', ' ', '\n', '\u00e9'].map((c) => c.repeat(Math.max(1, minLength ?? 1))).find((c) => !re.test(c));
      if (bad !== undefined) out.push(['pattern', bad]);
    }
    if (Array.isArray(schema['enum'])) out.push(['enum', '__not_a_member__']);
    if (schema['format'] === 'date-time') out.push(['format', 'yesterday']);
    const maxBytes = min('maxBytes');
    // Two-byte characters: within any character limit but over the byte limit.
    if (maxBytes !== undefined) out.push(['maxBytes', '\u00e9'.repeat(Math.floor(maxBytes / 2) + 1)]);
    const minBytes = min('minBytes');
    if (minBytes !== undefined && minBytes > 0) out.push(['minBytes', '']);
  }
  if (typeof valid === 'number') {
    const minimum = min('minimum');
    const maximum = min('maximum');
    if (minimum !== undefined) out.push(['minimum', minimum - 1]);
    if (maximum !== undefined) out.push(['maximum', maximum + 1]);
    if (schema['type'] === 'integer') out.push(['type', 1.5]);
  }
  if (Array.isArray(valid)) {
    const item = validExample(doc, (schema['items'] ?? {}) as Schema);
    const minItems = min('minItems');
    const maxItems = min('maxItems');
    if (minItems !== undefined && minItems > 0) out.push(['minItems', valid.slice(0, minItems - 1)]);
    if (maxItems !== undefined && item !== undefined)
      out.push(['maxItems', Array.from({ length: maxItems + 1 }, () => item)]);
  }
  if (typeof valid === 'object' && valid !== null && !Array.isArray(valid)) {
    const record = valid as Record<string, unknown>;
    for (const name of (schema['required'] ?? []) as string[]) {
      const { [name]: _dropped, ...rest } = record;
      out.push(['required', rest]);
    }
    const maxProps = min('maxProperties');
    if (maxProps !== undefined && schema['additionalProperties'] !== undefined) {
      const key = validExample(doc, (schema['propertyNames'] ?? { type: 'string' }) as Schema);
      const value = validExample(doc, schema['additionalProperties'] as Schema);
      if (typeof key === 'string' && value !== undefined) {
        const big: Record<string, unknown> = {};
        for (let n = 0; n <= maxProps; n += 1) big[`${key}${n}`] = value;
        out.push(['maxProperties', big]);
      }
    }
    if (schema['propertyNames'] !== undefined) {
      const keySchema = deref(doc, schema['propertyNames'] as Schema);
      const maxKey = num(keySchema['maxLength']);
      if (maxKey !== undefined)
        out.push([
          'propertyNames',
          { ['k'.repeat(maxKey + 1)]: validExample(doc, (schema['additionalProperties'] ?? {}) as Schema) },
        ]);
    }
  }
  if (schema['type'] === 'object') out.push(['type', 'not an object']);
  return out;
}

/** Violations of constraints written inline on members (member traits that override their target), one level deep. */
function memberViolations(doc: Schema, schema: Schema, valid: unknown): [string, string, unknown][] {
  if (typeof valid !== 'object' || valid === null || Array.isArray(valid)) return [];
  const out: [string, string, unknown][] = [];
  for (const [name, property] of Object.entries((schema['properties'] ?? {}) as Record<string, Schema>)) {
    if (property['$ref'] !== undefined || property['type'] === 'object') continue;
    const memberValid = validExample(doc, property);
    if (memberValid === undefined) continue;
    for (const [keyword, bad] of violations(doc, property, memberValid))
      out.push([name, keyword, { ...valid, [name]: bad }]);
  }
  return out;
}

/** Every case for one schema document: one valid example, then one invalid example per constraint keyword found at its root. */
export function constraintCases(shape: string, doc: Schema): ConstraintCase[] {
  const valid = validExample(doc, doc);
  if (valid === undefined) return [];
  const root = deref(doc, doc);
  return [
    { shape, member: '', keyword: 'valid', value: valid, valid: true },
    ...violations(doc, root, valid).map(([keyword, value]) => ({ shape, member: '', keyword, value, valid: false })),
    ...memberViolations(doc, root, valid).map(([member, keyword, value]) => ({
      shape,
      member,
      keyword,
      value,
      valid: false,
    })),
  ];
}
