import { tsHeader, tsKey, tsString, type EmitOptions } from './header.js';
import type { ModelView, OperationFacts } from './model-view.js';
import { shapeName } from '../smithy/shape-graph.js';

const DECLARATIONS = `import type { ErrorName, OperationName } from './types.js';

/** An input member bound to a query parameter. */
export interface QueryBinding {
  readonly member: string;
  readonly name: string;
  readonly list: boolean;
}

/** An error an operation can return, with its HTTP status and who is at fault. */
export interface ErrorSpec {
  readonly name: ErrorName;
  readonly status: number;
  readonly fault: 'client' | 'server';
}

/** The members that drive pagination of a list operation. */
export interface PaginationSpec {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly items: string;
  readonly pageSize: string | null;
}

/** One operation of the service: its HTTP binding, shapes, errors and behaviour traits. */
export interface OperationSpec {
  readonly name: OperationName;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly uri: string;
  readonly successCode: number;
  readonly input: string | null;
  readonly output: string | null;
  readonly labels: readonly string[];
  readonly query: readonly QueryBinding[];
  readonly body: readonly string[];
  readonly errors: readonly ErrorSpec[];
  readonly paginated: PaginationSpec | null;
  readonly readonly: boolean;
  readonly idempotent: boolean;
}

/** The service's identity: names, version, signing and protocol. */
export interface ServiceSpec {
  readonly shapeId: string;
  readonly name: string;
  readonly version: string;
  readonly sdkId: string;
  readonly signingName: string;
  readonly arnNamespace: string;
  readonly endpointPrefix: string;
  readonly protocol: 'aws.protocols#restJson1';
}
`;

const str = tsString;
const strList = (items: readonly string[]): string => `[${items.map(str).join(', ')}]`;
const nullable = (value: string | null): string => (value === null ? 'null' : str(value));

function operationLiteral(op: OperationFacts): string {
  const lines = [
    `    name: ${str(op.name)},`,
    `    method: ${str(op.http.method)},`,
    `    uri: ${str(op.http.uri)},`,
    `    successCode: ${op.http.code},`,
    `    input: ${nullable(op.input === null ? null : shapeName(op.input))},`,
    `    output: ${nullable(op.output === null ? null : shapeName(op.output))},`,
    `    labels: ${strList(op.bindings.labels)},`,
    `    query: [${op.bindings.query.map((q) => `{ member: ${str(q.member)}, name: ${str(q.name)}, list: ${q.list} }`).join(', ')}],`,
    `    body: ${strList(op.bindings.body)},`,
    `    errors: [${op.errors.map((e) => `\n      { name: ${str(e.name)}, status: ${e.status}, fault: ${str(e.fault)} },`).join('')}${op.errors.length > 0 ? '\n    ' : ''}],`,
    op.paginated === null
      ? `    paginated: null,`
      : `    paginated: { inputToken: ${str(op.paginated.inputToken)}, outputToken: ${str(op.paginated.outputToken)}, items: ${str(op.paginated.items)}, pageSize: ${nullable(op.paginated.pageSize)} },`,
    `    readonly: ${op.readonly},`,
    `    idempotent: ${op.idempotent},`,
  ];
  return `  ${tsKey(op.name)}: {\n${lines.join('\n')}\n  },\n`;
}

/** `operations.ts`: the operation table (data only) with the service facts and error statuses. */
export function emitOperations(view: ModelView, options: EmitOptions): string {
  const s = view.service;
  const service = [
    `/** ${s.name}: the service this table describes. */`,
    `export const service: ServiceSpec = {`,
    `  shapeId: ${str(s.shapeId)},`,
    `  name: ${str(s.name)},`,
    `  version: ${str(s.version)},`,
    `  sdkId: ${str(s.sdkId)},`,
    `  signingName: ${str(s.signingName)},`,
    `  arnNamespace: ${str(s.arnNamespace)},`,
    `  endpointPrefix: ${str(s.endpointPrefix)},`,
    `  protocol: ${str(s.protocol)},`,
    `};`,
  ].join('\n');
  const operations = `/** Every operation by name, keys sorted by name. */\nexport const operations: { readonly [K in OperationName]: OperationSpec } = {\n${view.operations.map(operationLiteral).join('')}};`;
  const names = `/** Every operation name, sorted. */\nexport const operationNames: readonly OperationName[] = [${view.operations.map((o) => `\n  ${str(o.name)},`).join('')}\n];`;
  const errors = `/** Every error shape with its HTTP status and fault. */\nexport const errors: { readonly [K in ErrorName]: { readonly status: number; readonly fault: 'client' | 'server' } } = {\n${view.errors
    .map((e) => `  ${tsKey(e.name)}: { status: ${e.status}, fault: ${str(e.fault)} },\n`)
    .join('')}};`;
  return `${[tsHeader(options, 'emit-operations.ts'), DECLARATIONS, service, operations, names, errors].join('\n')}\n`;
}
