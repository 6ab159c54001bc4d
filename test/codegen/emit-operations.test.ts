import { describe, expect, expectTypeOf, test } from 'vitest';
import { emitOperations } from '../../src/codegen/emit-operations.js';
import { buildModelView, type OperationRecord, operationRecordFields } from '../../src/codegen/model-view.js';
import { tinyId, tinyModel } from './tiny-model.js';

const view = buildModelView(tinyModel());
if (!view.ok) throw new Error(view.error.message);
const text = emitOperations(view.value, { source: 'tiny.json' });

/** The object literal of one operation in the table. */
const entry = (name: string): string =>
  text.slice(text.indexOf(`  ${name}: {`), text.indexOf('\n  },', text.indexOf(`  ${name}: {`)));

describe('emitOperations', () => {
  test.each([
    [
      'method, URI and default success code',
      { op: 'GetThing', want: ['method: "GET"', 'uri: "/things/{thingId}"', 'successCode: 200'] },
    ],
    [
      'an explicit success code',
      { op: 'PutThing', want: ['successCode: 204', 'output: null', 'idempotent: true', 'readonly: false'] },
    ],
    [
      'labels and query bindings',
      {
        op: 'GetThing',
        want: ['labels: ["thingId"]', '{ member: "tagKeys", name: "tagKeys", list: true }', 'body: []'],
      },
    ],
    [
      'operation errors, then service errors, each by name',
      {
        op: 'GetThing',
        want: [
          '"Bad", status: 400, fault: "client" },\n      { name: "NotFound", status: 404, fault: "client" },\n      { name: "Boom", status: 500, fault: "server" }',
        ],
      },
    ],
    [
      'pagination',
      {
        op: 'ListWidgets',
        want: [
          'paginated: { inputToken: "nextToken", outputToken: "nextToken", items: "widgets", pageSize: "maxResults" }',
          'readonly: true',
        ],
      },
    ],
    ['no input', { op: 'Ping', want: ['input: null', 'paginated: null', 'body: []'] }],
  ])('%s', (_name, { op, want }) => {
    for (const w of want) expect(entry(op)).toContain(w);
  });

  test('the service facts come from the service traits', () => {
    expect(text).toContain('shapeId: "example.tiny#Tiny"');
    expect(text).toContain('sdkId: "Tiny"');
    expect(text).toContain('signingName: "tiny"');
    expect(text).toContain('endpointPrefix: "tiny"');
  });

  test('operations and names are sorted by name', () => {
    const order = ['GetThing', 'ListWidgets', 'Ping', 'PutThing'].map((n) => text.indexOf(`  ${n}: {`));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain(
      'export const operationNames: readonly OperationName[] = [\n  "GetThing",\n  "ListWidgets",\n  "Ping",\n  "PutThing",\n];',
    );
  });

  test('the error table has every error with status and fault', () => {
    expect(text).toContain('  Boom: { status: 500, fault: "server" },\n  NotFound: { status: 404, fault: "client" },');
  });
});

describe('buildModelView errors', () => {
  test.each([
    [
      'an operation without @http',
      (m: ReturnType<typeof tinyModel>) => delete m.shapes[tinyId('Ping')]?.traits,
      /no @http trait/,
    ],
    [
      'a service without restJson1',
      (m: ReturnType<typeof tinyModel>) => delete m.shapes[tinyId('Tiny')]?.traits?.['aws.protocols#restJson1'],
      /restJson1/,
    ],
    [
      'an unsupported HTTP method',
      (m: ReturnType<typeof tinyModel>) =>
        ((m.shapes[tinyId('Ping')] ?? { type: 'operation' }).traits = {
          'smithy.api#http': { method: 'HEAD', uri: '/Ping' },
        }),
      /uses HTTP method HEAD; supported: GET, POST, PUT, PATCH, DELETE/,
    ],
    [
      'an error without @error',
      (m: ReturnType<typeof tinyModel>) => delete m.shapes[tinyId('Bad')]?.traits,
      /not a structure with the @error trait/,
    ],
  ])('%s is reported', (_name, change, want) => {
    const model = tinyModel();
    change(model);
    const result = buildModelView(model);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(want);
  });

  test('two closure shapes with the same name are reported', () => {
    const model = tinyModel();
    model.shapes['other.ns#ThingId'] = { type: 'string' };
    const thing = model.shapes[tinyId('Thing')];
    if (thing?.members) thing.members['other'] = { target: 'other.ns#ThingId' };
    const result = buildModelView(model);
    expect(!result.ok && result.error.message).toMatch(/share the name 'ThingId'/);
  });
});

describe('the operation record (one description of an operation)', () => {
  const declared = (name: string): string[] => {
    const start = text.indexOf(`export interface ${name} {`);
    const body = text.slice(start, text.indexOf('\n}', start));
    return [...body.matchAll(/^ {2}readonly (\w+)/gm)].map((m) => m[1] ?? '');
  };

  test('operationRecordFields names every field of OperationRecord, and nothing else', () => {
    expectTypeOf<(typeof operationRecordFields)[number]>().toEqualTypeOf<keyof OperationRecord>();
  });

  test('the emitted OperationSpec declares exactly the fields of OperationRecord, in table order', () => {
    expect(declared('OperationSpec')).toEqual([...operationRecordFields]);
  });

  test('each table entry writes exactly those fields, in that order', () => {
    const fields = [...entry('GetThing').matchAll(/^ {4}(\w+): /gm)].map((m) => m[1]);
    expect(fields).toEqual([...operationRecordFields]);
  });
});
