import fc from 'fast-check';
import { operations } from '../../generated/operations.js';
import { inputSchemas } from '../../generated/schemas.js';
import type { OperationName } from '../../generated/types.js';
import { inputArbitrary, invalidInputArbitrary, type ArnScope, type InvalidInput } from '../fuzz/index.js';
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
} from '../fuzz/json-schema.js';

/** One constraint of one input member that the plan breaks once: `arns[]` + `pattern`. */
export interface PlannedConstraint {
  /** Where the constraint sits: the member, then `[]` for list items, `{}` for map values, `{key}` for map keys, `.name` for nested members. */
  readonly label: string;
  /** The top-level input member it belongs to. */
  readonly member: string;
  /** The JSON Schema keyword broken (`required`, `type`, `maxLength`, `maxProperties`, …). */
  readonly constraint: string;
}

/** A planned constraint with the request that breaks it in isolation, or `null` when no value could be made for it. */
export interface PlanEntry extends PlannedConstraint {
  /** The input: every required member valid (existing resources where a reference is needed), the broken member, nothing else. */
  readonly input: Record<string, unknown> | null;
  /** What is wrong with the input, e.g. `/maxResults: -4 breaks minimum`. */
  readonly description: string;
}

/** Existing resources of the account that valid references are built from. */
export interface PlanReferences {
  readonly channel: string;
  readonly streamKey: string;
}

/**
 * Shapes whose valid value must name a resource that exists, and the resource that gives it;
 * a shape not listed gets a schema-valid value (a lookup of it may fail, which validation precedes).
 */
export const REFERENCE_SHAPES: Readonly<Record<string, keyof PlanReferences>> = {
  ChannelArn: 'channel',
  StreamKeyArn: 'streamKey',
  ResourceArn: 'channel',
};

/** The key of a planned constraint, as the coverage table lists it: `label:constraint`. */
export const planKey = (entry: PlannedConstraint): string => `${entry.label}:${entry.constraint}`;

const WRONG_TYPE_KINDS = new Set(['string', 'integer', 'number', 'boolean', 'object', 'map', 'array']);

function walk(
  root: JsonSchema,
  schema: JsonSchema,
  label: string,
  member: string,
  allowWrongType: boolean,
  out: PlannedConstraint[],
): void {
  const resolved = resolveSchema(root, schema);
  const kind = schemaKind(resolved);
  const add = (constraint: string, at = label): void => {
    out.push({ label: at, member, constraint });
  };
  if (allowWrongType && WRONG_TYPE_KINDS.has(kind)) add('type');
  if (kind === 'object') {
    for (const name of requiredMembers(resolved)) add('required', `${label}.${name}`);
    for (const [name, inner] of Object.entries(properties(resolved)))
      walk(root, inner, `${label}.${name}`, member, allowWrongType, out);
  } else if (kind === 'map' || kind === 'array') {
    const [minKeyword, maxKeyword] = kind === 'map' ? ['minProperties', 'maxProperties'] : ['minItems', 'maxItems'];
    const min = numberKeyword(resolved, minKeyword) ?? 0;
    const max = numberKeyword(resolved, maxKeyword);
    if (min > 0) add(minKeyword);
    if (max !== undefined) add(maxKeyword);
    if (max !== undefined && max < 1) return;
    if (kind === 'map') {
      walk(root, schemaKeyword(resolved, 'propertyNames') ?? { type: 'string' }, `${label}{key}`, member, false, out);
      walk(root, schemaKeyword(resolved, 'additionalProperties') ?? {}, `${label}{}`, member, allowWrongType, out);
    } else {
      walk(root, schemaKeyword(resolved, 'items') ?? {}, `${label}[]`, member, allowWrongType, out);
    }
  } else if (kind === 'string') {
    if (enumValues(resolved) !== undefined) add('enum');
    for (const keyword of ['minLength', 'minBytes'] as const)
      if ((numberKeyword(resolved, keyword) ?? 0) > 0 && !impliedByPattern(resolved, keyword)) add(keyword);
    for (const keyword of ['maxLength', 'maxBytes'] as const)
      if (numberKeyword(resolved, keyword) !== undefined) add(keyword);
    if (typeof resolved['pattern'] === 'string') add('pattern');
  } else if (kind === 'integer' || kind === 'number') {
    for (const keyword of ['minimum', 'maximum'] as const)
      if (numberKeyword(resolved, keyword) !== undefined) add(keyword);
  }
}

/**
 * Whether a minimum length of 1 cannot be broken alone because the pattern already refuses the
 * empty string (an ARN pattern): the only too-short value breaks the pattern too.
 */
function impliedByPattern(schema: JsonSchema, keyword: 'minLength' | 'minBytes'): boolean {
  const pattern = schema['pattern'];
  if (numberKeyword(schema, keyword) !== 1 || typeof pattern !== 'string') return false;
  try {
    return !new RegExp(pattern, 'u').test('');
  } catch {
    return false;
  }
}

const rootOf = (operation: OperationName): JsonSchema => inputSchemas[operation] as JsonSchema;

const isQueryList = (operation: OperationName, member: string): boolean =>
  operations[operation].query.some((binding) => binding.member === member && binding.list);

/**
 * Every constraint of every input member of an operation, read from its input schema: a
 * missing required member (unless it is a query list, which the wire cannot tell from an empty
 * one), a wrong JSON type (body members only), and each length, byte length, pattern, enum,
 * range and size keyword, inside lists and maps too.
 */
export function plannedConstraints(operation: OperationName): PlannedConstraint[] {
  const root = rootOf(operation);
  const body = new Set(operations[operation].body);
  const required = new Set(requiredMembers(root));
  const out: PlannedConstraint[] = [];
  for (const [member, schema] of Object.entries(properties(root))) {
    if (required.has(member) && !isQueryList(operation, member))
      out.push({ label: member, member, constraint: 'required' });
    walk(root, schema, member, member, body.has(member), out);
  }
  return out;
}

const decodeToken = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** The plan label of a violation the fuzzers made, by walking the input schema along its path. */
export function labelOf(operation: OperationName, violation: InvalidInput['violation']): string {
  const root = rootOf(operation);
  const [member = '', ...rest] = violation.path.split('/').slice(1).map(decodeToken);
  let label = member;
  let schema: JsonSchema | undefined = properties(root)[member];
  for (const token of rest) {
    if (schema === undefined) return `${label}/${token}`;
    const resolved = resolveSchema(root, schema);
    const kind = schemaKind(resolved);
    if (kind === 'array') {
      label += '[]';
      schema = schemaKeyword(resolved, 'items');
    } else if (kind === 'map') {
      label += '{}';
      schema = schemaKeyword(resolved, 'additionalProperties');
    } else {
      label += `.${token}`;
      schema = properties(resolved)[token];
    }
  }
  return violation.onKey ? `${label}{key}` : label;
}

const SAMPLE_BATCH = 30;
const MAX_BATCHES = 12;
const breakCache = new Map<string, Map<string, InvalidInput>>();

/**
 * One input per planned constraint that breaks exactly it, found among the fuzzers' invalid
 * inputs with fixed seeds (the same every run); a constraint no breaker can reach is absent.
 */
export function breakingInputs(operation: OperationName, scope: ArnScope): Map<string, InvalidInput> {
  const cacheKey = `${operation} ${scope.accountId} ${scope.region}`;
  const cached = breakCache.get(cacheKey);
  if (cached) return cached;
  const wanted = new Set(plannedConstraints(operation).map(planKey));
  const found = new Map<string, InvalidInput>();
  let arbitrary: fc.Arbitrary<InvalidInput> | undefined;
  try {
    arbitrary = invalidInputArbitrary(operation, { scope });
  } catch {
    // An input with no constraint that can be broken has nothing to plan.
  }
  for (let batch = 0; arbitrary && batch < MAX_BATCHES && found.size < wanted.size; batch += 1) {
    for (const sample of fc.sample(arbitrary, { numRuns: SAMPLE_BATCH, seed: 0x9a11 + batch })) {
      const key = `${labelOf(operation, sample.violation)}:${sample.violation.constraint}`;
      if (wanted.has(key) && !found.has(key)) found.set(key, sample);
    }
  }
  breakCache.set(cacheKey, found);
  return found;
}

function referenceFor(root: JsonSchema, schema: JsonSchema, references: PlanReferences): unknown {
  const direct = REFERENCE_SHAPES[shapeNameOf(root, schema) ?? ''];
  if (direct) return references[direct];
  const resolved = resolveSchema(root, schema);
  const items = schemaKind(resolved) === 'array' ? schemaKeyword(resolved, 'items') : undefined;
  const inner = items ? REFERENCE_SHAPES[shapeNameOf(root, items) ?? ''] : undefined;
  return inner ? [references[inner]] : undefined;
}

const validCache = new Map<string, Record<string, unknown>>();
const arbitraryCache = new Map<string, fc.Arbitrary<Record<string, unknown>>>();

/** The fuzzers' valid inputs of an operation in a scope, built once per process (building is the slow part). */
export function validInputs(operation: OperationName, scope: ArnScope): fc.Arbitrary<Record<string, unknown>> {
  const key = `${operation} ${scope.accountId} ${scope.region}`;
  let arbitrary = arbitraryCache.get(key);
  if (!arbitrary) {
    arbitrary = inputArbitrary(operation, { scope }) as fc.Arbitrary<Record<string, unknown>>;
    arbitraryCache.set(key, arbitrary);
  }
  return arbitrary;
}

/** One fixed-seed valid input of an operation, made once per scope (building the arbitrary is the slow part). */
function validSample(operation: OperationName, scope: ArnScope): Record<string, unknown> {
  const key = `${operation} ${scope.accountId} ${scope.region}`;
  let sample = validCache.get(key);
  if (!sample) {
    [sample = {}] = fc.sample(validInputs(operation, scope), { numRuns: 1, seed: 0xba5e });
    validCache.set(key, sample);
  }
  return sample;
}

/**
 * A valid input with only the required members: references to existing resources where the
 * shape names one (`REFERENCE_SHAPES`), fixed-seed schema-valid values elsewhere.
 */
export function validBase(
  operation: OperationName,
  references: PlanReferences,
  scope: ArnScope,
): Record<string, unknown> {
  const root = rootOf(operation);
  const sample = validSample(operation, scope);
  const base: Record<string, unknown> = {};
  for (const member of requiredMembers(root)) {
    const schema = properties(root)[member];
    const reference = schema ? referenceFor(root, schema, references) : undefined;
    base[member] = reference ?? sample[member];
  }
  return base;
}

/** For a range of a top-level number, the value just outside it (`minimum - 1`, `maximum + 1`), where off-by-one bugs live. */
function boundaryValue(operation: OperationName, planned: PlannedConstraint): number | undefined {
  if (planned.label !== planned.member || (planned.constraint !== 'minimum' && planned.constraint !== 'maximum'))
    return undefined;
  const root = rootOf(operation);
  const schema = properties(root)[planned.member];
  const bound = schema ? numberKeyword(resolveSchema(root, schema), planned.constraint) : undefined;
  if (bound === undefined) return undefined;
  return planned.constraint === 'minimum' ? bound - 1 : bound + 1;
}

/** The plan of one operation: every planned constraint with the request that breaks it alone. */
export function coveragePlan(operation: OperationName, references: PlanReferences, scope: ArnScope): PlanEntry[] {
  const base = validBase(operation, references, scope);
  const inputs = breakingInputs(operation, scope);
  return plannedConstraints(operation).map((planned) => {
    const sample = inputs.get(planKey(planned));
    if (!sample)
      return { ...planned, input: null, description: `${planned.label}: no value breaks ${planned.constraint} alone` };
    const { [planned.member]: _replaced, ...others } = base;
    if (planned.constraint === 'required' && planned.label === planned.member)
      return { ...planned, input: others, description: sample.violation.description };
    const bound = boundaryValue(operation, planned);
    if (bound !== undefined)
      return {
        ...planned,
        input: { ...others, [planned.member]: bound },
        description: `/${planned.member}: ${bound} breaks ${planned.constraint}`,
      };
    return {
      ...planned,
      input: { ...others, [planned.member]: sample.input[planned.member] },
      description: sample.violation.description,
    };
  });
}

/**
 * One fixed-seed valid input per value of each top-level enum member, so every enum value is
 * sent at least once whatever the random samples hold; a value no valid input can carry is skipped.
 */
export function enumSamples(operation: OperationName, scope: ArnScope, seed: number): Record<string, unknown>[] {
  const root = rootOf(operation);
  const out: Record<string, unknown>[] = [];
  for (const [member, schema] of Object.entries(properties(root))) {
    for (const value of enumValues(resolveSchema(root, schema)) ?? []) {
      const carrying = validInputs(operation, scope).filter((input) => input[member] === value);
      try {
        out.push(...fc.sample(carrying, { numRuns: 1, seed }));
      } catch {
        // No valid input carries this value often enough to be found; the random samples still may.
      }
    }
  }
  return out;
}
