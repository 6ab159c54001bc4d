import { describe, expect, test } from 'vitest';
import { formatDiagnostic, parseIdl } from '../../src/smithy/index.js';

function shapes(text: string): Record<string, unknown> {
  const result = parseIdl(text, 'layout.smithy');
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return result.model.shapes;
}

describe('file layout', () => {
  test('CRLF line ends and a byte order mark are accepted', () => {
    const text = '\uFEFF$version: "2"\r\nnamespace t\r\n\r\n/// Doc.\r\n@tags(["a"])\r\nstring S\r\n';
    expect(shapes(text)).toEqual({
      't#S': { type: 'string', traits: { 'smithy.api#documentation': 'Doc.', 'smithy.api#tags': ['a'] } },
    });
  });

  test('comments may sit wherever whitespace may', () => {
    const text =
      '$version: "2" // control\nnamespace t // ns\n// before\nstructure S { // open\n    // inside\n    a: String // trailing\n    b: Integer = 1 // after default\n} // close\n';
    expect(shapes(text)).toEqual({
      't#S': {
        type: 'structure',
        members: {
          a: { target: 'smithy.api#String' },
          b: { target: 'smithy.api#Integer', traits: { 'smithy.api#default': 1 } },
        },
      },
    });
  });

  test('operation properties in any order, with commas', () => {
    const text =
      '$version: "2"\nnamespace t\noperation O { errors: [E,], output: Out, input: In }\nstructure In {}\nstructure Out {}\n@error("client")\nstructure E {}\n';
    expect(shapes(text)['t#O']).toEqual({
      type: 'operation',
      input: { target: 't#In' },
      output: { target: 't#Out' },
      errors: [{ target: 't#E' }],
    });
  });

  test('a file without $version is read as 2.0 with a warning', () => {
    const result = parseIdl('namespace t\nstring S\n', 'old.smithy');
    expect(result.warnings.map(formatDiagnostic)).toEqual([
      'old.smithy:1:1: WARNING: No $version control statement: the file is read as IDL 2.0 (write $version: "2")',
    ]);
  });

  test('an empty file is an empty model', () => {
    expect(shapes('')).toEqual({});
  });

  test('structure for a resource with mixins, in that order', () => {
    const text =
      '$version: "2"\nnamespace t\nresource R {\n    identifiers: { id: String }\n}\n@mixin\nstructure M {\n    extra: Integer\n}\nstructure S for R with [M] {\n    $id\n}\n';
    expect(shapes(text)['t#S']).toEqual({
      type: 'structure',
      members: { extra: { target: 'smithy.api#Integer' }, id: { target: 'smithy.api#String' } },
    });
  });
});
