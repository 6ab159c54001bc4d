import type { AstShape, SmithyAst } from '../smithy/ast.js';
import {
  byCodeUnit,
  checkUniqueNames,
  errorStatus,
  findService,
  getShape,
  hasTrait,
  httpTrait,
  inputBindings,
  operationIo,
  serviceClosure,
  serviceErrors,
  serviceOperations,
  shapeName,
  traitsOf,
  type GraphResult,
  type InputBindings,
  type QueryMemberBinding,
} from '../smithy/shape-graph.js';

/** The service facts the operation table exports. */
export interface ServiceFacts {
  readonly shapeId: string;
  readonly name: string;
  readonly version: string;
  readonly sdkId: string;
  readonly signingName: string;
  readonly arnNamespace: string;
  readonly endpointPrefix: string;
  readonly protocol: 'aws.protocols#restJson1';
}

/** One error an operation can return, as the operation record holds it. */
export interface ErrorRecord {
  readonly name: string;
  readonly status: number;
  readonly fault: 'client' | 'server';
}

/** One error shape: its record and its shape id. */
export interface ErrorFacts extends ErrorRecord {
  readonly id: string;
}

/** Pagination members of a paginated operation. */
export interface PaginationFacts {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly items: string;
  readonly pageSize: string | null;
}

/** The HTTP methods the operation record can express. */
export type RecordMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The record of one operation: the one description of an operation's HTTP binding, shapes, errors
 * and behaviour traits. `generated/operations.ts` holds one per operation (its `OperationSpec` is
 * this interface as emitted, with the name types narrowed), and everything at runtime reads that
 * table: the mock, the fuzzers, the conformance suite, and the wire codecs through `OperationBinding`.
 */
export interface OperationRecord {
  readonly name: string;
  readonly method: RecordMethod;
  readonly uri: string;
  /** The success status code (200 when `@http` gives none). */
  readonly successCode: number;
  /** The input shape's name, or `null` for the unit type. */
  readonly input: string | null;
  /** The output shape's name, or `null` for the unit type. */
  readonly output: string | null;
  /** Input members bound with `@httpLabel`, in the order their labels appear in the URI. */
  readonly labels: readonly string[];
  /** Input members bound with `@httpQuery`, in member order. */
  readonly query: readonly QueryMemberBinding[];
  /** Input members sent in the JSON body, in member order. */
  readonly body: readonly string[];
  /** Operation errors sorted by name, then service-wide errors sorted by name. */
  readonly errors: readonly ErrorRecord[];
  readonly paginated: PaginationFacts | null;
  readonly readonly: boolean;
  readonly idempotent: boolean;
}

/** The fields of an operation record, in the order the operation table writes them. */
export const operationRecordFields = [
  'name',
  'method',
  'uri',
  'successCode',
  'input',
  'output',
  'labels',
  'query',
  'body',
  'errors',
  'paginated',
  'readonly',
  'idempotent',
] as const satisfies readonly (keyof OperationRecord)[];

/** One operation: its record, plus what only the emitters of schemas and OpenAPI need (shape ids, headers, docs). */
export interface OperationFacts extends OperationRecord {
  readonly id: string;
  /** The input shape's id, or `null` for the unit type. */
  readonly inputId: string | null;
  /** The output shape's id, or `null` for the unit type. */
  readonly outputId: string | null;
  /** Input members bound with `@httpHeader`, in member order. */
  readonly headers: InputBindings['headers'];
  /** The input member bound with `@httpPayload`, if any. */
  readonly payload: string | null;
  readonly errors: readonly ErrorFacts[];
  readonly documentation: string | undefined;
}

/** The service, its operations and its shape closure, checked once and shared by every emitter. */
export interface ModelView {
  readonly ast: SmithyAst;
  readonly service: ServiceFacts;
  readonly serviceShape: AstShape;
  /** Operations sorted by name. */
  readonly operations: readonly OperationFacts[];
  /** Shape ids of the service closure, sorted by name. */
  readonly closure: readonly string[];
  /** Shape name to shape id, for the closure. */
  readonly idByName: ReadonlyMap<string, string>;
  /** Every error shape of the closure (with `@error`), sorted by name. */
  readonly errors: readonly ErrorFacts[];
}

/** The HTTP methods the operation record can express. */
const METHODS: ReadonlySet<string> = new Set<RecordMethod>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const isRecordMethod = (method: string): method is RecordMethod => METHODS.has(method);

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function serviceFacts(id: string, shape: AstShape): GraphResult<ServiceFacts> {
  const traits = traitsOf(shape);
  if (!Object.hasOwn(traits, 'aws.protocols#restJson1')) {
    return {
      ok: false,
      error: { message: `service ${id} does not carry aws.protocols#restJson1, the only protocol supported` },
    };
  }
  const aws = (traits['aws.api#service'] ?? {}) as Record<string, unknown>;
  const sigv4 = (traits['aws.auth#sigv4'] ?? {}) as Record<string, unknown>;
  const name = shapeName(id);
  const arnNamespace = text(aws['arnNamespace']) ?? name.toLowerCase();
  return {
    ok: true,
    value: {
      shapeId: id,
      name,
      version: shape.version ?? '',
      sdkId: text(aws['sdkId']) ?? name,
      signingName: text(sigv4['name']) ?? arnNamespace,
      arnNamespace,
      endpointPrefix: text(aws['endpointPrefix']) ?? arnNamespace,
      protocol: 'aws.protocols#restJson1',
    },
  };
}

function errorFacts(ast: SmithyAst, id: string): GraphResult<ErrorFacts> {
  const shape = getShape(ast, id);
  if (shape?.type !== 'structure' || !hasTrait(shape, 'smithy.api#error')) {
    return { ok: false, error: { message: `error ${id} is not a structure with the @error trait` } };
  }
  return { ok: true, value: { id, name: shapeName(id), ...errorStatus(shape) } };
}

function pagination(serviceShape: AstShape, op: AstShape): PaginationFacts | null {
  const own = traitsOf(op)['smithy.api#paginated'];
  if (typeof own !== 'object' || own === null) return null;
  const defaults = traitsOf(serviceShape)['smithy.api#paginated'];
  const merged = { ...(typeof defaults === 'object' && defaults !== null ? defaults : {}), ...own } as Record<
    string,
    unknown
  >;
  const inputToken = text(merged['inputToken']);
  const outputToken = text(merged['outputToken']);
  const items = text(merged['items']);
  if (inputToken === undefined || outputToken === undefined || items === undefined) return null;
  return { inputToken, outputToken, items, pageSize: text(merged['pageSize']) ?? null };
}

function errorList(ast: SmithyAst, ids: readonly string[]): GraphResult<ErrorFacts[]> {
  const facts: ErrorFacts[] = [];
  for (const id of ids) {
    const fact = errorFacts(ast, id);
    if (!fact.ok) return fact;
    facts.push(fact.value);
  }
  return { ok: true, value: facts.sort((a, b) => byCodeUnit(a.name, b.name)) };
}

/** Checks the model and gathers the service, operation and closure facts every emitter uses. */
export function buildModelView(ast: SmithyAst): GraphResult<ModelView> {
  const found = findService(ast);
  if (!found.ok) return found;
  const { id: serviceId, shape: serviceShape } = found.value;
  const service = serviceFacts(serviceId, serviceShape);
  if (!service.ok) return service;
  const closure = serviceClosure(ast, serviceId);
  const names = checkUniqueNames(closure);
  if (!names.ok) return names;
  const shared = errorList(ast, serviceErrors(ast, serviceId));
  if (!shared.ok) return shared;
  const operations: OperationFacts[] = [];
  const opNames = checkUniqueNames(serviceOperations(ast, serviceId));
  if (!opNames.ok) return opNames;
  for (const id of serviceOperations(ast, serviceId)) {
    const shape = getShape(ast, id);
    if (shape?.type !== 'operation')
      return { ok: false, error: { message: `${id} is listed as an operation but is not one` } };
    const http = httpTrait(shape);
    if (!http) return { ok: false, error: { message: `operation ${id} has no @http trait; restJson1 requires one` } };
    const method = http.method;
    if (!isRecordMethod(method)) {
      return {
        ok: false,
        error: { message: `operation ${id} uses HTTP method ${http.method}; supported: ${[...METHODS].join(', ')}` },
      };
    }
    const io = operationIo(ast, id);
    const own = errorList(ast, io.errors);
    if (!own.ok) return own;
    const ownNames = new Set(own.value.map((e) => e.name));
    const bindings = inputBindings(ast, id);
    operations.push({
      id,
      name: shapeName(id),
      method,
      uri: http.uri,
      successCode: http.code,
      input: io.input === null ? null : shapeName(io.input),
      output: io.output === null ? null : shapeName(io.output),
      labels: bindings.labels,
      query: bindings.query,
      body: bindings.body,
      inputId: io.input,
      outputId: io.output,
      headers: bindings.headers,
      payload: bindings.payload,
      errors: [...own.value, ...shared.value.filter((e) => !ownNames.has(e.name))],
      paginated: pagination(serviceShape, shape),
      readonly: hasTrait(shape, 'smithy.api#readonly'),
      idempotent: hasTrait(shape, 'smithy.api#idempotent'),
      documentation: text(traitsOf(shape)['smithy.api#documentation']),
    });
  }
  const errors: ErrorFacts[] = [];
  for (const id of closure) {
    if (!hasTrait(getShape(ast, id), 'smithy.api#error')) continue;
    const fact = errorFacts(ast, id);
    if (!fact.ok) return fact;
    errors.push(fact.value);
  }
  return {
    ok: true,
    value: { ast, service: service.value, serviceShape, operations, closure, idByName: names.value, errors },
  };
}
