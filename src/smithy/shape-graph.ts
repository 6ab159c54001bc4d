import type { AstMember, AstShape, ShapeType, SmithyAst } from './ast.js';

/** A shape of the model together with its absolute id. */
export interface ShapeEntry {
  /** Absolute shape id, e.g. `com.amazonaws.ivs#Channel`. */
  readonly id: string;
  /** The shape as the JSON AST holds it. */
  readonly shape: AstShape;
}

/** Why the shape graph could not answer: one line for a person to read. */
export interface GraphError {
  /** What was wrong, where, and what is allowed. */
  readonly message: string;
}

/** The outcome of a graph query that can fail. */
export type GraphResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: GraphError };

/** The constraint traits of a member or shape after member traits override target traits. */
export interface Constraints {
  /** `@length` bounds (characters, items or entries). */
  readonly length?: { readonly min?: number; readonly max?: number };
  /** `@range` bounds. */
  readonly range?: { readonly min?: number; readonly max?: number };
  /** `@pattern` regular expression (ECMA 262, search semantics). */
  readonly pattern?: string;
  /** `ivs.contract#byteLength` bounds in UTF-8 bytes. */
  readonly byteLength?: { readonly min?: number; readonly max?: number };
}

/** Input, output and errors of one operation (`smithy.api#Unit` becomes `null`). */
export interface OperationIo {
  /** Input structure id, or null for Unit. */
  readonly input: string | null;
  /** Output structure id, or null for Unit. */
  readonly output: string | null;
  /** The operation's own error shape ids, in model order. */
  readonly errors: readonly string[];
}

/** An input member bound to a query parameter. */
export interface QueryMemberBinding {
  /** The member name. */
  readonly member: string;
  /** The query parameter name. */
  readonly name: string;
  /** Whether the member targets a list (the parameter repeats). */
  readonly list: boolean;
}

/** Where each top-level input member travels in a restJson1 request. */
export interface InputBindings {
  /** Members bound with `@httpLabel`, in the order their labels appear in the URI. */
  readonly labels: readonly string[];
  /** Members bound with `@httpQuery`, in member order. */
  readonly query: readonly QueryMemberBinding[];
  /** Members bound with `@httpHeader`, in member order. */
  readonly headers: readonly { readonly member: string; readonly name: string }[];
  /** The member bound with `@httpPayload`, if any. */
  readonly payload: string | null;
  /** Members sent in the JSON body, in member order. */
  readonly body: readonly string[];
}

/** The `@http` trait of an operation. */
export interface HttpTrait {
  /** HTTP method, upper case. */
  readonly method: string;
  /** URI pattern. */
  readonly uri: string;
  /** Success status code (200 when absent). */
  readonly code: number;
}

/** The prelude namespace, whose shapes are never emitted as named shapes. */
export const PRELUDE_NAMESPACE = 'smithy.api';

/** The id of the unit type, which stands for "no input" or "no output". */
export const UNIT_ID = 'smithy.api#Unit';

/** The id of the project's own UTF-8 byte-length trait. */
export const BYTE_LENGTH_TRAIT = 'ivs.contract#byteLength';

const PRELUDE_TYPES: Readonly<Record<string, ShapeType>> = {
  String: 'string',
  Blob: 'blob',
  BigInteger: 'bigInteger',
  BigDecimal: 'bigDecimal',
  Timestamp: 'timestamp',
  Document: 'document',
  Boolean: 'boolean',
  PrimitiveBoolean: 'boolean',
  Byte: 'byte',
  PrimitiveByte: 'byte',
  Short: 'short',
  PrimitiveShort: 'short',
  Integer: 'integer',
  PrimitiveInteger: 'integer',
  Long: 'long',
  PrimitiveLong: 'long',
  Float: 'float',
  PrimitiveFloat: 'float',
  Double: 'double',
  PrimitiveDouble: 'double',
  Unit: 'structure',
};

/** Compares strings by UTF-16 code units, the one order used for every sorted output. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The name part of a shape id (`ns#Name$member` gives `Name`). */
export function shapeName(id: string): string {
  const hash = id.indexOf('#');
  const rest = hash < 0 ? id : id.slice(hash + 1);
  const dollar = rest.indexOf('$');
  return dollar < 0 ? rest : rest.slice(0, dollar);
}

/** Whether a shape id lives in the Smithy prelude. */
export function isPrelude(id: string): boolean {
  return id.startsWith(`${PRELUDE_NAMESPACE}#`);
}

/** Looks up a shape by absolute id; prelude simple shapes resolve to a synthetic shape of their type. */
export function getShape(ast: SmithyAst, id: string): AstShape | undefined {
  const own = Object.hasOwn(ast.shapes, id) ? ast.shapes[id] : undefined;
  if (own) return own;
  if (isPrelude(id)) {
    const name = shapeName(id);
    const type = Object.hasOwn(PRELUDE_TYPES, name) ? PRELUDE_TYPES[name] : undefined;
    if (type !== undefined) return { type };
  }
  return undefined;
}

/** The traits object of a shape or member (empty when absent). */
export function traitsOf(
  node: { readonly traits?: Readonly<Record<string, unknown>> } | undefined,
): Readonly<Record<string, unknown>> {
  return node?.traits ?? {};
}

/** Whether a shape or member carries the given trait. */
export function hasTrait(
  node: { readonly traits?: Readonly<Record<string, unknown>> } | undefined,
  trait: string,
): boolean {
  return Object.hasOwn(traitsOf(node), trait);
}

/** The members of an aggregate shape as `[name, member]` pairs in declaration order. */
export function membersOf(shape: AstShape): readonly (readonly [string, AstMember])[] {
  switch (shape.type) {
    case 'list':
      return shape.member ? [['member', shape.member]] : [];
    case 'map':
      return [
        ...(shape.key ? [['key', shape.key] as const] : []),
        ...(shape.value ? [['value', shape.value] as const] : []),
      ];
    case 'structure':
    case 'union':
    case 'enum':
    case 'intEnum':
      return Object.entries(shape.members ?? {});
    default:
      return [];
  }
}

const targetIds = (list: readonly { readonly target: string }[] | undefined): string[] =>
  (list ?? []).map((r) => r.target);

/** Finds the one service shape of the model. */
export function findService(ast: SmithyAst): GraphResult<ShapeEntry> {
  const services = Object.keys(ast.shapes)
    .sort(byCodeUnit)
    .filter((id) => ast.shapes[id]?.type === 'service');
  const [first] = services;
  if (first === undefined)
    return { ok: false, error: { message: 'the model defines no service shape; exactly one is required' } };
  if (services.length > 1) {
    return {
      ok: false,
      error: {
        message: `the model defines ${services.length} services (${services.join(', ')}); exactly one is required`,
      },
    };
  }
  return { ok: true, value: { id: first, shape: ast.shapes[first] as AstShape } };
}

function resourceOperations(ast: SmithyAst, resourceId: string, seen: Set<string>, into: Set<string>): void {
  if (seen.has(resourceId)) return;
  seen.add(resourceId);
  const resource = getShape(ast, resourceId);
  if (resource?.type !== 'resource') return;
  for (const key of ['create', 'put', 'read', 'update', 'delete', 'list'] as const) {
    const ref = resource[key];
    if (ref) into.add(ref.target);
  }
  for (const id of [...targetIds(resource.operations), ...targetIds(resource.collectionOperations)]) into.add(id);
  for (const child of targetIds(resource.resources)) resourceOperations(ast, child, seen, into);
}

/** The operation ids of a service (its own and those of its resources), sorted by operation name. */
export function serviceOperations(ast: SmithyAst, serviceId: string): readonly string[] {
  const service = getShape(ast, serviceId);
  const ids = new Set<string>(targetIds(service?.operations));
  const seen = new Set<string>();
  for (const resourceId of targetIds(service?.resources)) resourceOperations(ast, resourceId, seen, ids);
  return [...ids].sort((a, b) => byCodeUnit(shapeName(a), shapeName(b)) || byCodeUnit(a, b));
}

/** The service-wide error ids (applied to every operation), in model order. */
export function serviceErrors(ast: SmithyAst, serviceId: string): readonly string[] {
  return targetIds(getShape(ast, serviceId)?.errors);
}

const refTarget = (ref: { readonly target: string } | undefined): string | null =>
  ref === undefined || ref.target === UNIT_ID ? null : ref.target;

/** The input, output and errors of an operation, with Unit input/output as `null`. */
export function operationIo(ast: SmithyAst, operationId: string): OperationIo {
  const op = getShape(ast, operationId);
  return { input: refTarget(op?.input), output: refTarget(op?.output), errors: targetIds(op?.errors) };
}

/**
 * Every non-prelude shape reachable from the service through its operations, their input,
 * output and error structures, the service errors, and member targets; sorted by shape name.
 */
export function serviceClosure(ast: SmithyAst, serviceId: string): readonly string[] {
  const found = new Set<string>();
  const visit = (id: string): void => {
    if (found.has(id) || isPrelude(id)) return;
    const shape = getShape(ast, id);
    if (!shape) return;
    found.add(id);
    for (const [, member] of membersOf(shape)) visit(member.target);
  };
  for (const opId of serviceOperations(ast, serviceId)) {
    const io = operationIo(ast, opId);
    if (io.input) visit(io.input);
    if (io.output) visit(io.output);
    io.errors.forEach(visit);
  }
  serviceErrors(ast, serviceId).forEach(visit);
  return [...found].sort((a, b) => byCodeUnit(shapeName(a), shapeName(b)) || byCodeUnit(a, b));
}

/** Checks that no two shapes of a closure share a name, since every artifact names shapes without namespace. */
export function checkUniqueNames(ids: readonly string[]): GraphResult<ReadonlyMap<string, string>> {
  const byName = new Map<string, string>();
  for (const id of ids) {
    const name = shapeName(id);
    const other = byName.get(name);
    if (other !== undefined) {
      return {
        ok: false,
        error: { message: `shapes ${other} and ${id} share the name '${name}'; generated names must be unique` },
      };
    }
    byName.set(name, id);
  }
  return { ok: true, value: byName };
}

/** Reads a numeric trait value; big numbers may arrive as their lexeme (a string) to keep precision. */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function bounds(value: unknown): { min?: number; max?: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const min = asNumber(record['min']);
  const max = asNumber(record['max']);
  if (min === undefined && max === undefined) return undefined;
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

function constraintsFromTraits(traits: Readonly<Record<string, unknown>>): Constraints {
  const length = bounds(traits['smithy.api#length']);
  const range = bounds(traits['smithy.api#range']);
  const byteLength = bounds(traits[BYTE_LENGTH_TRAIT]);
  const pattern = traits['smithy.api#pattern'];
  return {
    ...(length ? { length } : {}),
    ...(range ? { range } : {}),
    ...(typeof pattern === 'string' ? { pattern } : {}),
    ...(byteLength ? { byteLength } : {}),
  };
}

/** The constraint traits of a shape itself. */
export function shapeConstraints(shape: AstShape): Constraints {
  return constraintsFromTraits(traitsOf(shape));
}

/** The constraints that apply to a member: each of the member's own traits overrides the same trait on its target. */
export function memberConstraints(ast: SmithyAst, member: AstMember): Constraints {
  const target = getShape(ast, member.target);
  return { ...constraintsFromTraits(traitsOf(target)), ...constraintsFromTraits(traitsOf(member)) };
}

/** Constraints a member adds on top of its target (its own constraint traits only). */
export function ownMemberConstraints(member: AstMember): Constraints {
  return constraintsFromTraits(traitsOf(member));
}

/** Whether a member is `@required`. */
export function isRequired(member: AstMember): boolean {
  return hasTrait(member, 'smithy.api#required');
}

/** The HTTP status and fault of an error shape: `@httpError`, else 400 for client and 500 for server errors. */
export function errorStatus(shape: AstShape): { readonly status: number; readonly fault: 'client' | 'server' } {
  const traits = traitsOf(shape);
  const fault = traits['smithy.api#error'] === 'server' ? 'server' : 'client';
  const declared = asNumber(traits['smithy.api#httpError']);
  return { status: declared ?? (fault === 'server' ? 500 : 400), fault };
}

/** The `@http` trait of an operation, or undefined when it has none. */
export function httpTrait(shape: AstShape | undefined): HttpTrait | undefined {
  const value = traitsOf(shape)['smithy.api#http'];
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const method = record['method'];
  const uri = record['uri'];
  if (typeof method !== 'string' || typeof uri !== 'string') return undefined;
  return { method: method.toUpperCase(), uri, code: asNumber(record['code']) ?? 200 };
}

/** The label names of a URI pattern in order (`/a/{b}/{c+}` gives `b`, `c`). */
export function uriLabels(uri: string): readonly string[] {
  return [...uri.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1] ?? '');
}

/** Where each top-level member of an operation's input goes in a restJson1 request. */
export function inputBindings(ast: SmithyAst, operationId: string): InputBindings {
  const op = getShape(ast, operationId);
  const inputId = refTarget(op?.input);
  const input = inputId ? getShape(ast, inputId) : undefined;
  const members = input ? membersOf(input) : [];
  const labelled = new Set<string>();
  const query: QueryMemberBinding[] = [];
  const headers: { member: string; name: string }[] = [];
  const body: string[] = [];
  let payload: string | null = null;
  for (const [name, member] of members) {
    const traits = traitsOf(member);
    if (Object.hasOwn(traits, 'smithy.api#httpLabel')) labelled.add(name);
    else if (typeof traits['smithy.api#httpQuery'] === 'string') {
      const target = getShape(ast, member.target);
      query.push({ member: name, name: traits['smithy.api#httpQuery'], list: target?.type === 'list' });
    } else if (typeof traits['smithy.api#httpHeader'] === 'string')
      headers.push({ member: name, name: traits['smithy.api#httpHeader'] });
    else if (Object.hasOwn(traits, 'smithy.api#httpPayload')) payload = name;
    else if (
      !Object.hasOwn(traits, 'smithy.api#httpQueryParams') &&
      !Object.hasOwn(traits, 'smithy.api#httpPrefixHeaders')
    )
      body.push(name);
  }
  const uri = httpTrait(op)?.uri ?? '';
  const labels = uriLabels(uri).filter((label) => labelled.has(label));
  return { labels, query, headers, payload, body };
}

/** Members of an output or error structure that travel in the JSON body (not in headers or the status line). */
export function bodyMembers(shape: AstShape): readonly (readonly [string, AstMember])[] {
  const bound = [
    'smithy.api#httpHeader',
    'smithy.api#httpPrefixHeaders',
    'smithy.api#httpResponseCode',
    'smithy.api#httpPayload',
  ];
  return membersOf(shape).filter(([, member]) => !bound.some((trait) => hasTrait(member, trait)));
}

/** The documentation trait of a shape or member, if any. */
export function documentationOf(
  node: { readonly traits?: Readonly<Record<string, unknown>> } | undefined,
): string | undefined {
  const doc = traitsOf(node)['smithy.api#documentation'];
  return typeof doc === 'string' ? doc : undefined;
}

/** The enum values of an `enum` or `intEnum` shape in member order (`enumValue`, else the member name). */
export function enumValues(shape: AstShape): readonly (string | number)[] {
  if (shape.type === 'enum' || shape.type === 'intEnum') {
    return membersOf(shape).map(([name, member]) => {
      const value = traitsOf(member)['smithy.api#enumValue'];
      return typeof value === 'string' || typeof value === 'number' ? value : name;
    });
  }
  const legacy = traitsOf(shape)['smithy.api#enum'];
  if (Array.isArray(legacy)) {
    return legacy.flatMap((entry: unknown) => {
      const value =
        typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['value'] : undefined;
      return typeof value === 'string' ? [value] : [];
    });
  }
  return [];
}

/** The timestamp format of a member: member trait, then target trait, then `date-time` (the IVS wire format). */
export function timestampFormat(
  ast: SmithyAst,
  member: AstMember | undefined,
  targetId: string,
): 'date-time' | 'epoch-seconds' | 'http-date' {
  const fromTraits = (traits: Readonly<Record<string, unknown>>) => {
    const value = traits['smithy.api#timestampFormat'];
    return value === 'date-time' || value === 'epoch-seconds' || value === 'http-date' ? value : undefined;
  };
  return fromTraits(traitsOf(member)) ?? fromTraits(traitsOf(getShape(ast, targetId))) ?? 'date-time';
}
