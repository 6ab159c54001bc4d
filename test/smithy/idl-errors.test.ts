import { describe, expect, test } from 'vitest';
import { formatDiagnostic, loadModel } from '../../src/smithy/index.js';

const H = '$version: "2"\nnamespace t\n';

/** Loads one file and returns its formatted errors (or "ok"). */
function errorsOf(text: string): string[] | 'ok' {
  const result = loadModel([{ path: 'bad.smithy', text }]);
  return result.ok ? 'ok' : result.errors.map(formatDiagnostic);
}

describe('invalid IDL is rejected with the position and what was expected', () => {
  test.each<[string, { given: string; want: string[] }]>([
    [
      'member without a colon',
      {
        given: `${H}structure S {\n    a String\n}\n`,
        want: ["bad.smithy:4:7: ERROR: Syntax error: expected ':' after member name 'a' but found 'String'"],
      },
    ],
    [
      'a default that does not end its line',
      {
        given: `${H}structure S {\n    a: Integer = 1, b: String\n}\n`,
        want: ["bad.smithy:4:21: ERROR: Syntax error: expected a line break but found 'b'"],
      },
    ],
    [
      'misspelled shape type',
      {
        given: `${H}strin S\n`,
        want: ["bad.smithy:3:1: ERROR: Syntax error: expected a shape type or apply statement but found 'strin'"],
      },
    ],
    [
      'two shapes on one line',
      {
        given: `${H}string S string T\n`,
        want: ["bad.smithy:3:10: ERROR: Syntax error: expected a line break but found 'string'"],
      },
    ],
    [
      'unclosed structure',
      {
        given: `${H}structure S {\n    a: String\n`,
        want: ["bad.smithy:5:1: ERROR: Syntax error: expected '}' but found end of file"],
      },
    ],
    [
      'traits before apply',
      {
        given: `${H}@documentation("x")\napply S @sensitive\n`,
        want: ['bad.smithy:3:1: ERROR: Syntax error: traits cannot be written before an apply statement'],
      },
    ],
    [
      'IDL 1.0',
      {
        given: '$version: "1.0"\nnamespace t\n',
        want: ['bad.smithy:1:11: ERROR: Unsupported IDL version "1.0": only $version: "2" (or "2.0") is supported'],
      },
    ],
    [
      'shape before the namespace',
      {
        given: '$version: "2"\nstring S\n',
        want: ["bad.smithy:2:1: ERROR: Syntax error: expected '$', 'metadata' or 'namespace' but found 'string'"],
      },
    ],
    [
      'use of a namespace without a shape name',
      {
        given: `${H}use t.Foo\n`,
        want: [
          "bad.smithy:3:10: ERROR: Syntax error: expected '#' after the namespace of a shape id but found a line break",
        ],
      },
    ],
    [
      'an identifier made of underscores only',
      {
        given: `${H}string _\n`,
        want: ["bad.smithy:3:8: ERROR: Syntax error: identifier '_' must contain a letter or digit"],
      },
    ],
    [
      'a number too large for a double',
      {
        given: `${H}@range(max: 1e400)\ninteger I\n`,
        want: ['bad.smithy:3:13: ERROR: Syntax error: number 1e400 is out of range'],
      },
    ],
    [
      'a quoted string where a member name belongs',
      {
        given: `${H}structure S {\n    "a": String\n}\n`,
        want: ["bad.smithy:4:5: ERROR: Syntax error: expected a member name or '}' but found a quoted string"],
      },
    ],
    [
      'a number with a leading zero',
      {
        given: `${H}@range(min: 01)\ninteger I\n`,
        want: ["bad.smithy:3:13: ERROR: Syntax error: invalid number '01'"],
      },
    ],
    [
      'an unknown escape',
      {
        given: `${H}@documentation("bad \\q escape")\nstring S\n`,
        want: ["bad.smithy:3:21: ERROR: Syntax error: invalid escape sequence '\\q'"],
      },
    ],
    [
      'a text block without a line break after the opening quotes',
      {
        given: `${H}@documentation("""x""")\nstring S\n`,
        want: [
          'bad.smithy:3:19: ERROR: Syntax error: expected a line break after the opening """ of a text block but found \'x\'',
        ],
      },
    ],
    [
      'an unterminated string',
      {
        given: `${H}@documentation("open\nstring S\n`,
        want: ['bad.smithy:3:16: ERROR: Syntax error: unterminated string'],
      },
    ],
    [
      'an operation property given twice',
      {
        given: `${H}operation O {\n    input: A\n    input: B\n}\n`,
        want: ["bad.smithy:5:5: ERROR: Syntax error: duplicate operation property 'input'"],
      },
    ],
    [
      'an unknown operation property',
      {
        given: `${H}operation O {\n    inputs: A\n}\n`,
        want: ["bad.smithy:4:5: ERROR: Syntax error: expected 'input', 'output', 'errors' or '}' but found 'inputs'"],
      },
    ],
    [
      'an unclosed list',
      {
        given: `${H}@tags(["a" "b"\nstring S\n`,
        want: ["bad.smithy:5:1: ERROR: Syntax error: expected ']' but found end of file"],
      },
    ],
    [
      'a duplicate object key',
      {
        given: `${H}@t(a: 1, a: 2)\nstring S\n`,
        want: ["bad.smithy:3:10: ERROR: Syntax error: duplicate object key 'a'"],
      },
    ],
    [
      'the 1.0 set shape',
      {
        given: `${H}set S {\n    member: String\n}\n`,
        want: ["bad.smithy:3:1: ERROR: Syntax error: 'set' is not supported in IDL 2.0; use a list with @uniqueItems"],
      },
    ],
    [
      'a second namespace',
      {
        given: `${H}string S\nnamespace u\n`,
        want: ['bad.smithy:4:1: ERROR: Syntax error: a file may contain only one namespace statement'],
      },
    ],
    [
      'use after a shape',
      {
        given: `${H}string S\nuse a#B\n`,
        want: ['bad.smithy:4:1: ERROR: Syntax error: use statements must come before any shape or apply statement'],
      },
    ],
    [
      'a member target on the next line',
      {
        given: `${H}structure S {\n    a:\n        String\n}\n`,
        want: ['bad.smithy:4:7: ERROR: Syntax error: expected a member target shape id but found a line break'],
      },
    ],
    [
      'a duplicate control statement',
      {
        given: '$version: "2"\n$version: "2"\nnamespace t\n',
        want: ["bad.smithy:2:1: ERROR: Duplicate control statement '$version'"],
      },
    ],
    [
      'a default without a value',
      {
        given: `${H}structure S {\n    a: String = \n}\n`,
        want: ['bad.smithy:4:17: ERROR: Syntax error: expected a node value but found a line break'],
      },
    ],
    [
      'an enum member with a number',
      {
        given: `${H}enum E {\n    A = 1\n}\n`,
        want: ['bad.smithy:4:9: ERROR: Enum member t#E$A must be assigned a string value'],
      },
    ],
    [
      'an intEnum member without a value',
      {
        given: `${H}intEnum E {\n    A\n}\n`,
        want: ['bad.smithy:4:5: ERROR: intEnum member t#E$A must have an integer value (A = 1)'],
      },
    ],
    [
      'a list member with another name',
      {
        given: `${H}list L {\n    item: String\n}\n`,
        want: [
          "bad.smithy:3:6: ERROR: list t#L is missing its 'member' member",
          "bad.smithy:4:5: ERROR: list t#L cannot have a member named 'item'; expected 'member'",
        ],
      },
    ],
    [
      'an unknown service property',
      {
        given: `${H}service S {\n    operation: [A]\n}\n`,
        want: [
          "bad.smithy:4:5: ERROR: Unknown service property 'operation' in t#S; expected version, operations, resources, errors or rename",
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(errorsOf(given)).toEqual(want);
  });
});
