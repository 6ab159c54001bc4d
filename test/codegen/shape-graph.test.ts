import { describe, expect, test } from 'vitest';
import type { AstShape } from '../../src/smithy/ast.js';
import {
  errorStatus,
  findService,
  inputBindings,
  memberConstraints,
  operationIo,
  serviceClosure,
  serviceOperations,
  shapeName,
  uriLabels,
} from '../../src/smithy/shape-graph.js';
import { tinyId, tinyModel } from './tiny-model.js';

const ast = tinyModel();
const service = tinyId('Tiny');

describe('findService', () => {
  test('finds the one service', () => {
    expect(findService(ast)).toEqual({ ok: true, value: { id: service, shape: ast.shapes[service] } });
  });

  test.each([
    ['no service', {}, /no service/],
    ['two services', { 'a#A': { type: 'service' }, 'a#B': { type: 'service' } }, /2 services/],
  ] as const)('%s is an error', (_name, shapes, want) => {
    const result = findService({ smithy: '2.0', shapes: shapes as Record<string, AstShape> });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(want);
  });
});

describe('serviceOperations', () => {
  test('includes resource operations and sorts by name', () => {
    expect(serviceOperations(ast, service).map(shapeName)).toEqual(['GetThing', 'ListWidgets', 'Ping', 'PutThing']);
  });
});

describe('serviceClosure', () => {
  const closure = serviceClosure(ast, service).map(shapeName);

  test('holds every reachable shape sorted by name, and no prelude or unreachable shape', () => {
    expect(closure).toEqual([
      'Bad',
      'Boom',
      'Color',
      'GetThingInput',
      'Labels',
      'Level',
      'ListWidgetsInput',
      'ListWidgetsOutput',
      'Max',
      'Names',
      'NotFound',
      'Note',
      'SeenAt',
      'Shape',
      'Sparse',
      'Thing',
      'ThingId',
    ]);
  });
});

describe('memberConstraints', () => {
  test.each([
    [
      'target constraints apply to a plain member',
      'Thing',
      'thingId',
      { length: { min: 1, max: 8 }, pattern: '^[a-z]+$' },
    ],
    [
      'a member trait overrides the same trait on the target',
      'ListWidgetsInput',
      'maxResults',
      { range: { min: 1, max: 10 } },
    ],
    ['member and target traits combine', 'Thing', 'shortNote', { byteLength: { max: 4 }, length: { max: 3 } }],
    ['a prelude target has no constraints', 'Thing', 'count', {}],
  ])('%s', (_name, shape, member, want) => {
    const m = ast.shapes[tinyId(shape)]?.members?.[member];
    expect(m && memberConstraints(ast, m)).toEqual(want);
  });
});

describe('operationIo', () => {
  test.each([
    [
      'input, output and errors',
      'GetThing',
      { input: tinyId('GetThingInput'), output: tinyId('Thing'), errors: [tinyId('NotFound'), tinyId('Bad')] },
    ],
    ['Unit output is null', 'PutThing', { input: tinyId('Thing'), output: null, errors: [tinyId('Bad')] }],
    ['absent input and output are null', 'Ping', { input: null, output: null, errors: [] }],
  ])('%s', (_name, op, want) => {
    expect(operationIo(ast, tinyId(op))).toEqual(want);
  });
});

describe('errorStatus', () => {
  test.each([
    ['httpError wins', 'NotFound', { status: 404, fault: 'client' }],
    ['client error defaults to 400', 'Bad', { status: 400, fault: 'client' }],
    ['server error defaults to 500', 'Boom', { status: 500, fault: 'server' }],
  ])('%s', (_name, shape, want) => {
    expect(errorStatus(ast.shapes[tinyId(shape)] as AstShape)).toEqual(want);
  });
});

describe('inputBindings', () => {
  test('splits labels, query parameters and body members', () => {
    expect(inputBindings(ast, tinyId('GetThing'))).toEqual({
      labels: ['thingId'],
      query: [
        { member: 'tagKeys', name: 'tagKeys', list: true },
        { member: 'verbose', name: 'verbose', list: false },
      ],
      headers: [],
      payload: null,
      body: [],
    });
  });

  test('an operation without bindings sends every member in the body', () => {
    expect(inputBindings(ast, tinyId('ListWidgets')).body).toEqual(['nextToken', 'maxResults']);
  });
});

describe('uriLabels', () => {
  test.each([
    ['/a', []],
    ['/tags/{resourceArn}', ['resourceArn']],
    ['/x/{a}/y/{b+}', ['a', 'b']],
  ])('%s', (uri, want) => {
    expect(uriLabels(uri)).toEqual(want);
  });
});
