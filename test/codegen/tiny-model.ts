// A small hand-written JSON AST that exercises every shape kind and binding the emitters handle.
import type { AstShape, SmithyAst } from '../../src/smithy/ast.js';

const ns = 'example.tiny';
const id = (name: string) => `${ns}#${name}`;
const req = { 'smithy.api#required': {} };

/** The shapes of the tiny model by absolute id. */
export const tinyShapes: Record<string, AstShape> = {
  [id('Tiny')]: {
    type: 'service',
    version: '2024-01-01',
    operations: [{ target: id('PutThing') }, { target: id('GetThing') }],
    resources: [{ target: id('Widget') }],
    errors: [{ target: id('Boom') }],
    traits: {
      'aws.api#service': { sdkId: 'Tiny', arnNamespace: 'tiny' },
      'aws.auth#sigv4': { name: 'tiny' },
      'aws.protocols#restJson1': {},
      'smithy.api#documentation': 'A tiny service.',
    },
  },
  [id('Widget')]: { type: 'resource', list: { target: id('ListWidgets') }, operations: [{ target: id('Ping') }] },
  [id('GetThing')]: {
    type: 'operation',
    input: { target: id('GetThingInput') },
    output: { target: id('Thing') },
    errors: [{ target: id('NotFound') }, { target: id('Bad') }],
    traits: { 'smithy.api#http': { method: 'GET', uri: '/things/{thingId}' }, 'smithy.api#readonly': {} },
  },
  [id('PutThing')]: {
    type: 'operation',
    input: { target: id('Thing') },
    output: { target: 'smithy.api#Unit' },
    errors: [{ target: id('Bad') }],
    traits: { 'smithy.api#http': { method: 'POST', uri: '/PutThing', code: 204 }, 'smithy.api#idempotent': {} },
  },
  [id('ListWidgets')]: {
    type: 'operation',
    input: { target: id('ListWidgetsInput') },
    output: { target: id('ListWidgetsOutput') },
    traits: {
      'smithy.api#http': { method: 'POST', uri: '/ListWidgets' },
      'smithy.api#readonly': {},
      'smithy.api#paginated': {
        inputToken: 'nextToken',
        outputToken: 'nextToken',
        items: 'widgets',
        pageSize: 'maxResults',
      },
    },
  },
  [id('Ping')]: { type: 'operation', traits: { 'smithy.api#http': { method: 'POST', uri: '/Ping' } } },
  [id('GetThingInput')]: {
    type: 'structure',
    members: {
      thingId: { target: id('ThingId'), traits: { ...req, 'smithy.api#httpLabel': {} } },
      tagKeys: { target: id('Names'), traits: { 'smithy.api#httpQuery': 'tagKeys' } },
      verbose: { target: 'smithy.api#Boolean', traits: { 'smithy.api#httpQuery': 'verbose' } },
    },
    traits: { 'smithy.api#input': {} },
  },
  [id('ListWidgetsInput')]: {
    type: 'structure',
    members: {
      nextToken: { target: 'smithy.api#String' },
      maxResults: { target: id('Max'), traits: { 'smithy.api#range': { min: 1, max: 10 } } },
    },
  },
  [id('ListWidgetsOutput')]: {
    type: 'structure',
    members: { widgets: { target: id('Names'), traits: req }, nextToken: { target: 'smithy.api#String' } },
  },
  [id('Thing')]: {
    type: 'structure',
    members: {
      thingId: { target: id('ThingId'), traits: req },
      note: { target: id('Note') },
      color: { target: id('Color'), traits: { 'smithy.api#default': 'RED' } },
      level: { target: id('Level') },
      seen: { target: id('SeenAt') },
      raw: { target: 'smithy.api#Blob' },
      extra: { target: 'smithy.api#Document' },
      count: { target: 'smithy.api#Long' },
      ratio: { target: 'smithy.api#Double' },
      shape: { target: id('Shape') },
      parent: { target: id('Thing') },
      maybe: { target: id('Sparse') },
      labels: { target: id('Labels') },
      shortNote: { target: id('Note'), traits: { 'smithy.api#length': { max: 3 } } },
    },
    traits: { 'smithy.api#documentation': 'A thing.\nWith two lines.' },
  },
  [id('ThingId')]: {
    type: 'string',
    traits: { 'smithy.api#length': { min: 1, max: 8 }, 'smithy.api#pattern': '^[a-z]+$' },
  },
  [id('Note')]: { type: 'string', traits: { 'ivs.contract#byteLength': { max: 4 } } },
  [id('Max')]: { type: 'integer', traits: { 'smithy.api#range': { min: 1, max: 50 } } },
  [id('Color')]: {
    type: 'enum',
    members: {
      RED: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'RED' } },
      DARK_BLUE: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'dark-blue' } },
    },
  },
  [id('Level')]: {
    type: 'intEnum',
    members: {
      LOW: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 1 } },
      HIGH: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 2 } },
    },
  },
  [id('SeenAt')]: { type: 'timestamp', traits: { 'smithy.api#timestampFormat': 'date-time' } },
  [id('Shape')]: {
    type: 'union',
    members: { circle: { target: 'smithy.api#Integer' }, empty: { target: 'smithy.api#Unit' } },
  },
  [id('Sparse')]: { type: 'list', member: { target: 'smithy.api#String' }, traits: { 'smithy.api#sparse': {} } },
  [id('Names')]: {
    type: 'list',
    member: { target: id('ThingId') },
    traits: { 'smithy.api#length': { min: 0, max: 2 } },
  },
  [id('Labels')]: {
    type: 'map',
    key: { target: id('ThingId') },
    value: { target: 'smithy.api#String' },
    traits: { 'smithy.api#length': { max: 2 } },
  },
  [id('NotFound')]: {
    type: 'structure',
    members: { exceptionMessage: { target: 'smithy.api#String' } },
    traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 404 },
  },
  [id('Bad')]: {
    type: 'structure',
    members: { exceptionMessage: { target: 'smithy.api#String' } },
    traits: { 'smithy.api#error': 'client' },
  },
  [id('Boom')]: { type: 'structure', members: {}, traits: { 'smithy.api#error': 'server' } },
  [id('Unused')]: { type: 'string' },
};

/** A fresh copy of the tiny model (tests may modify it). */
export function tinyModel(): SmithyAst {
  return structuredClone({ smithy: '2.0', shapes: tinyShapes });
}

/** The tiny model's shape id for a name. */
export const tinyId = id;
