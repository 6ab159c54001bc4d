import { describe, expect, test } from 'vitest';
import type { AstShape } from '../../src/smithy/ast.js';
import { formatDiagnostic, loadModel } from '../../src/smithy/index.js';
import { evaluateSelector, parseSelector, selectorNode } from '../../src/smithy/selector.js';

const SHAPES: Record<string, AstShape> = {
  'a#Name': { type: 'string' },
  'a#Kind': { type: 'enum', members: { A: { target: 'smithy.api#Unit' } } },
  'a#Count': { type: 'integer' },
  'a#Thing': {
    type: 'structure',
    members: { name: { target: 'a#Name' }, count: { target: 'a#Count' } },
    traits: { 'smithy.api#error': 'client' },
  },
  'a#Names': { type: 'list', member: { target: 'a#Name' } },
};
const ALL = ['a#Name', 'a#Kind', 'a#Count', 'a#Thing', 'a#Thing$name', 'a#Thing$count', 'a#Names', 'a#Names$member'];

function select(selector: string): string[] | null {
  const steps = parseSelector(selector);
  if (steps === null) return null;
  return [...evaluateSelector(steps, ALL, (id) => selectorNode(id, (s) => SHAPES[s]))].sort();
}

describe('trait selectors', () => {
  test.each<[string, { given: string; want: string[] | null }]>([
    ['every shape and member', { given: '*', want: [...ALL].sort() }],
    ['a type also matches its subtypes (enum is a string)', { given: 'string', want: ['a#Kind', 'a#Name'] }],
    ['structure members', { given: 'structure > member', want: ['a#Thing$count', 'a#Thing$name'] }],
    [
      'strings or members targeting strings',
      { given: ':test(string, member > string)', want: ['a#Kind', 'a#Name', 'a#Names$member', 'a#Thing$name'] },
    ],
    ['shapes carrying a trait', { given: 'structure [trait|error]', want: ['a#Thing'] }],
    ['negation', { given: ':not(member)', want: ['a#Count', 'a#Kind', 'a#Name', 'a#Names', 'a#Thing'] }],
    ['recursive neighbors', { given: 'list ~> string', want: ['a#Name'] }],
    ['unsupported syntax is reported as null', { given: 'operation -[input]-> structure', want: null }],
  ])('%s', (_name, { given, want }) => {
    expect(select(given)).toEqual(want);
  });

  test('a trait defined in the model is checked against its selector', () => {
    const text =
      '$version: "2"\nnamespace t\n@trait(selector: ":test(string, member > string)")\nstructure byteLength {\n    max: Long\n}\n@byteLength(max: 3)\nstring Ok\n@byteLength(max: 3)\ninteger NotOk\n';
    const result = loadModel([{ path: 'm.smithy', text }]);
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([
      'm.smithy:9:1: ERROR: Trait @t#byteLength cannot be applied to t#NotOk; its selector is ":test(string, member > string)"',
    ]);
  });
});
