import { tsHeader, tsKey, tsString, type EmitOptions } from './header.js';
import { type ModelView, type OperationRecord, operationRecordFields } from './model-view.js';

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

/** How each field of the operation record is written; a field without a writer does not compile. */
const fieldWriters: { readonly [K in keyof OperationRecord]: (value: OperationRecord[K]) => string } = {
  name: str,
  method: str,
  uri: str,
  successCode: String,
  input: nullable,
  output: nullable,
  labels: strList,
  query: (query) =>
    `[${query.map((q) => `{ member: ${str(q.member)}, name: ${str(q.name)}, list: ${q.list} }`).join(', ')}]`,
  body: strList,
  errors: (errors) =>
    `[${errors.map((e) => `\n      { name: ${str(e.name)}, status: ${e.status}, fault: ${str(e.fault)} },`).join('')}${errors.length > 0 ? '\n    ' : ''}]`,
  paginated: (paginated) =>
    paginated === null
      ? 'null'
      : `{ inputToken: ${str(paginated.inputToken)}, outputToken: ${str(paginated.outputToken)}, items: ${str(paginated.items)}, pageSize: ${nullable(paginated.pageSize)} }`,
  readonly: String,
  idempotent: String,
};

function fieldLine<K extends keyof OperationRecord>(op: OperationRecord, field: K): string {
  return `    ${field}: ${fieldWriters[field](op[field])},`;
}

/** One operation's record as an object literal of the table, its fields in `operationRecordFields` order. */
function operationLiteral(op: OperationRecord): string {
  const lines = operationRecordFields.map((field) => fieldLine(op, field));
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
