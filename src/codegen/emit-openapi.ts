import type { OpenAPIV3_1 } from 'openapi-types';
import { bodyMembers, byCodeUnit, getShape, isRequired, membersOf, shapeName } from '../smithy/shape-graph.js';
import { headerText, jsonText, type EmitOptions } from './header.js';
import {
  memberSchema,
  outputBodySchema,
  shapeSchema,
  type SchemaContext,
  type SchemaObject,
} from './json-schema-of.js';
import type { ErrorFacts, ModelView, OperationFacts } from './model-view.js';

/** Where OpenAPI components live; member references point here. */
export const COMPONENTS_PREFIX = '#/components/schemas/';

type Schema = OpenAPIV3_1.SchemaObject;
const asSchema = (schema: SchemaObject): Schema => schema as Schema;
const asParameterSchema = (schema: SchemaObject) => schema as NonNullable<OpenAPIV3_1.ParameterObject['schema']>;
const ERROR_TYPE_HEADER = 'x-amzn-ErrorType';

function inputMembers(view: ModelView, op: OperationFacts) {
  const input = op.inputId === null ? undefined : getShape(view.ast, op.inputId);
  return new Map(input ? membersOf(input) : []);
}

function parameters(view: ModelView, ctx: SchemaContext, op: OperationFacts): OpenAPIV3_1.ParameterObject[] {
  const members = inputMembers(view, op);
  const params: OpenAPIV3_1.ParameterObject[] = [];
  for (const label of op.labels) {
    const member = members.get(label);
    if (member)
      params.push({ name: label, in: 'path', required: true, schema: asParameterSchema(memberSchema(ctx, member)) });
  }
  for (const query of op.query) {
    const member = members.get(query.member);
    if (!member) continue;
    params.push({
      name: query.name,
      in: 'query',
      required: isRequired(member),
      ...(query.list ? { style: 'form', explode: true } : {}),
      schema: asParameterSchema(memberSchema(ctx, member)),
    });
  }
  for (const header of op.headers) {
    const member = members.get(header.member);
    if (member)
      params.push({
        name: header.name,
        in: 'header',
        required: isRequired(member),
        schema: asParameterSchema(memberSchema(ctx, member)),
      });
  }
  return params;
}

function requestBody(
  view: ModelView,
  ctx: SchemaContext,
  op: OperationFacts,
): OpenAPIV3_1.RequestBodyObject | undefined {
  const members = inputMembers(view, op);
  if (op.payload !== null) {
    const member = members.get(op.payload);
    if (!member) return undefined;
    return {
      required: isRequired(member),
      content: { 'application/json': { schema: asSchema(memberSchema(ctx, member)) } },
    };
  }
  if (op.body.length === 0) return undefined;
  if (op.inputId !== null && op.body.length === members.size) {
    return {
      required: true,
      content: { 'application/json': { schema: { $ref: `${COMPONENTS_PREFIX}${shapeName(op.inputId)}` } as Schema } },
    };
  }
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const name of op.body) {
    const member = members.get(name);
    if (!member) continue;
    properties[name] = asSchema(memberSchema(ctx, member));
    if (isRequired(member)) required.push(name);
  }
  const schema: Schema = { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
  return { required: true, content: { 'application/json': { schema } } };
}

function outputSchema(view: ModelView, ctx: SchemaContext, outputId: string): Schema {
  const shape = getShape(view.ast, outputId);
  const whole = shape !== undefined && bodyMembers(shape).length === membersOf(shape).length;
  return whole
    ? ({ $ref: `${COMPONENTS_PREFIX}${shapeName(outputId)}` } as Schema)
    : asSchema(outputBodySchema(ctx, outputId));
}

function errorResponse(group: readonly ErrorFacts[]): OpenAPIV3_1.ResponseObject {
  const names = group.map((e) => e.name);
  const refs: Schema[] = names.map((name) => ({ $ref: `${COMPONENTS_PREFIX}${name}` }) as Schema);
  return {
    description: names.join(' or '),
    headers: {
      [ERROR_TYPE_HEADER]: {
        description: 'The name of the error shape.',
        required: true,
        schema: { type: 'string', enum: names },
      },
    },
    // Error bodies often share one structure, so the header, not the body, tells them apart: anyOf, not oneOf.
    content: { 'application/json': { schema: refs.length === 1 ? (refs[0] as Schema) : { anyOf: refs } } },
  };
}

function responses(view: ModelView, ctx: SchemaContext, op: OperationFacts): OpenAPIV3_1.ResponsesObject {
  const out: OpenAPIV3_1.ResponsesObject = {};
  const code = String(op.successCode);
  out[code] =
    op.outputId === null || op.successCode === 204
      ? { description: 'Success, with no body.' }
      : { description: 'Success.', content: { 'application/json': { schema: outputSchema(view, ctx, op.outputId) } } };
  const byStatus = new Map<number, ErrorFacts[]>();
  for (const error of op.errors) byStatus.set(error.status, [...(byStatus.get(error.status) ?? []), error]);
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    out[String(status)] = errorResponse(byStatus.get(status) ?? []);
  }
  return out;
}

/** Byte bounds are this project's own keywords; OpenAPI tools only accept them as `x-` extensions. */
function withExtensionKeywords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withExtensionKeywords);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key === 'minBytes' || key === 'maxBytes' ? `x-${key}` : key] = withExtensionKeywords(child);
  }
  return out;
}

/** The OpenAPI 3.1 document as an object (every path, parameter, body, success and error response). */
export function openApiDocument(view: ModelView, options: EmitOptions): OpenAPIV3_1.Document {
  const ctx: SchemaContext = { ast: view.ast, refPrefix: COMPONENTS_PREFIX };
  const paths: OpenAPIV3_1.PathsObject = {};
  const ops = [...view.operations].sort((a, b) => byCodeUnit(a.uri, b.uri) || byCodeUnit(a.method, b.method));
  for (const op of ops) {
    const operation: OpenAPIV3_1.OperationObject = {
      operationId: op.name,
      summary: op.name,
      ...(op.documentation !== undefined ? { description: op.documentation } : {}),
    };
    const params = parameters(view, ctx, op);
    if (params.length > 0) operation.parameters = params;
    const body = requestBody(view, ctx, op);
    if (body) operation.requestBody = body;
    operation.responses = responses(view, ctx, op);
    const item = (paths[op.uri] ?? {}) as Record<string, unknown>;
    item[op.method.toLowerCase()] = operation;
    paths[op.uri] = item as OpenAPIV3_1.PathItemObject;
  }
  const schemas: Record<string, Schema> = {};
  for (const id of view.closure) schemas[shapeName(id)] = asSchema(shapeSchema(ctx, id));
  const serviceDoc = view.serviceShape.traits?.['smithy.api#documentation'];
  const title = view.serviceShape.traits?.['smithy.api#title'];
  const doc = {
    // OpenAPI allows no `$comment` at the top level, so the header is an extension field.
    'x-comment': headerText(options, 'emit-openapi.ts'),
    openapi: '3.1.0',
    info: {
      title: typeof title === 'string' ? title : view.service.name,
      version: view.service.version,
      ...(typeof serviceDoc === 'string' ? { description: serviceDoc } : {}),
    },
    servers: [
      {
        url: `https://${view.service.endpointPrefix}.{region}.amazonaws.com`,
        variables: { region: { default: 'us-east-1', description: 'The AWS Region.' } },
      },
    ],
    security: [{ sigv4: [] }],
    paths,
    components: {
      schemas: withExtensionKeywords(schemas) as Record<string, Schema>,
      securitySchemes: {
        sigv4: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          description: `AWS Signature Version 4, signing name ${view.service.signingName}.`,
        },
      },
    },
  };
  return { ...doc, paths: withExtensionKeywords(paths) as OpenAPIV3_1.PathsObject } as OpenAPIV3_1.Document;
}

/** `openapi.json`: the OpenAPI 3.1 document as text. */
export function emitOpenApi(view: ModelView, options: EmitOptions): string {
  return jsonText(openApiDocument(view, options));
}
