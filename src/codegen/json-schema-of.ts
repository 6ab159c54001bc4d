import type { AstMember, AstShape, SmithyAst } from '../smithy/ast.js';
import {
  bodyMembers,
  byCodeUnit,
  documentationOf,
  enumValues,
  getShape,
  hasTrait,
  isPrelude,
  isRequired,
  membersOf,
  ownMemberConstraints,
  shapeConstraints,
  shapeName,
  timestampFormat,
  traitsOf,
  type Constraints,
} from '../smithy/shape-graph.js';

/** A JSON Schema object under construction (plain JSON, keys in emission order). */
export type SchemaObject = { [keyword: string]: unknown };

/** The draft every generated schema declares. */
export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** How references to named shapes are written: `#/$defs/` in schema files, `#/components/schemas/` in OpenAPI. */
export interface SchemaContext {
  /** The model. */
  readonly ast: SmithyAst;
  /** Prefix of a reference to a named shape, followed by the shape name. */
  readonly refPrefix: string;
}

function applyConstraints(schema: SchemaObject, shape: AstShape, constraints: Constraints): void {
  const { length, range, pattern, byteLength } = constraints;
  if (length) {
    const [minKey, maxKey] =
      shape.type === 'list'
        ? ['minItems', 'maxItems']
        : shape.type === 'map'
          ? ['minProperties', 'maxProperties']
          : ['minLength', 'maxLength'];
    if (shape.type !== 'blob') {
      if (length.min !== undefined) schema[minKey] = length.min;
      if (length.max !== undefined) schema[maxKey] = length.max;
    }
  }
  if (range) {
    if (range.min !== undefined) schema['minimum'] = range.min;
    if (range.max !== undefined) schema['maximum'] = range.max;
  }
  if (pattern !== undefined && (shape.type === 'string' || shape.type === 'enum')) schema['pattern'] = pattern;
  if (byteLength && (shape.type === 'string' || shape.type === 'enum')) {
    if (byteLength.min !== undefined) schema['minBytes'] = byteLength.min;
    if (byteLength.max !== undefined) schema['maxBytes'] = byteLength.max;
  }
}

function nullable(schema: SchemaObject): SchemaObject {
  return { anyOf: [schema, { type: 'null' }] };
}

function typeSchema(
  ctx: SchemaContext,
  shape: AstShape,
  member: AstMember | undefined,
  targetId: string,
): SchemaObject {
  switch (shape.type) {
    case 'string': {
      const values = enumValues(shape);
      return values.length > 0 ? { type: 'string', enum: [...values] } : { type: 'string' };
    }
    case 'enum':
      return { type: 'string', enum: [...enumValues(shape)] };
    case 'intEnum':
      return { type: 'integer', enum: [...enumValues(shape)] };
    case 'blob':
      return { type: 'string', contentEncoding: 'base64' };
    case 'boolean':
      return { type: 'boolean' };
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'bigInteger':
      return { type: 'integer' };
    case 'float':
    case 'double':
    case 'bigDecimal':
      return { type: 'number' };
    case 'timestamp': {
      const format = timestampFormat(ctx.ast, member, targetId);
      if (format === 'epoch-seconds') return { type: 'number' };
      return format === 'date-time' ? { type: 'string', format: 'date-time' } : { type: 'string' };
    }
    case 'document':
      return {};
    case 'list': {
      const items = shape.member ? memberSchema(ctx, shape.member) : {};
      const schema: SchemaObject = {
        type: 'array',
        items: hasTrait(shape, 'smithy.api#sparse') ? nullable(items) : items,
      };
      if (hasTrait(shape, 'smithy.api#uniqueItems')) schema['uniqueItems'] = true;
      return schema;
    }
    case 'map': {
      const values = shape.value ? memberSchema(ctx, shape.value) : {};
      const schema: SchemaObject = { type: 'object' };
      if (shape.key) schema['propertyNames'] = memberSchema(ctx, shape.key);
      schema['additionalProperties'] = hasTrait(shape, 'smithy.api#sparse') ? nullable(values) : values;
      return schema;
    }
    case 'structure':
      return structureSchema(ctx, membersOf(shape));
    case 'union': {
      const members = membersOf(shape);
      const schema = structureSchema(ctx, members);
      // Each branch names its member under `properties` too, as strict Ajv wants required members defined alongside.
      schema['oneOf'] = members.map(([name]) => ({ properties: { [name]: {} }, required: [name] }));
      return schema;
    }
    default:
      return {};
  }
}

function structureSchema(ctx: SchemaContext, members: readonly (readonly [string, AstMember])[]): SchemaObject {
  const properties: SchemaObject = {};
  for (const [name, member] of members) properties[name] = memberSchema(ctx, member);
  const required = members.filter(([, member]) => isRequired(member)).map(([name]) => name);
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

function annotate(
  schema: SchemaObject,
  node: { readonly traits?: Readonly<Record<string, unknown>> } | undefined,
): SchemaObject {
  const doc = documentationOf(node);
  const traits = traitsOf(node);
  const annotated: SchemaObject = { ...schema };
  if (doc !== undefined) annotated['description'] = doc;
  if (Object.hasOwn(traits, 'smithy.api#default') && traits['smithy.api#default'] !== null)
    annotated['default'] = traits['smithy.api#default'];
  if (Object.hasOwn(traits, 'smithy.api#deprecated')) annotated['deprecated'] = true;
  return annotated;
}

/** The schema of a named shape's definition (what goes under `$defs/<Name>`), with its own constraints and docs. */
export function shapeSchema(ctx: SchemaContext, id: string): SchemaObject {
  const shape = getShape(ctx.ast, id);
  if (!shape) return {};
  const schema = typeSchema(ctx, shape, undefined, id);
  applyConstraints(schema, shape, shapeConstraints(shape));
  return annotate(schema, shape);
}

const hasConstraint = (c: Constraints): boolean => Object.keys(c).length > 0;

/**
 * The schema of a member: a reference to its named target, or an inline schema when the target is
 * a prelude shape or the member overrides the target's constraints or timestamp format.
 */
export function memberSchema(ctx: SchemaContext, member: AstMember): SchemaObject {
  const target = getShape(ctx.ast, member.target);
  if (!target) return annotate({}, member);
  const own = ownMemberConstraints(member);
  const inline = isPrelude(member.target) || hasConstraint(own) || hasTrait(member, 'smithy.api#timestampFormat');
  if (!inline) return annotate({ $ref: `${ctx.refPrefix}${shapeName(member.target)}` }, member);
  const schema = typeSchema(ctx, target, member, member.target);
  applyConstraints(schema, target, { ...shapeConstraints(target), ...own });
  return annotate(schema, member);
}

/** The JSON body of an operation's response: the output structure without members bound to headers or the status code. */
export function outputBodySchema(ctx: SchemaContext, outputId: string | null): SchemaObject {
  if (outputId === null) return { type: 'object', description: 'This operation returns no members.' };
  const shape = getShape(ctx.ast, outputId);
  if (!shape) return { type: 'object' };
  const members = bodyMembers(shape);
  if (members.length === membersOf(shape).length) return shapeSchema(ctx, outputId);
  return annotate(structureSchema(ctx, members), shape);
}

/** The whole input of an operation (label, query and body members as one object). */
export function inputSchema(ctx: SchemaContext, inputId: string | null): SchemaObject {
  if (inputId === null) return { type: 'object', description: 'This operation takes no members.' };
  return shapeSchema(ctx, inputId);
}

/** The shape names a schema refers to directly (`$ref`s with the context's prefix). */
export function referencedNames(ctx: SchemaContext, schema: unknown): readonly string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith(ctx.refPrefix))
          names.add(value.slice(ctx.refPrefix.length));
        else walk(value);
      }
    }
  };
  walk(schema);
  return [...names].sort(byCodeUnit);
}

/**
 * The definitions a root schema needs, closed under reference and sorted by name: every named
 * shape it reaches. `idByName` maps shape names of the closure to their ids.
 */
export function definitionsFor(
  ctx: SchemaContext,
  root: SchemaObject,
  idByName: ReadonlyMap<string, string>,
): SchemaObject {
  const defs = new Map<string, SchemaObject>();
  const pending = [...referencedNames(ctx, root)];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    const id = idByName.get(name);
    if (defs.has(name) || id === undefined) continue;
    const schema = shapeSchema(ctx, id);
    defs.set(name, schema);
    pending.push(...referencedNames(ctx, schema));
  }
  const sorted: SchemaObject = {};
  for (const name of [...defs.keys()].sort(byCodeUnit)) sorted[name] = defs.get(name);
  return sorted;
}

const ANNOTATIONS = new Set(['description', 'default', 'deprecated', 'title', '$comment']);
const SCHEMA_MAPS = new Set(['properties', '$defs']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'propertyNames']);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);

/** A copy of a schema without annotation keywords (they never change a validation result). */
export function stripAnnotations(schema: SchemaObject): SchemaObject {
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key)) {
      const map: SchemaObject = {};
      for (const [name, sub] of Object.entries(value as Record<string, SchemaObject>))
        map[name] = stripAnnotations(sub);
      out[key] = map;
    } else if (SCHEMA_VALUES.has(key) && typeof value === 'object' && value !== null)
      out[key] = stripAnnotations(value as SchemaObject);
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value))
      out[key] = value.map((sub: SchemaObject) => stripAnnotations(sub));
    else out[key] = value;
  }
  return out;
}
