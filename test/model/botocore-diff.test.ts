import { describe, expect, test } from 'vitest';
import { diffAgainstBotocore, type AstModelLike, type BotocoreFixture, type ModelDifference } from './botocore-diff.js';

const NS = 'example.things';

/** A tiny botocore model: one paginated tag-style operation, a few shapes and one error. */
const fixture: BotocoreFixture = {
  metadata: {
    apiVersion: '2001-01-01',
    endpointPrefix: 'things',
    protocol: 'rest-json',
    serviceFullName: 'Things',
    serviceId: 'things',
    signingName: 'things',
  },
  operations: {
    ListThingTags: {
      http: { method: 'POST', requestUri: '/tags/{arn}' },
      input: { shape: 'ListThingTagsRequest' },
      output: { shape: 'ListThingTagsResponse' },
      errors: [{ shape: 'NotFound' }],
    },
  },
  shapes: {
    ListThingTagsRequest: {
      type: 'structure',
      required: ['arn'],
      members: {
        arn: { shape: 'ThingArn', location: 'uri', locationName: 'arn' },
        keys: { shape: 'KeyList', location: 'querystring', locationName: 'key' },
        mode: { shape: 'Mode' },
        maxResults: { shape: 'MaxResults' },
        nextToken: { shape: 'Token' },
      },
    },
    ListThingTagsResponse: {
      type: 'structure',
      required: ['keys'],
      members: { keys: { shape: 'KeyList' }, nextToken: { shape: 'Token' } },
    },
    ThingArn: { type: 'string', min: 1, max: 128, pattern: '^arn:thing/[a-z]+$' },
    KeyList: { type: 'list', member: { shape: 'Token' }, min: 0, max: 5 },
    Mode: { type: 'string', enum: ['FAST', 'SLOW'] },
    MaxResults: { type: 'integer', min: 1, max: 10 },
    Token: { type: 'string', max: 64 },
    NotFound: {
      type: 'structure',
      members: { exceptionMessage: { shape: 'Token' } },
      error: { httpStatusCode: 404 },
      exception: true,
    },
  },
  paginators: {
    ListThingTags: { input_token: 'nextToken', output_token: 'nextToken', limit_key: 'maxResults', result_key: 'keys' },
  },
};

/** The same model written as a Smithy JSON AST, so that it has no differences at all. */
function matchingModel(): AstModelLike {
  const id = (name: string): string => `${NS}#${name}`;
  return {
    shapes: {
      [id('Things')]: {
        type: 'service',
        version: '2001-01-01',
        operations: [{ target: id('ListThingTags') }],
        traits: {
          'aws.api#service': { sdkId: 'things', endpointPrefix: 'things' },
          'aws.auth#sigv4': { name: 'things' },
          'aws.protocols#restJson1': {},
          'smithy.api#title': 'Things',
        },
      },
      [id('ListThingTags')]: {
        type: 'operation',
        input: { target: id('ListThingTagsRequest') },
        output: { target: id('ListThingTagsResponse') },
        errors: [{ target: id('NotFound') }],
        traits: {
          'smithy.api#http': { method: 'POST', uri: '/tags/{arn}' },
          'smithy.api#readonly': {},
          'smithy.api#paginated': {
            inputToken: 'nextToken',
            outputToken: 'nextToken',
            items: 'keys',
            pageSize: 'maxResults',
          },
        },
      },
      [id('ListThingTagsRequest')]: {
        type: 'structure',
        members: {
          arn: { target: id('ThingArn'), traits: { 'smithy.api#required': {}, 'smithy.api#httpLabel': {} } },
          keys: { target: id('KeyList'), traits: { 'smithy.api#httpQuery': 'key' } },
          mode: { target: id('Mode') },
          maxResults: { target: id('MaxResults') },
          nextToken: { target: id('Token'), traits: { 'smithy.api#documentation': 'Where to resume.' } },
        },
      },
      [id('ListThingTagsResponse')]: {
        type: 'structure',
        members: {
          keys: { target: id('KeyList'), traits: { 'smithy.api#required': {} } },
          nextToken: { target: id('Token') },
        },
      },
      [id('ThingArn')]: {
        type: 'string',
        traits: { 'smithy.api#length': { min: 1, max: 128 }, 'smithy.api#pattern': '^arn:thing/[a-z]+$' },
      },
      [id('KeyList')]: {
        type: 'list',
        member: { target: id('Token') },
        traits: { 'smithy.api#length': { min: 0, max: 5 } },
      },
      [id('Mode')]: {
        type: 'enum',
        members: {
          FAST: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'FAST' } },
          SLOW: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'SLOW' } },
        },
      },
      [id('MaxResults')]: { type: 'integer', traits: { 'smithy.api#range': { min: 1, max: 10 } } },
      [id('Token')]: { type: 'string', traits: { 'smithy.api#length': { max: 64 } } },
      [id('NotFound')]: {
        type: 'structure',
        members: { exceptionMessage: { target: id('Token') } },
        traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 404 },
      },
    },
  };
}

type Shapes = Record<string, Record<string, unknown>>;

/** Returns a copy of the matching model after `edit` has changed its shapes (keyed by short name). */
function modelWith(edit: (shapes: Shapes) => void): AstModelLike {
  const model = structuredClone(matchingModel()) as { shapes: Record<string, unknown> };
  const byName: Shapes = {};
  for (const [id, shape] of Object.entries(model.shapes))
    byName[id.slice(NS.length + 1)] = shape as Record<string, unknown>;
  edit(byName);
  const shapes: Record<string, unknown> = {};
  for (const [name, shape] of Object.entries(byName)) shapes[`${NS}#${name}`] = shape;
  return { shapes } as unknown as AstModelLike;
}

const diff = (model: AstModelLike): ModelDifference[] => diffAgainstBotocore(model, fixture, NS);
const row = (subject: string, aspect: string, botocore: string, ours: string): ModelDifference => ({
  subject,
  aspect,
  botocore,
  ours,
});

describe('diffAgainstBotocore', () => {
  test('a model that states the same facts has no differences', () => {
    expect(diff(matchingModel())).toEqual([]);
  });

  test('shapes outside the compared namespace are ignored', () => {
    const model = modelWith(() => undefined);
    const withPrelude = { shapes: { ...model.shapes, 'other.ns#Extra': { type: 'string' } } };
    expect(diff(withPrelude)).toEqual([]);
  });

  test.each<[string, (shapes: Shapes) => void, ModelDifference[]]>([
    [
      'a changed pattern',
      (s) => {
        s['ThingArn'] = { type: 'string', traits: { 'smithy.api#length': { min: 1, max: 128 } } };
      },
      [row('ThingArn', 'pattern', '^arn:thing/[a-z]+$', '(none)')],
    ],
    [
      'a changed length',
      (s) => {
        s['Token'] = { type: 'string', traits: { 'smithy.api#length': { min: 1, max: 64 } } };
      },
      [row('Token', 'length', '..64', '1..64')],
    ],
    [
      'a changed range',
      (s) => {
        s['MaxResults'] = { type: 'integer', traits: { 'smithy.api#range': { min: 1, max: 100 } } };
      },
      [row('MaxResults', 'range', '1..10', '1..100')],
    ],
    [
      'a changed shape type',
      (s) => {
        s['MaxResults'] = { type: 'long', traits: { 'smithy.api#range': { min: 1, max: 10 } } };
      },
      [row('MaxResults', 'shape', 'integer', 'long')],
    ],
    [
      'a missing shape',
      (s) => {
        delete s['Mode'];
      },
      [row('Mode', 'shape', 'enum', '(none)')],
    ],
    [
      'an extra shape',
      (s) => {
        s['Extra'] = { type: 'string' };
      },
      [row('Extra', 'shape', '(none)', 'string')],
    ],
    [
      'a changed enum value, one row per value',
      (s) => {
        s['Mode'] = {
          type: 'enum',
          members: { FAST: { target: 'smithy.api#Unit' }, SLOWER: { target: 'smithy.api#Unit' } },
        };
      },
      [row('Mode', 'enumValue', 'SLOW', '(none)'), row('Mode', 'enumValue', '(none)', 'SLOWER')],
    ],
    [
      'an added enum value',
      (s) => {
        s['Mode'] = {
          type: 'enum',
          members: {
            FAST: { target: 'smithy.api#Unit' },
            SLOW: { target: 'smithy.api#Unit' },
            TURBO: { target: 'smithy.api#Unit' },
          },
        };
      },
      [row('Mode', 'enumValue', '(none)', 'TURBO')],
    ],
    [
      'a member that is no longer required',
      (s) => {
        (s['ListThingTagsResponse'] as { members: Record<string, unknown> }).members['keys'] = {
          target: `${NS}#KeyList`,
        };
      },
      [row('ListThingTagsResponse$keys', 'required', 'true', 'false')],
    ],
    [
      'a missing member',
      (s) => {
        delete (s['ListThingTagsRequest'] as { members: Record<string, unknown> }).members['mode'];
      },
      [row('ListThingTagsRequest$mode', 'member', 'Mode', '(none)')],
    ],
    [
      'a label bound as a body member',
      (s) => {
        const members = (s['ListThingTagsRequest'] as { members: Record<string, unknown> }).members;
        members['arn'] = { target: `${NS}#ThingArn`, traits: { 'smithy.api#required': {} } };
      },
      [row('ListThingTagsRequest$arn', 'binding', 'label:arn', 'body')],
    ],
    [
      'a renamed query parameter',
      (s) => {
        const members = (s['ListThingTagsRequest'] as { members: Record<string, unknown> }).members;
        members['keys'] = { target: `${NS}#KeyList`, traits: { 'smithy.api#httpQuery': 'keys' } };
      },
      [row('ListThingTagsRequest$keys', 'binding', 'query:key', 'query:keys')],
    ],
    [
      'a constraint put on a member',
      (s) => {
        const members = (s['ListThingTagsRequest'] as { members: Record<string, unknown> }).members;
        members['mode'] = { target: `${NS}#Mode`, traits: { 'smithy.api#pattern': '^F' } };
      },
      [row('ListThingTagsRequest$mode', 'pattern', '(none)', '^F')],
    ],
    [
      'a changed list member target',
      (s) => {
        s['KeyList'] = {
          type: 'list',
          member: { target: 'smithy.api#String' },
          traits: { 'smithy.api#length': { min: 0, max: 5 } },
        };
      },
      [row('KeyList$member', 'target', 'Token', 'smithy.api#String')],
    ],
    [
      'a changed error status and fault',
      (s) => {
        s['NotFound'] = {
          type: 'structure',
          members: { exceptionMessage: { target: `${NS}#Token` } },
          traits: { 'smithy.api#error': 'server', 'smithy.api#httpError': 503 },
        };
      },
      [row('NotFound', 'fault', 'client', 'server'), row('NotFound', 'httpError', '404', '503')],
    ],
    [
      'a changed success code and an added error',
      (s) => {
        const op = s['ListThingTags'] as { traits: Record<string, unknown>; errors: unknown[] };
        op.traits['smithy.api#http'] = { method: 'POST', uri: '/tags/{arn}', code: 204 };
        op.errors.push({ target: `${NS}#Extra` });
      },
      [row('ListThingTags', 'code', '200', '204'), row('ListThingTags', 'error', '(none)', 'Extra')],
    ],
    [
      'a changed method and paginator',
      (s) => {
        const op = s['ListThingTags'] as { traits: Record<string, unknown> };
        op.traits['smithy.api#http'] = { method: 'GET', uri: '/tags/{arn}' };
        op.traits['smithy.api#paginated'] = { inputToken: 'nextToken', outputToken: 'nextToken', items: 'keys' };
      },
      [
        row('ListThingTags', 'http', 'POST /tags/{arn}', 'GET /tags/{arn}'),
        row(
          'ListThingTags',
          'paginated',
          'inputToken=nextToken outputToken=nextToken items=keys pageSize=maxResults',
          'inputToken=nextToken outputToken=nextToken items=keys pageSize=(none)',
        ),
      ],
    ],
    [
      'a dropped output and an added idempotent trait',
      (s) => {
        const op = s['ListThingTags'] as { output?: unknown; traits: Record<string, unknown> };
        op.output = { target: 'smithy.api#Unit' };
        op.traits['smithy.api#idempotent'] = {};
      },
      [
        row('ListThingTags', 'idempotent', 'false', 'true'),
        row('ListThingTags', 'output', 'ListThingTagsResponse', '(none)'),
      ],
    ],
    [
      'a changed service version and protocol',
      (s) => {
        const service = s['Things'] as { version: string; traits: Record<string, unknown> };
        service.version = '2002-02-02';
        delete service.traits['aws.protocols#restJson1'];
        service.traits['aws.protocols#awsJson1_1'] = {};
      },
      [
        row('service', 'protocol', 'aws.protocols#restJson1', 'aws.protocols#awsJson1_1'),
        row('service', 'version', '2001-01-01', '2002-02-02'),
      ],
    ],
    [
      'an own byteLength trait',
      (s) => {
        s['Token'] = {
          type: 'string',
          traits: { 'smithy.api#length': { max: 64 }, 'ivs.contract#byteLength': { max: 32 } },
        };
      },
      [row('Token', 'byteLength', '(none)', '..32')],
    ],
  ])('reports %s', (_name, edit, want) => {
    expect(diff(modelWith(edit))).toEqual(want);
  });
});
