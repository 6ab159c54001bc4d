import { describe, expect, test } from 'vitest';
import type { AstShape } from '../../src/smithy/index.js';
import { formatDiagnostic, parseIdl } from '../../src/smithy/index.js';

const HEADER = '$version: "2"\n\nnamespace t\n\n';
const U = 'smithy.api#Unit';
const S = 'smithy.api#String';

interface Row {
  given: string;
  want: Record<string, AstShape>;
}

/** Parses a snippet that follows the standard header and returns its shapes. */
function shapesOf(body: string, header = HEADER): Record<string, AstShape> {
  const result = parseIdl(header + body, 'snippet.smithy');
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return result.model.shapes;
}

const shapeRows: Array<[string, Row]> = [
  [
    'simple shapes of every type',
    {
      given:
        'blob A\nboolean B\nstring C\nbyte D\nshort E\ninteger F\nlong G\nfloat H\ndouble I\nbigInteger J\nbigDecimal K\ntimestamp L\ndocument M\n',
      want: {
        't#A': { type: 'blob' },
        't#B': { type: 'boolean' },
        't#C': { type: 'string' },
        't#D': { type: 'byte' },
        't#E': { type: 'short' },
        't#F': { type: 'integer' },
        't#G': { type: 'long' },
        't#H': { type: 'float' },
        't#I': { type: 'double' },
        't#J': { type: 'bigInteger' },
        't#K': { type: 'bigDecimal' },
        't#L': { type: 'timestamp' },
        't#M': { type: 'document' },
      },
    },
  ],
  [
    'structure members keep declaration order and member traits',
    {
      given: 'structure P {\n    zeta: String\n    @required\n    alpha: Integer\n}\n',
      want: {
        't#P': {
          type: 'structure',
          members: {
            zeta: { target: S },
            alpha: { target: 'smithy.api#Integer', traits: { 'smithy.api#required': {} } },
          },
        },
      },
    },
  ],
  [
    'empty structure still writes members',
    { given: 'structure E {}\n', want: { 't#E': { type: 'structure', members: {} } } },
  ],
  [
    'list and map members',
    {
      given: 'list L {\n    member: String\n}\nmap M {\n    key: String\n    value: L\n}\n',
      want: {
        't#L': { type: 'list', member: { target: S } },
        't#M': { type: 'map', key: { target: S }, value: { target: 't#L' } },
      },
    },
  ],
  [
    'union with a Unit member',
    {
      given: 'union V {\n    a: String\n    none: Unit\n}\n',
      want: { 't#V': { type: 'union', members: { a: { target: S }, none: { target: U } } } },
    },
  ],
  [
    'enum members default their value to their name',
    {
      given: 'enum Color {\n    RED\n    /// Greenish.\n    GREEN = "green"\n}\n',
      want: {
        't#Color': {
          type: 'enum',
          members: {
            RED: { target: U, traits: { 'smithy.api#enumValue': 'RED' } },
            GREEN: { target: U, traits: { 'smithy.api#documentation': 'Greenish.', 'smithy.api#enumValue': 'green' } },
          },
        },
      },
    },
  ],
  [
    'enum members on one line separated by spaces or commas',
    {
      given: 'enum E { A, B C }\n',
      want: {
        't#E': {
          type: 'enum',
          members: {
            A: { target: U, traits: { 'smithy.api#enumValue': 'A' } },
            B: { target: U, traits: { 'smithy.api#enumValue': 'B' } },
            C: { target: U, traits: { 'smithy.api#enumValue': 'C' } },
          },
        },
      },
    },
  ],
  [
    'intEnum members with integer values',
    {
      given: 'intEnum Level {\n    LOW = 1\n    HIGH = 10\n}\n',
      want: {
        't#Level': {
          type: 'intEnum',
          members: {
            LOW: { target: U, traits: { 'smithy.api#enumValue': 1 } },
            HIGH: { target: U, traits: { 'smithy.api#enumValue': 10 } },
          },
        },
      },
    },
  ],
  [
    'operation with explicit input, output and sorted errors',
    {
      given:
        'operation Op {\n    input: In\n    output: Out\n    errors: [Zed, alpha]\n}\nstructure In {}\nstructure Out {}\n@error("client")\nstructure Zed {}\n@error("client")\nstructure alpha {}\n',
      want: {
        't#In': { type: 'structure', members: {} },
        't#Op': {
          type: 'operation',
          input: { target: 't#In' },
          output: { target: 't#Out' },
          errors: [{ target: 't#alpha' }, { target: 't#Zed' }],
        },
        't#Out': { type: 'structure', members: {} },
        't#Zed': { type: 'structure', members: {}, traits: { 'smithy.api#error': 'client' } },
        't#alpha': { type: 'structure', members: {}, traits: { 'smithy.api#error': 'client' } },
      },
    },
  ],
  [
    'inline input and output with docs and traits after :=',
    {
      given:
        'operation Op {\n    input :=\n        /// Request.\n        @since("1") {\n        a: String\n    }\n    output := {}\n}\n',
      want: {
        't#Op': { type: 'operation', input: { target: 't#OpInput' }, output: { target: 't#OpOutput' } },
        't#OpInput': {
          type: 'structure',
          members: { a: { target: S } },
          traits: { 'smithy.api#documentation': 'Request.', 'smithy.api#input': {}, 'smithy.api#since': '1' },
        },
        't#OpOutput': { type: 'structure', members: {}, traits: { 'smithy.api#output': {} } },
      },
    },
  ],
  [
    'operationInputSuffix and operationOutputSuffix control statements',
    {
      given: 'operation Op {\n    input := {}\n    output := {}\n}\n',
      want: {
        't#Op': { type: 'operation', input: { target: 't#OpRequest' }, output: { target: 't#OpResponse' } },
        't#OpRequest': { type: 'structure', members: {}, traits: { 'smithy.api#input': {} } },
        't#OpResponse': { type: 'structure', members: {}, traits: { 'smithy.api#output': {} } },
      },
    },
  ],
  [
    'service with every property',
    {
      given:
        'service Svc {\n    version: "2024-01-01"\n    operations: [Op]\n    resources: [R]\n    errors: [Err]\n    rename: { "other#Name": "OtherName" }\n}\noperation Op {}\nresource R {}\n@error("server")\nstructure Err {}\n',
      want: {
        't#Err': { type: 'structure', members: {}, traits: { 'smithy.api#error': 'server' } },
        't#Op': { type: 'operation', input: { target: U }, output: { target: U } },
        't#R': { type: 'resource' },
        't#Svc': {
          type: 'service',
          version: '2024-01-01',
          operations: [{ target: 't#Op' }],
          resources: [{ target: 't#R' }],
          errors: [{ target: 't#Err' }],
          rename: { 'other#Name': 'OtherName' },
        },
      },
    },
  ],
  [
    'resource lifecycle properties in CLI order',
    {
      given:
        'resource R {\n    list: L\n    read: G\n    create: C\n    identifiers: { id: Id }\n    properties: { name: String }\n    operations: [X]\n    collectionOperations: [Y]\n    resources: [Child]\n}\nstring Id\nresource Child {}\noperation L {}\noperation G {}\noperation C {}\noperation X {}\noperation Y {}\n',
      want: {
        't#C': { type: 'operation', input: { target: U }, output: { target: U } },
        't#Child': { type: 'resource' },
        't#G': { type: 'operation', input: { target: U }, output: { target: U } },
        't#Id': { type: 'string' },
        't#L': { type: 'operation', input: { target: U }, output: { target: U } },
        't#R': {
          type: 'resource',
          identifiers: { id: { target: 't#Id' } },
          properties: { name: { target: S } },
          create: { target: 't#C' },
          read: { target: 't#G' },
          list: { target: 't#L' },
          operations: [{ target: 't#X' }],
          collectionOperations: [{ target: 't#Y' }],
          resources: [{ target: 't#Child' }],
        },
        't#X': { type: 'operation', input: { target: U }, output: { target: U } },
        't#Y': { type: 'operation', input: { target: U }, output: { target: U } },
      },
    },
  ],
  [
    'trait values of every node kind, keeping key order',
    {
      given:
        '@t#meta({ z: null, a: true, b: false, n: -1.5e3, i: 42, s: "x", list: [1, "two", [3]], obj: { k: "v" } })\nstring S\n',
      want: {
        't#S': {
          type: 'string',
          traits: {
            't#meta': { z: null, a: true, b: false, n: -1500, i: 42, s: 'x', list: [1, 'two', [3]], obj: { k: 'v' } },
          },
        },
      },
    },
  ],
  [
    'structured trait sugar with identifier and quoted keys',
    {
      given: '@range(min: 1, "max": 5)\ninteger I\n',
      want: { 't#I': { type: 'integer', traits: { 'smithy.api#range': { min: 1, max: 5 } } } },
    },
  ],
  [
    'bare annotation traits become {} and bare list traits become []',
    {
      given: '@sensitive\n@tags\n@deprecated()\nstring S\n',
      want: {
        't#S': {
          type: 'string',
          traits: { 'smithy.api#deprecated': {}, 'smithy.api#sensitive': {}, 'smithy.api#tags': [] },
        },
      },
    },
  ],
  [
    'unquoted shape ids in trait values resolve to absolute ids',
    {
      given: '@references([{ resource: R }])\nstructure S {}\nresource R {}\n',
      want: {
        't#R': { type: 'resource' },
        't#S': { type: 'structure', members: {}, traits: { 'smithy.api#references': [{ resource: 't#R' }] } },
      },
    },
  ],
  [
    'commas are whitespace in lists and objects',
    {
      given: '@tags(["a",, "b",])\nstring S\n',
      want: { 't#S': { type: 'string', traits: { 'smithy.api#tags': ['a', 'b'] } } },
    },
  ],
  [
    'string escapes and line continuation',
    {
      given: '@documentation("q\\"b\\\\s\\/n\\nt\\tu\\u00e9 \\\ncontinued")\nstring S\n',
      want: { 't#S': { type: 'string', traits: { 'smithy.api#documentation': 'q"b\\s/n\nt\tué continued' } } },
    },
  ],
  [
    'apply statements, single and block, to shapes and members',
    {
      given:
        'structure S {\n    a: String\n}\napply S @sensitive\napply S$a {\n    @required\n    @documentation("A.")\n}\n',
      want: {
        't#S': {
          type: 'structure',
          members: {
            a: { target: S, traits: { 'smithy.api#documentation': 'A.', 'smithy.api#required': {} } },
          },
          traits: { 'smithy.api#sensitive': {} },
        },
      },
    },
  ],
  [
    'apply with an empty block changes nothing',
    { given: 'string S\napply S {}\n', want: { 't#S': { type: 'string' } } },
  ],
  [
    'default value sugar on structure members, including null and empty lists',
    {
      given:
        'structure S {\n    a: Integer = 1\n    b: Strings = [],\n    c: String = null\n    @required\n    d: Boolean = false\n}\nlist Strings {\n    member: String\n}\n',
      want: {
        't#S': {
          type: 'structure',
          members: {
            a: { target: 'smithy.api#Integer', traits: { 'smithy.api#default': 1 } },
            b: { target: 't#Strings', traits: { 'smithy.api#default': [] } },
            c: { target: S, traits: { 'smithy.api#default': null } },
            d: { target: 'smithy.api#Boolean', traits: { 'smithy.api#default': false, 'smithy.api#required': {} } },
          },
        },
        't#Strings': { type: 'list', member: { target: S } },
      },
    },
  ],
  [
    'mixins: inherited members first, traits inherited except @mixin, redeclared members add traits',
    {
      given:
        '@mixin\n@sensitive\nstructure Base {\n    id: String\n    size: Integer\n}\nstructure Thing with [Base] {\n    own: String\n    @required\n    $id\n}\n',
      want: {
        't#Base': {
          type: 'structure',
          members: { id: { target: S }, size: { target: 'smithy.api#Integer' } },
          traits: { 'smithy.api#mixin': {}, 'smithy.api#sensitive': {} },
        },
        't#Thing': {
          type: 'structure',
          members: {
            id: { target: S, traits: { 'smithy.api#required': {} } },
            size: { target: 'smithy.api#Integer' },
            own: { target: S },
          },
          traits: { 'smithy.api#sensitive': {} },
        },
      },
    },
  ],
  [
    'the same member from two mixins merges its traits, the later mixin winning',
    {
      given:
        '@mixin\nstructure M1 {\n    @internal\n    @since("1")\n    x: String\n}\n@mixin\nstructure M2 {\n    @since("2")\n    x: String\n}\nstructure S with [M1, M2] {}\n',
      want: {
        't#M1': {
          type: 'structure',
          members: { x: { target: S, traits: { 'smithy.api#internal': {}, 'smithy.api#since': '1' } } },
          traits: { 'smithy.api#mixin': {} },
        },
        't#M2': {
          type: 'structure',
          members: { x: { target: S, traits: { 'smithy.api#since': '2' } } },
          traits: { 'smithy.api#mixin': {} },
        },
        't#S': {
          type: 'structure',
          members: { x: { target: S, traits: { 'smithy.api#internal': {}, 'smithy.api#since': '2' } } },
        },
      },
    },
  ],
  [
    'mixin localTraits are not inherited',
    {
      given: '@mixin(localTraits: [internal])\n@internal\n@since("2")\nstring Base\nstring Child with [Base]\n',
      want: {
        't#Base': {
          type: 'string',
          traits: {
            'smithy.api#internal': {},
            'smithy.api#mixin': { localTraits: ['smithy.api#internal'] },
            'smithy.api#since': '2',
          },
        },
        't#Child': { type: 'string', traits: { 'smithy.api#since': '2' } },
      },
    },
  ],
  [
    'apply can target a member inherited from a mixin',
    {
      given: '@mixin\nstructure Base {\n    id: String\n}\nstructure Thing with [Base] {}\napply Thing$id @required\n',
      want: {
        't#Base': { type: 'structure', members: { id: { target: S } }, traits: { 'smithy.api#mixin': {} } },
        't#Thing': { type: 'structure', members: { id: { target: S, traits: { 'smithy.api#required': {} } } } },
      },
    },
  ],
  [
    'for Resource with $member elision from identifiers and properties',
    {
      given:
        'resource R {\n    identifiers: { rid: Rid }\n    properties: { label: String }\n}\nstring Rid\nstructure View for R {\n    $rid\n    $label\n    extra: Integer\n}\n',
      want: {
        't#R': { type: 'resource', identifiers: { rid: { target: 't#Rid' } }, properties: { label: { target: S } } },
        't#Rid': { type: 'string' },
        't#View': {
          type: 'structure',
          members: { rid: { target: 't#Rid' }, label: { target: S }, extra: { target: 'smithy.api#Integer' } },
        },
      },
    },
  ],
  [
    'member and shape names that look like keywords',
    {
      given: 'structure namespace {\n    string: String\n    input: String\n    apply: String\n    with: String\n}\n',
      want: {
        't#namespace': {
          type: 'structure',
          members: { string: { target: S }, input: { target: S }, apply: { target: S }, with: { target: S } },
        },
      },
    },
  ],
  [
    'a local shape shadows the prelude shape of the same name',
    {
      given: 'string String\nstructure S {\n    a: String\n    b: smithy.api#String\n}\n',
      want: {
        't#S': { type: 'structure', members: { a: { target: 't#String' }, b: { target: S } } },
        't#String': { type: 'string' },
      },
    },
  ],
  [
    'use statements take precedence over local and prelude names',
    {
      given: 'structure S {\n    a: Thing\n}\n',
      want: { 't#S': { type: 'structure', members: { a: { target: 'other.ns#Thing' } } } },
    },
  ],
  [
    'member names such as __proto__ are kept as own keys',
    {
      given: 'structure S {\n    __proto__: String\n}\n',
      want: { 't#S': { type: 'structure', members: JSON.parse('{"__proto__":{"target":"smithy.api#String"}}') } },
    },
  ],
  [
    'integers beyond 2^53 become the nearest double',
    {
      given: '@range(max: 9223372036854775807)\nlong L\n',
      // 2 ** 63 is the double nearest to 9223372036854775807, the number JSON.parse gives for that literal.
      want: { 't#L': { type: 'long', traits: { 'smithy.api#range': { max: 2 ** 63 } } } },
    },
  ],
];

const headers: Record<string, string> = {
  'operationInputSuffix and operationOutputSuffix control statements':
    '$version: "2"\n$operationInputSuffix: "Request"\n$operationOutputSuffix: "Response"\nnamespace t\n',
  'use statements take precedence over local and prelude names': '$version: "2"\nnamespace t\nuse other.ns#Thing\n',
};

describe('parseIdl shapes', () => {
  test.each(shapeRows)('%s', (name, { given, want }) => {
    expect(shapesOf(given, headers[name])).toEqual(want);
  });
});

const docRow = (text: string): string | undefined => {
  const shapes = shapesOf(text);
  return shapes['t#S']?.traits?.['smithy.api#documentation'] as string | undefined;
};

describe('doc comments', () => {
  test.each<[string, { given: string; want: string | undefined }]>([
    ['strip /// and one space, join with \\n', { given: '/// a\n///\n///   b\nstring S\n', want: 'a\n\n  b' }],
    ['//// keeps the extra slash', { given: '////x\nstring S\n', want: '/x' }],
    ['docs sit before the traits', { given: '/// Doc.\n@sensitive\nstring S\n', want: 'Doc.' }],
    ['docs after traits are ignored', { given: '@sensitive\n/// Doc.\nstring S\n', want: undefined }],
    ['plain // comments are not docs', { given: '// not a doc\nstring S\n', want: undefined }],
    ['a doc comment trailing code is ignored', { given: 'string X /// trailing\nstring S\n', want: undefined }],
    [
      'docs before an apply statement are ignored',
      { given: 'string S\n/// Doc.\napply S @sensitive\n', want: undefined },
    ],
    ['trailing spaces in doc lines are kept', { given: '/// a  \nstring S\n', want: 'a  ' }],
  ])('%s', (_name, { given, want }) => {
    expect(docRow(given)).toBe(want);
  });

  test('an ignored doc comment is reported as a warning', () => {
    const result = parseIdl(`${HEADER}@sensitive\n/// Doc.\nstring S\n`, 'doc.smithy');
    expect(result.warnings.map(formatDiagnostic)).toEqual([
      'doc.smithy:6:1: WARNING: Documentation comment is ignored: it must sit directly before a shape, member or inline structure, before its traits',
    ]);
  });
});

const textBlock = (body: string): string => {
  const shapes = shapesOf(`@documentation(${body})\nstring S\n`);
  return shapes['t#S']?.traits?.['smithy.api#documentation'] as string;
};

describe('text blocks', () => {
  test.each<[string, { given: string; want: string }]>([
    [
      'closing delimiter on its own line adds a trailing newline',
      { given: '"""\n    Hello\n    """', want: 'Hello\n' },
    ],
    ['closing delimiter after text adds none', { given: '"""\n    Hello"""', want: 'Hello' }],
    ['an empty block', { given: '"""\n    """', want: '' }],
    ['a blank first line', { given: '"""\n\n    """', want: '\n' }],
    ['relative indentation is kept', { given: '"""\n    a\n      b\n    """', want: 'a\n  b\n' }],
    ['the closing line sets the margin when it is left of the text', { given: '"""\n    a\n  """', want: '  a\n' }],
    ['a closing line right of the text does not lower the margin', { given: '"""\n  a\n      """', want: 'a\n' }],
    ['trailing spaces are removed from every line', { given: '"""\n  a   \n  b\n  """', want: 'a\nb\n' }],
    ['whitespace-only lines do not count for the margin', { given: '"""\n    a\n\n  \n    b"""', want: 'a\n\n\nb' }],
    ['escapes are expanded after dedent', { given: '"""\n    a\\n    b"""', want: 'a\n    b' }],
    [
      'quotes inside, and an escaped triple quote',
      { given: '"""\n    say "hi" and ""\n    \\""" done"""', want: 'say "hi" and ""\n""" done' },
    ],
    ['CRLF line ends become LF', { given: '"""\r\n    a\r\n    b\r\n    """', want: 'a\nb\n' }],
    ['tabs are content, not margin', { given: '"""\n\ta\n    """', want: '\ta\n' }],
    ['backslash-newline joins lines', { given: '"""\n    a \\\n    b"""', want: 'a b' }],
  ])('%s', (_name, { given, want }) => {
    expect(textBlock(given)).toBe(want);
  });
});

describe('metadata', () => {
  test('metadata keys are deep-sorted and unquoted values resolve against the prelude', () => {
    const result = parseIdl(
      '$version: "2"\nmetadata zed = { b: 1, a: String }\nmetadata "alpha" = [1]\nnamespace t\n',
      'm.smithy',
    );
    expect(result.ok && result.model).toEqual({
      smithy: '2.0',
      metadata: { alpha: [1], zed: { a: 'smithy.api#String', b: 1 } },
      shapes: {},
    });
  });

  test('a file may contain only metadata', () => {
    const result = parseIdl('$version: "2"\nmetadata suppressions = []\n', 'm.smithy');
    expect(result.ok && result.model).toEqual({ smithy: '2.0', metadata: { suppressions: [] }, shapes: {} });
  });
});

describe('parseIdl on its own', () => {
  test('references to shapes of other files resolve to the file namespace without errors', () => {
    const result = parseIdl(`${HEADER}structure S {\n    other: Elsewhere\n}\n`, 'one.smithy');
    expect(result.ok && result.model.shapes['t#S']).toEqual({
      type: 'structure',
      members: { other: { target: 't#Elsewhere' } },
    });
  });

  test('syntax errors are returned, not thrown', () => {
    const result = parseIdl(`${HEADER}structure S {\n`, 'one.smithy');
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([
      "one.smithy:6:1: ERROR: Syntax error: expected '}' but found end of file",
    ]);
  });
});
