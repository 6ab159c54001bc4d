import {
  ALL_TYPES,
  RESOURCE_PROPERTIES,
  SERVICE_PROPERTIES,
  type AstMember,
  type AstShape,
  type AstTarget,
  type NodeValue,
  type ShapeType,
} from './ast.js';
import { diagnosticAt, type SmithyDiagnostic, type SourceLocation } from './diagnostics.js';
import type { FragmentApply, ModelFragment } from './model-fragment.js';
import { setKey } from './node-value.js';
import { PRELUDE_SHAPES } from './prelude.js';

const SHAPE_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  list: ['member'],
  set: ['member'],
  map: ['key', 'value'],
  structure: ['members'],
  union: ['members'],
  enum: ['members'],
  intEnum: ['members'],
  service: SERVICE_PROPERTIES,
  resource: RESOURCE_PROPERTIES,
  operation: ['input', 'output', 'errors'],
};
const TARGET_PROPERTIES = new Set(['put', 'create', 'read', 'update', 'delete', 'list', 'input', 'output']);
const TARGET_LIST_PROPERTIES = new Set(['operations', 'resources', 'errors', 'collectionOperations', 'mixins']);
const SUPPORTED_VERSIONS = new Set(['1', '1.0', '2', '2.0']);

type JsonObject = { [key: string]: unknown };

function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The outcome of reading one JSON AST file's structure. */
export type JsonAstReadResult =
  | { ok: true; value: ModelFragment; version: string }
  | { ok: false; errors: SmithyDiagnostic[]; warnings: SmithyDiagnostic[] };

/**
 * Reads a Smithy JSON AST (1.0 or 2.0) into a model fragment, checking its structure shape by
 * shape; 1.0 `set` shapes become lists with `@uniqueItems`, missing operation input/output become
 * `smithy.api#Unit`, and 1.0 nullability becomes 2.0 `@default`s.
 */
export function readJsonAst(text: string, file: string): JsonAstReadResult {
  const diagnostics: SmithyDiagnostic[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [jsonSyntaxError(text, file, e)], warnings: [] };
  }
  const fail = (message: string, shapeId?: string): void => {
    const d = diagnosticAt('ERROR', message, undefined, shapeId);
    d.file = file;
    diagnostics.push(d);
  };
  const warn = (message: string, shapeId?: string): void => {
    const d = diagnosticAt('WARNING', message, undefined, shapeId);
    d.file = file;
    diagnostics.push(d);
  };
  diagnostics.push(...impreciseIntegers(text, file));
  const fragment: ModelFragment = {
    file,
    metadata: [],
    shapes: [],
    applies: [],
    elisions: [],
    locations: new Map(),
    diagnostics,
  };
  if (!isObject(doc)) {
    fail('A JSON AST must be an object with "smithy" and "shapes"');
    return { ok: false, errors: diagnostics.filter((d) => d.severity === 'ERROR'), warnings: [] };
  }
  for (const key of Object.keys(doc)) {
    if (key !== 'smithy' && key !== 'metadata' && key !== 'shapes' && !key.startsWith('$'))
      warn(`Unknown top-level property "${key}" is ignored`);
  }
  const version = doc['smithy'];
  if (typeof version !== 'string' || !SUPPORTED_VERSIONS.has(version)) {
    fail(`Unsupported or missing "smithy" version ${JSON.stringify(version)}; expected "1.0" or "2.0"`);
  }
  const v1 = version === '1' || version === '1.0';
  const metadata = doc['metadata'];
  if (metadata !== undefined) {
    if (!isObject(metadata)) fail('"metadata" must be an object');
    else
      for (const [key, value] of Object.entries(metadata))
        fragment.metadata.push({ key, value: value as NodeValue, loc: undefined });
  }
  const shapes = doc['shapes'];
  if (shapes !== undefined && !isObject(shapes)) fail('"shapes" must be an object');
  for (const [id, raw] of Object.entries(isObject(shapes) ? shapes : {})) {
    const applyTarget = /^[A-Za-z_][\w.]*#[A-Za-z_]\w*(\$[A-Za-z_]\w*)?$/.test(id);
    if (!applyTarget) {
      fail(`Invalid shape id '${id}': JSON AST ids must be absolute (namespace#Name)`, id);
      continue;
    }
    if (!isObject(raw)) {
      fail('Shape must be an object with a "type"', id);
      continue;
    }
    const type = raw['type'];
    if (type === 'apply') {
      const traits = readTraits(raw['traits'], id, fail);
      fragment.applies.push({ target: id, traits, loc: undefined } satisfies FragmentApply);
      continue;
    }
    if (id.includes('$')) {
      fail('Only "apply" entries may be keyed by a member id', id);
      continue;
    }
    if (typeof type !== 'string' || !ALL_TYPES.has(type)) {
      fail(`Unknown shape type ${JSON.stringify(type)}`, id);
      continue;
    }
    const shape = readShape(id, type, raw, v1, fail, warn);
    fragment.shapes.push({ id, shape });
  }
  if (v1) upgradeNullability(fragment);
  return { ok: true, value: fragment, version: typeof version === 'string' ? version : '2.0' };
}

function readShape(
  id: string,
  type: string,
  raw: JsonObject,
  v1: boolean,
  fail: (message: string, shapeId?: string) => void,
  warn: (message: string, shapeId?: string) => void,
): AstShape {
  const shape: AstShape = { type: (type === 'set' ? 'list' : type) as ShapeType };
  const allowed = new Set(['type', 'traits', 'mixins', ...(SHAPE_PROPERTIES[type] ?? [])]);
  for (const key of Object.keys(raw))
    if (!allowed.has(key)) warn(`Unknown property "${key}" on a ${type} shape is ignored`, id);
  if (raw['mixins'] !== undefined) shape.mixins = readTargets(raw['mixins'], id, 'mixins', fail);
  for (const key of SHAPE_PROPERTIES[type] ?? []) {
    const value = raw[key];
    if (value === undefined) continue;
    if (key === 'members') shape.members = readMembers(value, id, fail);
    else if (key === 'member' || key === 'key' || key === 'value') {
      const member = readMember(value, `${id}$${key}`, fail);
      if (member !== null) shape[key] = member;
    } else if (key === 'version') {
      if (typeof value !== 'string') fail('"version" must be a string', id);
      else shape.version = value;
    } else if (key === 'rename') {
      if (!isObject(value) || !Object.values(value).every((v) => typeof v === 'string'))
        fail('"rename" must map shape ids to names', id);
      else shape.rename = value as Record<string, string>;
    } else if (key === 'identifiers' || key === 'properties') {
      const out: Record<string, AstTarget> = {};
      if (!isObject(value)) fail(`"${key}" must be an object of {"target": id}`, id);
      else {
        for (const [name, t] of Object.entries(value)) {
          const target = readTarget(t, id, `${key}.${name}`, fail);
          if (target !== null) setKey(out, name, target);
        }
      }
      shape[key] = out;
    } else if (TARGET_PROPERTIES.has(key)) {
      const target = readTarget(value, id, key, fail);
      if (target !== null) (shape as unknown as Record<string, unknown>)[key] = target;
    } else if (TARGET_LIST_PROPERTIES.has(key)) {
      (shape as unknown as Record<string, unknown>)[key] = readTargets(value, id, key, fail);
    }
  }
  if (type === 'list' || type === 'set') {
    if (shape.member === undefined && shape.mixins === undefined) fail(`A ${type} needs a "member"`, id);
  }
  if (type === 'map' && (shape.key === undefined || shape.value === undefined) && shape.mixins === undefined) {
    fail('A map needs "key" and "value"', id);
  }
  if (
    (type === 'structure' || type === 'union' || type === 'enum' || type === 'intEnum') &&
    shape.members === undefined
  )
    shape.members = {};
  if (type === 'operation') {
    shape.input ??= { target: 'smithy.api#Unit' };
    shape.output ??= { target: 'smithy.api#Unit' };
  }
  const traits = readTraits(raw['traits'], id, fail);
  if (type === 'set') setKey(traits, 'smithy.api#uniqueItems', {});
  if (Object.keys(traits).length > 0) shape.traits = traits;
  if (v1 && type === 'set') warn('Smithy 1.0 set shapes are loaded as lists with @uniqueItems', id);
  return shape;
}

function readTraits(
  value: unknown,
  id: string,
  fail: (message: string, shapeId?: string) => void,
): Record<string, NodeValue> {
  const out: Record<string, NodeValue> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    fail('"traits" must be an object of trait id -> value', id);
    return out;
  }
  for (const [traitId, v] of Object.entries(value)) {
    if (!traitId.includes('#')) fail(`Trait id '${traitId}' must be absolute (namespace#name)`, id);
    else setKey(out, traitId, v as NodeValue);
  }
  return out;
}

function readTarget(
  value: unknown,
  id: string,
  property: string,
  fail: (message: string, shapeId?: string) => void,
): AstTarget | null {
  if (!isObject(value) || typeof value['target'] !== 'string') {
    fail(`"${property}" must be {"target": "namespace#Name"}`, id);
    return null;
  }
  const target = value['target'];
  if (!target.includes('#')) {
    fail(`"${property}" target '${target}' must be an absolute shape id`, id);
    return null;
  }
  return { target };
}

function readTargets(
  value: unknown,
  id: string,
  property: string,
  fail: (message: string, shapeId?: string) => void,
): AstTarget[] {
  if (!Array.isArray(value)) {
    fail(`"${property}" must be an array of {"target": id}`, id);
    return [];
  }
  return value.flatMap((v) => readTarget(v, id, property, fail) ?? []);
}

function readMember(
  value: unknown,
  memberId: string,
  fail: (message: string, shapeId?: string) => void,
): AstMember | null {
  const target = readTarget(value, memberId, 'target', fail);
  if (target === null || !isObject(value)) return null;
  const member: AstMember = { target: target.target };
  const traits = readTraits(value['traits'], memberId, fail);
  if (Object.keys(traits).length > 0) member.traits = traits;
  return member;
}

function readMembers(
  value: unknown,
  id: string,
  fail: (message: string, shapeId?: string) => void,
): Record<string, AstMember> {
  const out: Record<string, AstMember> = {};
  if (!isObject(value)) {
    fail('"members" must be an object of member name -> member', id);
    return out;
  }
  const lower = new Map<string, string>();
  for (const [name, raw] of Object.entries(value)) {
    const prior = lower.get(name.toLowerCase());
    if (prior !== undefined)
      fail(`Duplicate member '${name}' (conflicts with '${prior}'; member names are case-insensitive)`, id);
    lower.set(name.toLowerCase(), name);
    const member = readMember(raw, `${id}$${name}`, fail);
    if (member !== null) setKey(out, name, member);
  }
  return out;
}

function locationOfOffset(text: string, file: string, offset: number): SourceLocation {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { file, line, column: offset - start + 1 };
}

function jsonSyntaxError(text: string, file: string, e: unknown): SmithyDiagnostic {
  const message = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(message);
  const loc = m === null ? undefined : locationOfOffset(text, file, Number(m[1]));
  const d = diagnosticAt('ERROR', `Invalid JSON: ${message}`, loc);
  d.file = file;
  return d;
}

/** Warns about integer literals that a JS number cannot hold exactly (JSON.parse rounds them). */
function impreciseIntegers(text: string, file: string): SmithyDiagnostic[] {
  const out: SmithyDiagnostic[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      const m = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
      m.lastIndex = i;
      const found = m.exec(text);
      if (found === null) continue;
      const lexeme = found[0];
      if (/^-?\d+$/.test(lexeme) && !Number.isSafeInteger(Number(lexeme))) {
        out.push(
          diagnosticAt(
            'WARNING',
            `Integer ${lexeme} is beyond ±2^53 and is kept as the nearest double, ${String(Number(lexeme))}`,
            locationOfOffset(text, file, i),
          ),
        );
      }
      i += lexeme.length - 1;
    }
  }
  return out;
}

const ZERO_TYPES: Readonly<Record<string, NodeValue>> = {
  byte: 0,
  short: 0,
  integer: 0,
  long: 0,
  float: 0,
  double: 0,
  boolean: false,
};
const BOX = 'smithy.api#box';
const DEFAULT = 'smithy.api#default';

/**
 * Applies the Smithy 1.0 -> 2.0 nullability upgrade: unboxed numeric and boolean shapes get a zero
 * `@default`, members targeting them repeat it (or get `null` when the member is `@box`ed), and
 * optional members targeting a `@streaming` blob default to "".
 */
function upgradeNullability(fragment: ModelFragment): void {
  const shapes = new Map(fragment.shapes.map(({ id, shape }) => [id, shape]));
  for (const shape of shapes.values()) {
    const zero = ZERO_TYPES[shape.type];
    if (zero === undefined || shape.traits?.[BOX] !== undefined || shape.traits?.[DEFAULT] !== undefined) continue;
    shape.traits = { ...shape.traits, [DEFAULT]: zero };
  }
  for (const shape of shapes.values()) {
    if (shape.type !== 'structure') continue;
    for (const member of Object.values(shape.members ?? {})) {
      if (member.traits?.[DEFAULT] !== undefined) continue;
      const target = shapes.get(member.target) ?? PRELUDE_SHAPES[member.target];
      const targetDefault = target?.traits?.[DEFAULT];
      let value: NodeValue | undefined;
      if (targetDefault !== undefined) value = member.traits?.[BOX] !== undefined ? null : targetDefault;
      else if (
        target?.type === 'blob' &&
        target.traits?.['smithy.api#streaming'] !== undefined &&
        member.traits?.['smithy.api#required'] === undefined
      )
        value = '';
      if (value !== undefined) member.traits = { ...member.traits, [DEFAULT]: value };
    }
  }
}
