import { tsHeader, tsKey, tsString, type EmitOptions } from './header.js';
import { type ModelView, type OperationRecord, operationRecordFields, type ServiceFacts } from './model-view.js';

/** The declarations the table starts with, its `OperationSpec` and `ServiceSpec` interfaces among them. */
const declarations = (
  operationSpec: string,
  serviceSpec: string,
): string => `import type { ErrorName, OperationName } from './types.js';

/** An input member bound to a query parameter. */
export interface QueryBinding {
  readonly member: string;
  readonly name: string;
  readonly list: boolean;
}

/** A member bound to an HTTP header: the member's name and the header's name as the model spells it. */
export interface HeaderBinding {
  readonly member: string;
  readonly name: string;
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

${operationSpec}

${serviceSpec}
`;

const str = tsString;
const strList = (items: readonly string[]): string => `[${items.map(str).join(', ')}]`;
const headerList = (items: readonly { readonly member: string; readonly name: string }[]): string =>
  `[${items.map((h) => `{ member: ${str(h.member)}, name: ${str(h.name)} }`).join(', ')}]`;
const nullable = (value: string | null): string => (value === null ? 'null' : str(value));

/** How each field of the operation record is typed in the table and written; a field without both does not compile. */
const fieldCodecs: {
  readonly [K in keyof OperationRecord]: {
    readonly type: string;
    readonly write: (value: OperationRecord[K]) => string;
  };
} = {
  name: { type: 'OperationName', write: str },
  method: { type: "'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'", write: str },
  uri: { type: 'string', write: str },
  successCode: { type: 'number', write: String },
  input: { type: 'string | null', write: nullable },
  output: { type: 'string | null', write: nullable },
  labels: { type: 'readonly string[]', write: strList },
  query: {
    type: 'readonly QueryBinding[]',
    write: (query) =>
      `[${query.map((q) => `{ member: ${str(q.member)}, name: ${str(q.name)}, list: ${q.list} }`).join(', ')}]`,
  },
  headers: { type: 'readonly HeaderBinding[]', write: headerList },
  body: { type: 'readonly string[]', write: strList },
  outputHeaders: { type: 'readonly HeaderBinding[]', write: headerList },
  errors: {
    type: 'readonly ErrorSpec[]',
    write: (errors) =>
      `[${errors.map((e) => `\n      { name: ${str(e.name)}, status: ${e.status}, fault: ${str(e.fault)} },`).join('')}${errors.length > 0 ? '\n    ' : ''}]`,
  },
  paginated: {
    type: 'PaginationSpec | null',
    write: (paginated) =>
      paginated === null
        ? 'null'
        : `{ inputToken: ${str(paginated.inputToken)}, outputToken: ${str(paginated.outputToken)}, items: ${str(paginated.items)}, pageSize: ${nullable(paginated.pageSize)} }`,
  },
  readonly: { type: 'boolean', write: String },
  idempotent: { type: 'boolean', write: String },
};

/** The table's `OperationSpec` interface: one member per field of the operation record, in table order. */
const operationSpecInterface = [
  '/** One operation of the service: its HTTP binding, shapes, errors and behaviour traits. */',
  'export interface OperationSpec {',
  ...operationRecordFields.map((field) => `  readonly ${field}: ${fieldCodecs[field].type};`),
  '}',
].join('\n');

/** The fields of the service facts, in the order the table writes them; all are strings but `protocol`. */
const serviceFields = [
  'shapeId',
  'name',
  'version',
  'sdkId',
  'signingName',
  'arnNamespace',
  'endpointPrefix',
  'protocol',
] as const satisfies readonly (keyof ServiceFacts)[];

/** The table's `ServiceSpec` interface: one member per service fact. */
const serviceSpecInterface = [
  "/** The service's identity: names, version, signing and protocol. */",
  'export interface ServiceSpec {',
  ...serviceFields.map(
    (field) => `  readonly ${field}: ${field === 'protocol' ? "'aws.protocols#restJson1'" : 'string'};`,
  ),
  '}',
].join('\n');

function fieldLine<K extends keyof OperationRecord>(op: OperationRecord, field: K): string {
  return `    ${field}: ${fieldCodecs[field].write(op[field])},`;
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
    ...serviceFields.map((field) => `  ${field}: ${str(s[field])},`),
    `};`,
  ].join('\n');
  const operations = `/** Every operation by name, keys sorted by name. */\nexport const operations: { readonly [K in OperationName]: OperationSpec } = {\n${view.operations.map(operationLiteral).join('')}};`;
  const names = `/** Every operation name, sorted. */\nexport const operationNames: readonly OperationName[] = [${view.operations.map((o) => `\n  ${str(o.name)},`).join('')}\n];`;
  const errors = `/** Every error shape with its HTTP status, fault and members bound to response headers. */\nexport const errors: {\n  readonly [K in ErrorName]: {\n    readonly status: number;\n    readonly fault: 'client' | 'server';\n    readonly headers: readonly HeaderBinding[];\n  };\n} = {\n${view.errors
    .map(
      (e) =>
        `  ${tsKey(e.name)}: { status: ${e.status}, fault: ${str(e.fault)}, headers: ${headerList(e.headers)} },\n`,
    )
    .join('')}};`;
  return `${[tsHeader(options, 'emit-operations.ts'), declarations(operationSpecInterface, serviceSpecInterface), service, operations, names, errors].join('\n')}\n`;
}
