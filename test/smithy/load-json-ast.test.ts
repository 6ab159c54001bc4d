import { describe, expect, test } from 'vitest';
import { formatDiagnostic, loadJsonAst, loadModel, type SmithyAst } from '../../src/smithy/index.js';

/** An AWS-style JSON AST in the Smithy CLI's own order (shapes and traits sorted, CLI key order). */
const AWS_STYLE: SmithyAst = {
  smithy: '2.0',
  metadata: { suppressions: [{ id: 'HttpMethodSemantics', namespace: '*' }] },
  shapes: {
    'com.example.video#ConflictException': {
      type: 'structure',
      members: { exceptionMessage: { target: 'com.example.video#ErrorMessage' } },
      traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 409 },
    },
    'com.example.video#ErrorMessage': { type: 'string' },
    'com.example.video#ListRooms': {
      type: 'operation',
      input: { target: 'com.example.video#ListRoomsRequest' },
      output: { target: 'com.example.video#ListRoomsResponse' },
      errors: [{ target: 'com.example.video#ConflictException' }],
      traits: {
        'smithy.api#http': { method: 'POST', uri: '/ListRooms', code: 200 },
        'smithy.api#paginated': { inputToken: 'nextToken', outputToken: 'nextToken', pageSize: 'maxResults' },
        'smithy.api#readonly': {},
      },
    },
    'com.example.video#ListRoomsRequest': {
      type: 'structure',
      members: {
        nextToken: { target: 'com.example.video#PaginationToken' },
        maxResults: {
          target: 'com.example.video#MaxResults',
          traits: { 'smithy.api#default': 50 },
        },
      },
      traits: { 'smithy.api#input': {} },
    },
    'com.example.video#ListRoomsResponse': {
      type: 'structure',
      members: {
        rooms: { target: 'com.example.video#Rooms', traits: { 'smithy.api#required': {} } },
        nextToken: { target: 'com.example.video#PaginationToken' },
      },
      traits: { 'smithy.api#output': {} },
    },
    'com.example.video#MaxResults': {
      type: 'integer',
      traits: { 'smithy.api#default': 50, 'smithy.api#range': { min: 1, max: 100 } },
    },
    'com.example.video#PaginationToken': {
      type: 'string',
      traits: { 'smithy.api#length': { min: 0, max: 1024 }, 'smithy.api#pattern': '^[a-zA-Z0-9+/=]*$' },
    },
    'com.example.video#Room': {
      type: 'enum',
      members: {
        BASIC: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'BASIC' } },
        PREMIUM: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'PREMIUM' } },
      },
    },
    'com.example.video#Rooms': { type: 'list', member: { target: 'com.example.video#Room' } },
    'com.example.video#Video': {
      type: 'service',
      version: '2030-07-14',
      operations: [{ target: 'com.example.video#ListRooms' }],
      traits: {
        'aws.api#service': {
          sdkId: 'video',
          arnNamespace: 'video',
          cloudFormationName: 'Video',
          cloudTrailEventSource: 'video.amazonaws.com',
          endpointPrefix: 'video',
        },
        'aws.auth#sigv4': { name: 'video' },
        'aws.protocols#restJson1': {},
        'smithy.api#cors': {},
        'smithy.api#title': 'Example Video',
        'smithy.rules#endpointRuleSet': {
          version: '1.0',
          parameters: { Region: { builtIn: 'AWS::Region', required: false, type: 'String' } },
          rules: [
            {
              conditions: [{ fn: 'isSet', argv: [{ ref: 'Region' }] }],
              endpoint: { url: 'https://video.{Region}.amazonaws.com', properties: {}, headers: {} },
              type: 'endpoint',
            },
          ],
        },
      },
    },
  },
};

function errorsOf(text: string): string[] {
  const result = loadJsonAst(text, 'model.json');
  return result.ok ? [] : result.errors.map(formatDiagnostic);
}

describe('loadJsonAst', () => {
  test('returns an AWS-style JSON AST unchanged, key order included', () => {
    const text = JSON.stringify(AWS_STYLE, null, 4);
    const result = loadJsonAst(text, 'model.json');
    expect(result.ok && JSON.stringify(result.model, null, 4)).toBe(text);
  });

  test('reports a member target that does not exist, naming the member', () => {
    const text = JSON.stringify({
      smithy: '2.0',
      shapes: { 'a.b#S': { type: 'structure', members: { x: { target: 'a.b#Nope' } } } },
    });
    expect(errorsOf(text)).toEqual(['a.b#S$x: ERROR: Member a.b#S$x targets a.b#Nope, which does not exist']);
  });

  test('reports an unknown shape type, naming the shape', () => {
    const text = JSON.stringify({ smithy: '2.0', shapes: { 'a.b#S': { type: 'strang' } } });
    expect(errorsOf(text)).toEqual(['a.b#S: ERROR: Unknown shape type "strang"']);
  });

  test('reports a relative shape id', () => {
    const text = JSON.stringify({ smithy: '2.0', shapes: { S: { type: 'string' } } });
    expect(errorsOf(text)).toEqual(["S: ERROR: Invalid shape id 'S': JSON AST ids must be absolute (namespace#Name)"]);
  });

  test('reports malformed JSON with its position', () => {
    expect(errorsOf('{\n  "smithy": "2.0",\n  "shapes": {,}\n}')).toHaveLength(1);
    expect(errorsOf('{\n  "smithy": "2.0",\n  "shapes": {,}\n}')[0]).toMatch(
      /^model\.json:3:\d+: ERROR: Invalid JSON: /,
    );
  });

  test('reports a missing smithy version', () => {
    expect(errorsOf('{"shapes": {}}')).toEqual([
      'model.json: ERROR: Unsupported or missing "smithy" version undefined; expected "1.0" or "2.0"',
    ]);
  });

  test('folds apply entries into their targets', () => {
    const text = JSON.stringify({
      smithy: '2.0',
      shapes: {
        'a.b#S': { type: 'structure', members: { x: { target: 'smithy.api#String' } } },
        'a.b#S$x': { type: 'apply', traits: { 'smithy.api#required': {} } },
      },
    });
    const result = loadJsonAst(text, 'model.json');
    expect(result.ok && result.model.shapes).toEqual({
      'a.b#S': {
        type: 'structure',
        members: { x: { target: 'smithy.api#String', traits: { 'smithy.api#required': {} } } },
      },
    });
  });

  test('flattens JSON mixins like IDL ones', () => {
    const text = JSON.stringify({
      smithy: '2.0',
      shapes: {
        'a.b#M': {
          type: 'structure',
          members: { id: { target: 'smithy.api#String' } },
          traits: { 'smithy.api#mixin': {} },
        },
        'a.b#S': { type: 'structure', mixins: [{ target: 'a.b#M' }], members: {} },
      },
    });
    const result = loadJsonAst(text, 'model.json');
    expect(result.ok && result.model.shapes['a.b#S']).toEqual({
      type: 'structure',
      members: { id: { target: 'smithy.api#String' } },
    });
  });

  test('upgrades a 1.0 AST: sets become lists with @uniqueItems, missing input/output become Unit', () => {
    const text = JSON.stringify({
      smithy: '1.0',
      shapes: {
        'a.b#Names': { type: 'set', member: { target: 'smithy.api#String' } },
        'a.b#Ping': { type: 'operation' },
      },
    });
    const result = loadJsonAst(text, 'model.json');
    expect(result.ok && result.model.shapes).toEqual({
      'a.b#Names': { type: 'list', member: { target: 'smithy.api#String' }, traits: { 'smithy.api#uniqueItems': {} } },
      'a.b#Ping': { type: 'operation', input: { target: 'smithy.api#Unit' }, output: { target: 'smithy.api#Unit' } },
    });
  });

  test('warns about integers a JS number cannot hold exactly', () => {
    const text =
      '{"smithy": "2.0", "shapes": {"a.b#L": {"type": "long", "traits": {"smithy.api#range": {"max": 9223372036854775807}}}}}';
    const result = loadJsonAst(text, 'model.json');
    expect(result.warnings.map(formatDiagnostic)).toEqual([
      'model.json:1:95: WARNING: Integer 9223372036854775807 is beyond ±2^53 and is kept as the nearest double, 9223372036854776000',
    ]);
  });

  test('warns about unknown shape properties and keeps loading', () => {
    const text = JSON.stringify({ smithy: '2.0', shapes: { 'a.b#S': { type: 'string', members: {} } } });
    const result = loadJsonAst(text, 'model.json');
    expect(result.ok && result.warnings.map(formatDiagnostic)).toEqual([
      'a.b#S: WARNING: Unknown property "members" on a string shape is ignored',
    ]);
  });

  test('reports an apply entry whose target does not exist', () => {
    const text = JSON.stringify({
      smithy: '2.0',
      shapes: { 'a.b#Nope': { type: 'apply', traits: { 'smithy.api#sensitive': {} } } },
    });
    expect(errorsOf(text)).toEqual(['a.b#Nope: ERROR: apply targets a.b#Nope, which does not exist']);
  });

  test('reports a trait placed on the wrong kind of shape, naming the shape', () => {
    const text = JSON.stringify({
      smithy: '2.0',
      shapes: { 'a.b#S': { type: 'string', traits: { 'smithy.api#required': {} } } },
    });
    expect(errorsOf(text)).toEqual([
      'a.b#S: ERROR: Trait @required cannot be applied to a.b#S, a string shape; it applies to structure members',
    ]);
  });

  test('loads together with IDL files, resolving IDL references to JSON shapes', () => {
    const json = JSON.stringify({ smithy: '2.0', shapes: { 'a.b#Name': { type: 'string' } } });
    const idl = '$version: "2"\nnamespace a.b\nstructure S {\n    name: Name\n}\n';
    const result = loadModel([
      { path: 'names.json', text: json },
      { path: 's.smithy', text: idl },
    ]);
    expect(result.ok && result.model.shapes['a.b#S']).toEqual({
      type: 'structure',
      members: { name: { target: 'a.b#Name' } },
    });
  });

  test('upgrades 1.0 nullability to 2.0 defaults', () => {
    const text = JSON.stringify({
      smithy: '1.0',
      shapes: {
        'a.b#Count': { type: 'integer' },
        'a.b#Maybe': { type: 'integer', traits: { 'smithy.api#box': {} } },
        'a.b#Stream': { type: 'blob', traits: { 'smithy.api#streaming': {} } },
        'a.b#S': {
          type: 'structure',
          members: {
            count: { target: 'a.b#Count' },
            boxed: { target: 'a.b#Count', traits: { 'smithy.api#box': {} } },
            maybe: { target: 'a.b#Maybe' },
            flag: { target: 'smithy.api#PrimitiveBoolean' },
            body: { target: 'a.b#Stream' },
          },
        },
      },
    });
    const result = loadJsonAst(text, 'model.json');
    if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
    expect(result.model.shapes['a.b#Count']).toEqual({ type: 'integer', traits: { 'smithy.api#default': 0 } });
    expect(result.model.shapes['a.b#S']?.members).toEqual({
      count: { target: 'a.b#Count', traits: { 'smithy.api#default': 0 } },
      boxed: { target: 'a.b#Count', traits: { 'smithy.api#box': {}, 'smithy.api#default': null } },
      maybe: { target: 'a.b#Maybe' },
      flag: { target: 'smithy.api#PrimitiveBoolean', traits: { 'smithy.api#default': false } },
      body: { target: 'a.b#Stream', traits: { 'smithy.api#default': '' } },
    });
  });
});
