import { describe, expect, test } from 'vitest';
import { schemaDocuments, emitJsonSchemas } from '../../src/codegen/emit-json-schema.js';
import { memberSchema, shapeSchema, stripAnnotations, type SchemaContext } from '../../src/codegen/json-schema-of.js';
import { buildModelView } from '../../src/codegen/model-view.js';
import { constraintCases } from './constraint-examples.js';
import { strictAjv } from './helpers.js';
import { tinyId, tinyModel } from './tiny-model.js';

const ast = tinyModel();
const ctx: SchemaContext = { ast, refPrefix: '#/$defs/' };
const member = (shape: string, name: string) => ast.shapes[tinyId(shape)]?.members?.[name] ?? { target: 'missing' };

describe('shapeSchema', () => {
  test.each([
    [
      '@length and @pattern on a string',
      { given: 'ThingId', want: { type: 'string', minLength: 1, maxLength: 8, pattern: '^[a-z]+$' } },
    ],
    ['byteLength becomes maxBytes', { given: 'Note', want: { type: 'string', maxBytes: 4 } }],
    ['@range on an integer', { given: 'Max', want: { type: 'integer', minimum: 1, maximum: 50 } }],
    ['enum values (not member names)', { given: 'Color', want: { type: 'string', enum: ['RED', 'dark-blue'] } }],
    ['intEnum values', { given: 'Level', want: { type: 'integer', enum: [1, 2] } }],
    ['date-time timestamp', { given: 'SeenAt', want: { type: 'string', format: 'date-time' } }],
    [
      'sparse list items may be null',
      { given: 'Sparse', want: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'null' }] } } },
    ],
    [
      '@length on a list counts items',
      { given: 'Names', want: { type: 'array', items: { $ref: '#/$defs/ThingId' }, minItems: 0, maxItems: 2 } },
    ],
    [
      'map keys become propertyNames, @length counts entries',
      {
        given: 'Labels',
        want: {
          type: 'object',
          propertyNames: { $ref: '#/$defs/ThingId' },
          additionalProperties: { type: 'string' },
          maxProperties: 2,
        },
      },
    ],
    [
      'a union needs exactly one member',
      {
        given: 'Shape',
        want: {
          type: 'object',
          properties: { circle: { type: 'integer' }, empty: { type: 'object', properties: {} } },
          oneOf: [
            { properties: { circle: {} }, required: ['circle'] },
            { properties: { empty: {} }, required: ['empty'] },
          ],
        },
      },
    ],
    [
      'an error structure',
      { given: 'NotFound', want: { type: 'object', properties: { exceptionMessage: { type: 'string' } } } },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(shapeSchema(ctx, tinyId(given))).toEqual(want);
  });

  test('a structure lists required members and never forbids unknown ones', () => {
    const schema = shapeSchema(ctx, tinyId('Thing'));
    expect(schema['required']).toEqual(['thingId']);
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema['description']).toBe('A thing.\nWith two lines.');
  });
});

describe('memberSchema', () => {
  test.each([
    ['a plain member refers to its target', { given: member('Thing', 'thingId'), want: { $ref: '#/$defs/ThingId' } }],
    [
      'a member @default is kept as an annotation',
      { given: member('Thing', 'color'), want: { $ref: '#/$defs/Color', default: 'RED' } },
    ],
    ['a prelude target is inlined', { given: member('Thing', 'count'), want: { type: 'integer' } }],
    [
      'a blob is a base64 string',
      { given: member('Thing', 'raw'), want: { type: 'string', contentEncoding: 'base64' } },
    ],
    ['a document accepts anything', { given: member('Thing', 'extra'), want: {} }],
    [
      'a member constraint overrides its target and inlines it',
      { given: member('Thing', 'shortNote'), want: { type: 'string', maxLength: 3, maxBytes: 4 } },
    ],
    [
      'a member @range replaces the target range',
      { given: member('ListWidgetsInput', 'maxResults'), want: { type: 'integer', minimum: 1, maximum: 10 } },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(memberSchema(ctx, given)).toEqual(want);
  });
});

describe('stripAnnotations', () => {
  test('drops annotations but keeps members that are named like them', () => {
    const given = {
      type: 'object',
      description: 'x',
      properties: { description: { type: 'string', description: 'y', default: 'z' } },
    };
    expect(stripAnnotations(given)).toEqual({ type: 'object', properties: { description: { type: 'string' } } });
  });
});

describe('schema documents', () => {
  const view = buildModelView(ast);
  if (!view.ok) throw new Error(view.error.message);
  const docs = schemaDocuments(view.value, { source: 'tiny' });
  const files = emitJsonSchemas(docs);
  const sharedAjv = strictAjv();

  test('one file per shape and two per operation', () => {
    expect([...files.keys()].filter((p) => p.startsWith('schemas/operations/'))).toHaveLength(8);
    expect(files.has('schemas/shapes/Thing.schema.json')).toBe(true);
    expect(files.has('schemas/shapes/Unused.schema.json')).toBe(false);
  });

  test('a recursive shape refers to itself through $defs', () => {
    const doc = docs.shapes.get('Thing') ?? {};
    expect((doc['properties'] as Record<string, unknown>)['parent']).toEqual({ $ref: '#/$defs/Thing' });
    expect(Object.keys(doc['$defs'] as object)).toContain('Thing');
  });

  test('a document has only the definitions it reaches', () => {
    expect(Object.keys(docs.shapes.get('Names')?.['$defs'] as object)).toEqual(['ThingId']);
    expect(docs.shapes.get('ThingId')).not.toHaveProperty('$defs');
  });

  test('a Unit input or output is an object with no members', () => {
    expect(docs.inputs.get('Ping')).toMatchObject({ type: 'object' });
    expect(docs.outputs.get('PutThing')).toMatchObject({ type: 'object' });
  });

  test('every document compiles with strict Ajv', () => {
    const ajv = strictAjv();
    for (const [path, text] of files) expect(() => ajv.compile(JSON.parse(text)), path).not.toThrow();
  });

  test.each([
    ['a union with one member is valid', { given: { circle: 1 }, want: true }],
    ['a union with two members is invalid', { given: { circle: 1, empty: {} }, want: false }],
    ['a union with no member is invalid', { given: {}, want: false }],
  ])('%s', (_name, { given, want }) => {
    expect(sharedAjv.compile(docs.shapes.get('Shape') ?? {})(given)).toBe(want);
  });

  test.each([
    ['4 ASCII bytes fit', { given: 'abcd', want: true }],
    ['3 characters of 2 bytes do not', { given: 'ééé', want: false }],
  ])('maxBytes counts UTF-8 bytes: %s', (_name, { given, want }) => {
    expect(sharedAjv.compile(docs.shapes.get('Note') ?? {})(given)).toBe(want);
  });
});

describe('member constraints in documents', () => {
  const view = buildModelView(ast);
  if (!view.ok) throw new Error(view.error.message);
  const docs = schemaDocuments(view.value, { source: 'tiny' });
  const ajv = strictAjv();
  const cases = [...docs.inputs].flatMap(([name, doc]) => {
    const validate = ajv.compile(doc);
    return constraintCases(name, doc)
      .filter((c) => c.member !== '')
      .map((c) => [`${name} ${c.member}.${c.keyword}`, c, validate] as const);
  });

  test('are found by walking the documents', () => {
    expect(cases.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'ListWidgets maxResults.maximum',
        'PutThing shortNote.maxLength',
        'PutThing shortNote.maxBytes',
      ]),
    );
  });

  test.each(cases)('%s is rejected by that keyword', (_name, c, validate) => {
    expect(validate(c.value)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain(c.keyword);
  });
});
