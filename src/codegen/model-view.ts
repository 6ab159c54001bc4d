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
  type HttpTrait,
  type InputBindings,
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

/** One error an operation can return. */
export interface ErrorFacts {
  readonly id: string;
  readonly name: string;
  readonly status: number;
  readonly fault: 'client' | 'server';
}

/** Pagination members of a paginated operation. */
export interface PaginationFacts {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly items: string;
  readonly pageSize: string | null;
}

/** Everything the emitters need to know about one operation. */
export interface OperationFacts {
  readonly id: string;
  readonly name: string;
  readonly http: HttpTrait;
  readonly input: string | null;
  readonly output: string | null;
  readonly bindings: InputBindings;
  /** Operation errors sorted by name, then service-wide errors sorted by name. */
  readonly errors: readonly ErrorFacts[];
  readonly paginated: PaginationFacts | null;
  readonly readonly: boolean;
  readonly idempotent: boolean;
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

/** The HTTP methods the operation table can express. */
const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

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
    if (!METHODS.has(http.method)) {
      return {
        ok: false,
        error: { message: `operation ${id} uses HTTP method ${http.method}; supported: ${[...METHODS].join(', ')}` },
      };
    }
    const io = operationIo(ast, id);
    const own = errorList(ast, io.errors);
    if (!own.ok) return own;
    const ownNames = new Set(own.value.map((e) => e.name));
    operations.push({
      id,
      name: shapeName(id),
      http,
      input: io.input,
      output: io.output,
      bindings: inputBindings(ast, id),
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
