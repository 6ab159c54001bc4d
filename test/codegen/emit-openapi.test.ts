import type { OpenAPIV3_1 } from 'openapi-types';
import { describe, expect, test } from 'vitest';
import { emitOpenApi, openApiDocument } from '../../src/codegen/emit-openapi.js';
import { buildModelView } from '../../src/codegen/model-view.js';
import { openApiErrors } from './helpers.js';
import { tinyId, tinyModel } from './tiny-model.js';

const view = buildModelView(tinyModel());
if (!view.ok) throw new Error(view.error.message);
const doc = openApiDocument(view.value, { source: 'tiny.json' });
const op = (path: string, method: 'get' | 'post') => doc.paths?.[path]?.[method] as OpenAPIV3_1.OperationObject;

describe('openApiDocument', () => {
  test('is OpenAPI 3.1 with the service title and version', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Tiny', version: '2024-01-01', description: 'A tiny service.' });
  });

  test.each([
    [
      'a label is a required path parameter',
      {
        path: '/things/{thingId}',
        method: 'get',
        want: { name: 'thingId', in: 'path', required: true, schema: { $ref: '#/components/schemas/ThingId' } },
      },
    ],
    [
      'a list query member repeats the parameter',
      {
        path: '/things/{thingId}',
        method: 'get',
        want: { name: 'tagKeys', in: 'query', required: false, style: 'form', explode: true },
      },
    ],
  ] as const)('%s', (_name, { path, method, want }) => {
    expect(op(path, method).parameters).toContainEqual(expect.objectContaining(want));
  });

  test('an input sent wholly in the body refers to its component', () => {
    const body = op('/ListWidgets', 'post').requestBody as OpenAPIV3_1.RequestBodyObject;
    expect(body.content['application/json']?.schema).toEqual({ $ref: '#/components/schemas/ListWidgetsInput' });
  });

  test('with a label, only the body members form the request body', () => {
    const model = tinyModel();
    const input = model.shapes['example.tiny#GetThingInput'];
    if (input?.members) input.members['note'] = { target: 'example.tiny#Note' };
    const changed = buildModelView(model);
    if (!changed.ok) return expect.fail(changed.error.message);
    const get = openApiDocument(changed.value, { source: 'tiny.json' }).paths?.['/things/{thingId}']?.get;
    const body = get?.requestBody as OpenAPIV3_1.RequestBodyObject;
    expect(body.content['application/json']?.schema).toEqual({
      type: 'object',
      properties: { note: { $ref: '#/components/schemas/Note' } },
    });
  });

  test('several errors with one status are alternatives (anyOf) of their shapes', () => {
    const model = tinyModel();
    const get = model.shapes['example.tiny#GetThing'];
    model.shapes['example.tiny#Gone'] = {
      type: 'structure',
      members: {},
      traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 404 },
    };
    get?.errors?.push({ target: 'example.tiny#Gone' });
    const changed = buildModelView(model);
    if (!changed.ok) return expect.fail(changed.error.message);
    const response = openApiDocument(changed.value, { source: 'tiny.json' }).paths?.['/things/{thingId}']?.get
      ?.responses?.['404'] as OpenAPIV3_1.ResponseObject;
    expect(response.content?.['application/json']?.schema).toEqual({
      anyOf: [{ $ref: '#/components/schemas/Gone' }, { $ref: '#/components/schemas/NotFound' }],
    });
    expect(response.headers?.['x-amzn-ErrorType']).toMatchObject({ schema: { enum: ['Gone', 'NotFound'] } });
  });

  test('an operation without body members has no request body', () => {
    expect(op('/things/{thingId}', 'get').requestBody).toBeUndefined();
  });

  test('a 204 success has no content', () => {
    expect(op('/PutThing', 'post').responses?.['204']).toEqual({ description: 'Success, with no body.' });
  });

  test('each error status names its shapes in x-amzn-ErrorType and its body', () => {
    const response = op('/things/{thingId}', 'get').responses?.['404'] as OpenAPIV3_1.ResponseObject;
    expect(response.headers?.['x-amzn-ErrorType']).toMatchObject({ schema: { type: 'string', enum: ['NotFound'] } });
    expect(response.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/NotFound' });
    expect(Object.keys(op('/things/{thingId}', 'get').responses ?? {})).toEqual(['200', '400', '404', '500']);
  });

  test('byte bounds become x- extensions in components', () => {
    expect(doc.components?.schemas?.['Note']).toEqual({ type: 'string', 'x-maxBytes': 4 });
  });

  test('has no Redocly errors', async () => {
    expect(await openApiErrors(emitOpenApi(view.value, { source: 'tiny.json' }))).toEqual([]);
  });
});

describe('openApiDocument with response members bound to headers', () => {
  const model = tinyModel();
  const header = (name: string) => ({
    target: 'smithy.api#String',
    traits: { 'smithy.api#httpHeader': name, 'smithy.api#documentation': `The ${name} header.` },
  });
  (model.shapes[tinyId('ListWidgetsOutput')] as { members: Record<string, unknown> }).members['cacheControl'] =
    header('Cache-Control');
  (model.shapes[tinyId('NotFound')] as { members: Record<string, unknown> }).members['errorType'] =
    header('x-amzn-ErrorType');
  const headerView = buildModelView(model);
  if (!headerView.ok) throw new Error(headerView.error.message);
  const headerDoc = openApiDocument(headerView.value, { source: 'tiny.json' });
  const success = (headerDoc.paths?.['/ListWidgets']?.post?.responses?.['200'] ?? {}) as OpenAPIV3_1.ResponseObject;

  test('an output header member is an optional response header, not a body property', () => {
    expect(success.headers?.['Cache-Control']).toEqual({
      description: 'The Cache-Control header.',
      required: false,
      schema: { type: 'string', description: 'The Cache-Control header.' },
    });
    const body = success.content?.['application/json']?.schema as OpenAPIV3_1.SchemaObject;
    expect(Object.keys(body.properties ?? {})).not.toContain('cacheControl');
  });

  test('an error component describes the body only', () => {
    const component = headerDoc.components?.schemas?.['NotFound'] as OpenAPIV3_1.SchemaObject;
    expect(Object.keys(component.properties ?? {})).toEqual(['exceptionMessage']);
  });

  test('the document with header members has no Redocly errors', async () => {
    expect(await openApiErrors(JSON.stringify(headerDoc))).toEqual([]);
  });
});
