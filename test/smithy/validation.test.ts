import { describe, expect, test } from 'vitest';
import { formatDiagnostic, loadModel, type ModelSource } from '../../src/smithy/index.js';

const H = '$version: "2"\nnamespace t\n';

/** Loads IDL sources and returns the formatted errors (empty when the model is valid). */
function errors(...texts: string[]): string[] {
  const sources: ModelSource[] = texts.map((text, i) => ({ path: `m${i}.smithy`, text: H + text }));
  const result = loadModel(sources);
  return result.ok ? [] : result.errors.map(formatDiagnostic);
}

describe('references', () => {
  test('a member target that does not exist', () => {
    expect(errors('structure S {\n    a: Nope\n}\n')).toEqual([
      'm0.smithy:4:8: ERROR: Member t#S$a targets t#Nope, which does not exist',
    ]);
  });

  test('a misspelled target suggests the closest shape', () => {
    expect(errors('structure S {\n    a: Strng\n    b: Chanel\n}\nstring Channel\n')).toEqual([
      'm0.smithy:4:8: ERROR: Member t#S$a targets t#Strng, which does not exist (did you mean smithy.api#String?)',
      'm0.smithy:5:8: ERROR: Member t#S$b targets t#Chanel, which does not exist (did you mean t#Channel?)',
    ]);
  });

  test('an operation input that does not exist', () => {
    expect(errors('operation O {\n    input: Nope\n}\n')).toEqual([
      'm0.smithy:4:12: ERROR: t#O input refers to t#Nope, which does not exist',
    ]);
  });

  test('operation errors must carry @error', () => {
    expect(errors('operation O {\n    errors: [E]\n}\nstructure E {}\n')).toEqual([
      'm0.smithy:4:14: ERROR: t#O errors must refer to a structure with @error, but t#E is a structure',
    ]);
  });

  test('a service operation that does not exist', () => {
    expect(errors('service Svc {\n    operations: [Missing]\n}\n')).toEqual([
      'm0.smithy:4:18: ERROR: t#Svc operations refers to t#Missing, which does not exist',
    ]);
  });

  test('a structure member cannot target Unit', () => {
    expect(errors('structure S {\n    a: Unit\n}\n')).toEqual([
      'm0.smithy:4:8: ERROR: Member t#S$a cannot target smithy.api#Unit (only union members may)',
    ]);
  });

  test('an apply statement whose target does not exist', () => {
    expect(errors('apply Nope @sensitive\n')).toEqual([
      'm0.smithy:3:7: ERROR: apply targets t#Nope, which does not exist',
    ]);
  });

  test('an apply statement whose member does not exist', () => {
    expect(errors('structure S {}\napply S$nope @sensitive\n')).toEqual([
      "m0.smithy:4:7: ERROR: apply targets t#S$nope, but t#S has no member named 'nope'",
    ]);
  });

  test('a mixin without @mixin', () => {
    expect(errors('structure S with [M] {}\nstructure M {}\n')).toEqual([
      'm0.smithy:3:19: ERROR: t#M is used as a mixin by t#S but has no @mixin trait',
    ]);
  });

  test('an elided member nothing defines', () => {
    expect(errors('structure S {\n    $id\n}\n')).toEqual([
      'm0.smithy:4:5: ERROR: Elided member $id of t#S is not defined by any mixin',
    ]);
  });

  test('a shape name that clashes with a use statement', () => {
    expect(errors('use a.b#Name\nstring Name\n')).toEqual([
      "m0.smithy:4:8: ERROR: Shape name 'Name' conflicts with the use statement importing a.b#Name",
    ]);
  });
});

describe('duplicates', () => {
  test('duplicate members, ignoring case', () => {
    expect(errors('structure S {\n    a: String\n    A: String\n}\n')).toEqual([
      "m0.smithy:5:5: ERROR: Duplicate member 'A' in t#S (conflicts with 'a'; member names are case-insensitive)",
    ]);
  });

  test('a shape defined twice in one file', () => {
    expect(errors('string S\nstring S\n')).toEqual([
      'm0.smithy:4:8: ERROR: Duplicate shape id t#S (first defined at m0.smithy:3:8)',
    ]);
  });

  test('different shapes with the same id in two files', () => {
    expect(errors('string S\n', 'integer S\n')).toEqual([
      'm1.smithy:3:9: ERROR: Duplicate shape id t#S (first defined at m0.smithy:3:8)',
    ]);
  });

  test('identical definitions in two files merge their traits', () => {
    const result = loadModel([
      { path: 'a.smithy', text: `${H}@sensitive\nstring S\n` },
      { path: 'b.smithy', text: `${H}@since("1")\nstring S\n` },
    ]);
    expect(result.ok && result.model.shapes['t#S']).toEqual({
      type: 'string',
      traits: { 'smithy.api#sensitive': {}, 'smithy.api#since': '1' },
    });
  });

  test('shape ids that differ only in case', () => {
    expect(errors('string S\ninteger s\n')).toEqual([
      'm0.smithy:4:9: ERROR: Shape id t#s conflicts with t#S: shape ids must be unique ignoring case',
    ]);
  });

  test('the same trait twice with different values', () => {
    expect(errors('@documentation("a")\n@documentation("b")\nstring S\n')).toEqual([
      'm0.smithy:4:1: ERROR: Conflicting values for trait smithy.api#documentation on t#S',
    ]);
  });

  test('a doc comment and a different @documentation', () => {
    expect(errors('/// Doc.\n@documentation("b")\nstring S\n')).toEqual([
      'm0.smithy:5:8: ERROR: Conflicting values for trait smithy.api#documentation on t#S',
    ]);
  });

  test('list traits applied twice concatenate', () => {
    const result = loadModel([{ path: 'a.smithy', text: `${H}@tags(["a"])\nstring S\napply S @tags(["b"])\n` }]);
    expect(result.ok && result.model.shapes['t#S']?.traits).toEqual({ 'smithy.api#tags': ['a', 'b'] });
  });
});

describe('trait placement and values', () => {
  test.each<[string, { given: string; want: string }]>([
    [
      'required on a shape',
      {
        given: '@required\nstring S\n',
        want: 'm0.smithy:3:1: ERROR: Trait @required cannot be applied to t#S, a string shape; it applies to structure members',
      },
    ],
    [
      'length on a member targeting an integer',
      {
        given: 'structure S {\n    @length(min: 1)\n    a: Integer\n}\n',
        want: 'm0.smithy:4:5: ERROR: Trait @length cannot be applied to t#S$a, a member of a structure targeting an integer; it applies to list, map, string and blob shapes, or members targeting them',
      },
    ],
    [
      'range on a string',
      {
        given: '@range(min: 1)\nstring S\n',
        want: 'm0.smithy:3:1: ERROR: Trait @range cannot be applied to t#S, a string shape; it applies to number shapes, or members targeting them',
      },
    ],
    [
      'pattern on an integer',
      {
        given: '@pattern("x")\ninteger I\n',
        want: 'm0.smithy:3:1: ERROR: Trait @pattern cannot be applied to t#I, an integer shape; it applies to string shapes, or members targeting them',
      },
    ],
    [
      'http on a structure',
      {
        given: '@http(method: "GET", uri: "/x")\nstructure S {}\n',
        want: 'm0.smithy:3:1: ERROR: Trait @http cannot be applied to t#S, a structure shape; it applies to operations',
      },
    ],
    [
      'httpLabel on a member targeting a structure',
      {
        given: 'structure S {\n    @httpLabel\n    a: S2\n}\nstructure S2 {}\n',
        want: 'm0.smithy:4:5: ERROR: Trait @httpLabel cannot be applied to t#S$a, a member of a structure targeting a structure; it applies to structure members targeting a string, number, boolean or timestamp',
      },
    ],
    [
      'httpQuery on a member targeting a structure',
      {
        given: 'structure S {\n    @httpQuery("q")\n    a: S2\n}\nstructure S2 {}\n',
        want: 'm0.smithy:4:5: ERROR: Trait @httpQuery cannot be applied to t#S$a, a member of a structure targeting a structure; it applies to structure members targeting a string, number, boolean, timestamp or a list of them',
      },
    ],
    [
      'httpError without error',
      { given: '@httpError(404)\nstructure S {}\n', want: 'm0.smithy:3:1: ERROR: @httpError on t#S requires @error' },
    ],
    [
      'error on a string',
      {
        given: '@error("client")\nstring S\n',
        want: 'm0.smithy:3:1: ERROR: Trait @error cannot be applied to t#S, a string shape; it applies to structures',
      },
    ],
    [
      'error with an unknown value',
      {
        given: '@error("oops")\nstructure E {}\n',
        want: 'm0.smithy:3:1: ERROR: Invalid trait value on t#E: @error must be one of "client", "server", found "oops"',
      },
    ],
    [
      'paginated on a structure',
      {
        given: '@paginated\nstructure S {}\n',
        want: 'm0.smithy:3:1: ERROR: Trait @paginated cannot be applied to t#S, a structure shape; it applies to operations and services',
      },
    ],
    [
      'readonly on a string',
      {
        given: '@readonly\nstring S\n',
        want: 'm0.smithy:3:1: ERROR: Trait @readonly cannot be applied to t#S, a string shape; it applies to operations',
      },
    ],
    [
      'idempotent on a structure',
      {
        given: '@idempotent\nstructure S {}\n',
        want: 'm0.smithy:3:1: ERROR: Trait @idempotent cannot be applied to t#S, a structure shape; it applies to operations',
      },
    ],
    [
      'readonly together with idempotent',
      {
        given: '@idempotent\n@readonly\noperation O {}\n',
        want: 'm0.smithy:3:1: ERROR: Traits @readonly and @idempotent conflict on t#O',
      },
    ],
    [
      'a default of the wrong type',
      {
        given: 'structure S {\n    a: Integer = "x"\n}\n',
        want: 'm0.smithy:4:18: ERROR: Invalid default on t#S$a: default must be an integer, found "x"',
      },
    ],
    [
      'a default on a structure shape',
      {
        given: '@default({})\nstructure S {}\n',
        want: 'm0.smithy:3:1: ERROR: Trait @default cannot be applied to t#S, a structure shape; it applies to simple, list and map shapes, or structure members targeting them',
      },
    ],
    [
      'enumValue on a structure member',
      {
        given: 'structure S {\n    @enumValue("x")\n    a: String\n}\n',
        want: 'm0.smithy:4:5: ERROR: Trait @enumValue cannot be applied to t#S$a, a member of a structure targeting a string; it applies to enum and intEnum members',
      },
    ],
    [
      'documentation that is not a string',
      {
        given: '@documentation(1)\nstring S\n',
        want: 'm0.smithy:3:1: ERROR: Invalid trait value on t#S: @documentation must be a string, found 1',
      },
    ],
    [
      'timestampFormat with an unknown format',
      {
        given: '@timestampFormat("iso")\ntimestamp T\n',
        want: 'm0.smithy:3:1: ERROR: Invalid trait value on t#T: @timestampFormat must be one of "date-time", "epoch-seconds", "http-date", found "iso"',
      },
    ],
    [
      'timestampFormat on a string',
      {
        given: '@timestampFormat("date-time")\nstring T\n',
        want: 'm0.smithy:3:1: ERROR: Trait @timestampFormat cannot be applied to t#T, a string shape; it applies to timestamp shapes, or members targeting them',
      },
    ],
    [
      'sensitive on an operation',
      {
        given: '@sensitive\noperation O {}\n',
        want: 'm0.smithy:3:1: ERROR: Trait @sensitive cannot be applied to t#O, an operation shape; it applies to shapes other than services, resources, operations and members',
      },
    ],
    [
      'input on a string',
      {
        given: '@input\nstring S\n',
        want: 'm0.smithy:3:1: ERROR: Trait @input cannot be applied to t#S, a string shape; it applies to structures',
      },
    ],
    [
      'output on a string',
      {
        given: '@output\nstring S\n',
        want: 'm0.smithy:3:1: ERROR: Trait @output cannot be applied to t#S, a string shape; it applies to structures',
      },
    ],
    [
      'input together with output',
      {
        given: '@output\n@input\nstructure S {}\n',
        want: 'm0.smithy:3:1: ERROR: Traits @input and @output conflict on t#S',
      },
    ],
    [
      'mixin on a member',
      {
        given: 'structure S {\n    @mixin\n    a: String\n}\n',
        want: 'm0.smithy:4:5: ERROR: Trait @mixin cannot be applied to t#S$a, a member of a structure targeting a string; it applies to shapes that are not members',
      },
    ],
    [
      'trait on a member',
      {
        given: 'structure S {\n    @trait\n    a: String\n}\n',
        want: 'm0.smithy:4:5: ERROR: Trait @trait cannot be applied to t#S$a, a member of a structure targeting a string; it applies to shapes that are not members',
      },
    ],
    [
      'http without a uri',
      {
        given: '@http(method: "GET")\noperation O {}\n',
        want: "m0.smithy:3:1: ERROR: Invalid trait value on t#O: @http is missing required member 'uri'",
      },
    ],
    [
      'a misspelled prelude trait',
      {
        given: '@requried\nstring S\n',
        want: 'm0.smithy:3:1: ERROR: Unknown trait @t#requried on t#S (did you mean smithy.api#required?)',
      },
    ],
    [
      'a shape used as a trait without @trait',
      {
        given: 'structure marker {}\n@marker\nstring S\n',
        want: 'm0.smithy:4:1: ERROR: t#marker is applied as a trait on t#S but is not defined with @trait',
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(errors(given)).toEqual([want]);
  });

  test('traits of other namespaces are kept verbatim without a definition', () => {
    const result = loadModel([
      {
        path: 'a.smithy',
        text: `${H}@aws.api#arnReference(type: "AWS::X")\n@smithy.rules#x({ deep: [1] })\nstring S\n`,
      },
    ]);
    expect(result.ok && result.model.shapes['t#S']?.traits).toEqual({
      'aws.api#arnReference': { type: 'AWS::X' },
      'smithy.rules#x': { deep: [1] },
    });
  });

  test('values of traits defined in the model are checked against the trait shape', () => {
    expect(errors('@trait\nstructure limit {\n    max: Long\n}\n@limit(max: "ten")\nstring S\n')).toEqual([
      'm0.smithy:7:1: ERROR: Invalid trait value on t#S: @t#limit.max must be an integer (long), found "ten"',
    ]);
  });

  test('an unquoted trait value that is not a shape id is flagged as DANGER', () => {
    const result = loadModel([{ path: 'a.smithy', text: `${H}@since(v1)\nstring S\n` }]);
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([
      'a.smithy:3:8: DANGER: Unquoted value \'v1\' is a shape id that does not resolve to any shape; it became the string "t#v1" (quote literal strings)',
    ]);
  });
});

describe('shape rules', () => {
  test('map keys must be strings', () => {
    expect(errors('map M {\n    key: Integer\n    value: String\n}\n')).toEqual([
      'm0.smithy:4:5: ERROR: Map t#M key must target a string or enum shape, not an integer',
    ]);
  });

  test('enum values must be unique', () => {
    expect(errors('enum E {\n    A = "x"\n    B = "x"\n}\n')).toEqual([
      'm0.smithy:5:5: ERROR: Enum members A and B of t#E share the value "x"',
    ]);
  });
});

describe('HTTP bindings', () => {
  test('a URI label without an @httpLabel member', () => {
    expect(errors('@http(method: "GET", uri: "/x/{id}")\noperation O {\n    input := {}\n}\n')).toEqual([
      "m0.smithy:3:1: ERROR: URI label {id} of t#O has no input member 'id' with @httpLabel",
    ]);
  });

  test('an @httpLabel member without a URI label', () => {
    expect(
      errors(
        '@http(method: "GET", uri: "/x")\noperation O {\n    input := {\n        @required\n        @httpLabel\n        id: String\n    }\n}\n',
      ),
    ).toEqual(['m0.smithy:7:9: ERROR: Member t#OInput$id has @httpLabel but the URI "/x" of t#O has no {id} label']);
  });

  test('an @httpLabel member must be @required', () => {
    expect(
      errors(
        '@http(method: "GET", uri: "/x/{id}")\noperation O {\n    input := {\n        @httpLabel\n        id: String\n    }\n}\n',
      ),
    ).toEqual(['m0.smithy:6:9: ERROR: @httpLabel member t#OInput$id must be @required']);
  });

  test('a label must fill a whole path segment', () => {
    expect(errors('@http(method: "GET", uri: "/a/{b}c")\noperation O {}\n')).toEqual([
      'm0.smithy:3:1: ERROR: @http on t#O: URI "/a/{b}c": a label must fill a whole path segment ("{b}c")',
    ]);
  });

  test('paginated tokens may come from the service, and both are required', () => {
    const model =
      '@paginated(inputToken: "next", outputToken: "next")\nservice Svc {\n    operations: [A, B]\n}\n@paginated(items: "xs")\noperation A {\n    input := {\n        next: String\n    }\n    output := {\n        next: String\n        xs: Xs\n    }\n}\n@paginated(items: "xs")\noperation B {\n    input := {\n        next: String\n    }\n    output := {\n        next: String\n        xs: Xs\n    }\n}\nlist Xs {\n    member: String\n}\n';
    expect(errors(model)).toEqual([]);
    expect(errors('service Svc {\n    operations: [A]\n}\n@paginated(items: "xs")\noperation A {}\n')).toEqual([
      'm0.smithy:6:1: ERROR: @paginated on t#A needs inputToken and outputToken (on the operation or on service t#Svc)',
      'm0.smithy:6:1: ERROR: @paginated on t#A: items "xs" does not name a member of the output',
    ]);
  });

  test('paginated members must exist in the input and output', () => {
    expect(
      errors('@paginated(inputToken: "token", items: "things")\noperation O {\n    input := {}\n    output := {}\n}\n'),
    ).toEqual([
      'm0.smithy:3:1: ERROR: @paginated on t#O: inputToken "token" does not name a member of the input',
      'm0.smithy:3:1: ERROR: @paginated on t#O: items "things" does not name a member of the output',
    ]);
  });

  test('a member with two binding traits', () => {
    expect(errors('structure S {\n    @httpHeader("x")\n    @httpQuery("x")\n    a: String\n}\n')).toEqual([
      'm0.smithy:6:5: ERROR: Member t#S$a has more than one HTTP binding trait (@httpQuery, @httpHeader)',
    ]);
  });

  test('two members bound to the same header, ignoring case', () => {
    expect(
      errors('structure S {\n    @httpHeader("X-A")\n    a: String\n    @httpHeader("x-a")\n    b: String\n}\n'),
    ).toEqual(['m0.smithy:7:5: ERROR: Members a and b of t#S bind the same header "x-a"']);
  });

  test('an unbound member next to an @httpPayload member', () => {
    expect(errors('structure S {\n    @httpPayload\n    body: Blob\n    loose: String\n}\n')).toEqual([
      'm0.smithy:6:5: ERROR: Member t#S$loose must be bound to a label, query or header because t#S has an @httpPayload member',
    ]);
  });
});

describe('services', () => {
  test('every operation of a restJson1 service needs @http', () => {
    const model = '@aws.protocols#restJson1\nservice Svc {\n    operations: [Ping]\n}\noperation Ping {}\n';
    expect(errors(model)).toEqual([
      'm0.smithy:7:11: ERROR: Operation t#Ping of the restJson1 service t#Svc has no @http trait',
    ]);
  });

  test('an @input structure serves only one operation', () => {
    expect(
      errors('operation A {\n    input: In\n}\noperation B {\n    input: In\n}\n@input\nstructure In {}\n'),
    ).toEqual([
      'm0.smithy:7:12: ERROR: @input structure t#In is used by both t#A and t#B; it may serve only one operation',
    ]);
  });

  test('an @output structure cannot be an input', () => {
    expect(errors('operation A {\n    input: Out\n}\n@output\nstructure Out {}\n')).toEqual([
      'm0.smithy:4:12: ERROR: t#Out has @output but is used as the input of t#A',
    ]);
  });
});

describe('resources', () => {
  test('a read operation must be @readonly', () => {
    const model = 'resource R {\n    read: Get\n}\noperation Get {}\n';
    expect(errors(model)).toEqual(['m0.smithy:4:11: ERROR: Resource t#R read operation t#Get must be @readonly']);
  });

  test('a delete operation must be @idempotent', () => {
    const model = 'resource R {\n    delete: Drop\n}\noperation Drop {}\n';
    expect(errors(model)).toEqual(['m0.smithy:4:13: ERROR: Resource t#R delete operation t#Drop must be @idempotent']);
  });

  test('an instance operation must bind every identifier', () => {
    const model =
      'resource R {\n    identifiers: { rid: String }\n    operations: [Touch]\n}\noperation Touch {\n    input := {}\n}\n';
    expect(errors(model)).toEqual([
      "m0.smithy:5:18: ERROR: Instance operation t#Touch of resource t#R must bind identifier 'rid' in its input",
    ]);
  });

  test('a child resource repeats the identifiers of its parent', () => {
    const model =
      'resource Parent {\n    identifiers: { pid: String }\n    resources: [Child]\n}\nresource Child {\n    identifiers: { cid: String }\n}\n';
    expect(errors(model)).toEqual([
      "m0.smithy:5:17: ERROR: Child resource t#Child must repeat identifier 'pid' of t#Parent (target smithy.api#String)",
    ]);
  });
});

describe('mixins', () => {
  test('apply on an inherited member overrides the inherited trait instead of conflicting', () => {
    const result = loadModel([
      {
        path: 'm.smithy',
        text: `${H}@mixin\nstructure Base {\n    /// Old.\n    id: String\n}\nstructure Thing with [Base] {}\napply Thing$id @documentation("New.")\n`,
      },
    ]);
    expect(result.ok && result.model.shapes['t#Thing']?.members).toEqual({
      id: { target: 'smithy.api#String', traits: { 'smithy.api#documentation': 'New.' } },
    });
  });

  test('a misplaced trait on a mixin member is reported once, where it is written', () => {
    const text =
      'structure A with [M] {}\nstructure B with [M] {}\n@mixin\nstructure M {\n    @readonly\n    id: String\n}\n';
    expect(errors(text)).toEqual([
      'm0.smithy:7:5: ERROR: Trait @readonly cannot be applied to t#A$id, a member of a structure targeting a string; it applies to operations',
    ]);
  });

  test('a redeclared mixin member must keep its target', () => {
    expect(errors('@mixin\nstructure M {\n    id: String\n}\nstructure S with [M] {\n    id: Integer\n}\n')).toEqual([
      'm0.smithy:8:5: ERROR: Member id of t#S redeclares a mixin member with target smithy.api#Integer instead of smithy.api#String',
    ]);
  });

  test('a mixin of another shape type', () => {
    expect(errors('@mixin\nstring M\nstructure S with [M] {}\n')).toEqual([
      'm0.smithy:5:19: ERROR: Mixin t#M is a string, but t#S is a structure; mixins must have the same type',
    ]);
  });

  test('an elided member that neither the resource nor a mixin defines', () => {
    expect(errors('resource R {\n    identifiers: { id: String }\n}\nstructure S for R {\n    $nope\n}\n')).toEqual([
      'm0.smithy:7:5: ERROR: Elided member $nope of t#S is not defined by resource t#R or any mixin',
    ]);
  });

  test('mixin cycles are reported', () => {
    expect(errors('@mixin\nstructure A with [B] {}\n@mixin\nstructure B with [A] {}\n')).toEqual([
      'm0.smithy:4:11: ERROR: Mixin cycle: t#A inherits from itself',
    ]);
  });
});

describe('syntactic shape ids', () => {
  test('ids in namespaces the model does not load are kept without a DANGER', () => {
    const text = `${H}use aws.protocols#restJson1\n@tags([restJson1, smithy.test#x])\nstring S\n`;
    const result = loadModel([{ path: 'a.smithy', text }]);
    expect(result.ok && result.model.shapes['t#S']?.traits).toEqual({
      'smithy.api#tags': ['aws.protocols#restJson1', 'smithy.test#x'],
    });
    expect(result.warnings).toEqual([]);
  });
});

describe('defaults', () => {
  test('a member targeting a shape with a default must repeat it', () => {
    expect(errors('@default(0)\ninteger Count\nstructure S {\n    count: Count\n}\n')).toEqual([
      'm0.smithy:6:5: ERROR: Member t#S$count targets t#Count, which has a default; repeat it (= 0) or write = null',
    ]);
  });

  test('a member may cancel the default of its target with null', () => {
    expect(
      errors('@default(0)\ninteger Count\nstructure S {\n    count: Count = null\n    same: Count = 0\n}\n'),
    ).toEqual([]);
  });

  test('a member default that differs from its target default', () => {
    expect(errors('structure S {\n    flag: PrimitiveBoolean = true\n}\n')).toEqual([
      'm0.smithy:4:30: ERROR: Member t#S$flag has default true but its target smithy.api#PrimitiveBoolean has default false; use the same value or null',
    ]);
  });
});

describe('private shapes', () => {
  test('a @private shape cannot be targeted from another namespace', () => {
    const other = { path: 'o.smithy', text: '$version: "2"\nnamespace other\n@private\nstring Secret\n' };
    const mine = { path: 'm.smithy', text: `${H}structure S {\n    s: other#Secret\n}\n` };
    const result = loadModel([other, mine]);
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([
      'm.smithy:4:8: ERROR: Member t#S$s cannot target other#Secret: it is @private to its namespace',
    ]);
  });

  test('a @private shape can be targeted from its own namespace', () => {
    expect(errors('@private\nstring Secret\nstructure S {\n    s: Secret\n}\n')).toEqual([]);
  });
});

describe('constraint values', () => {
  test('a pattern that is not a valid regular expression', () => {
    expect(errors('@pattern("^[a-z+$")\nstring S\n')).toEqual([
      'm0.smithy:3:1: ERROR: @pattern on t#S is not a valid ECMAScript regular expression: Invalid regular expression: /^[a-z+$/u: Unterminated character class',
    ]);
  });

  test('a length whose min exceeds its max', () => {
    expect(errors('@length(min: 5, max: 1)\nstring S\n')).toEqual([
      'm0.smithy:3:1: ERROR: @length on t#S has min 5 greater than max 1',
    ]);
  });

  test('a range whose min exceeds its max, on a member', () => {
    expect(errors('structure S {\n    @range(min: 10, max: 1)\n    n: Integer\n}\n')).toEqual([
      'm0.smithy:4:5: ERROR: @range on t#S$n has min 10 greater than max 1',
    ]);
  });
});

describe('trait definition rules', () => {
  test('a structurally exclusive trait on two members', () => {
    expect(
      errors('structure S {\n    @idempotencyToken\n    a: String\n    @idempotencyToken\n    b: String\n}\n'),
    ).toEqual(['m0.smithy:6:5: ERROR: Only one member of t#S may have @idempotencyToken, but a and b do']);
  });

  test('two @httpPayload members', () => {
    expect(errors('structure S {\n    @httpPayload\n    a: Blob\n    @httpPayload\n    b: Blob\n}\n')).toEqual([
      'm0.smithy:6:5: ERROR: Only one member of t#S may have @httpPayload, but a and b do',
    ]);
  });

  test('traits that a model-defined trait declares as conflicting', () => {
    const text = '@trait(conflicts: [beta])\nstructure alpha {}\n@trait\nstructure beta {}\n@alpha\n@beta\nstring S\n';
    expect(errors(text)).toEqual(['m0.smithy:7:1: ERROR: Trait @t#alpha conflicts with @t#beta on t#S']);
  });
});
