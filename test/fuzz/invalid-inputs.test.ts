import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { operationNames, operations } from '../../generated/operations.js';
import { inputValidators, type ValidationIssue } from '../../generated/validators.js';
import { invalidInputArbitrary, type InvalidInput } from '../../src/fuzz/index.js';

const SEED = 42;

/** Where ajv reports a violation: the parent for a missing member, the map for a bad key, else the value. */
function reportedAt(invalid: InvalidInput): string {
  const { path, constraint, onKey } = invalid.violation;
  if (constraint === 'required' || onKey === true)
    return constraint === 'required' ? path.slice(0, path.lastIndexOf('/')) : path;
  return path;
}

/** Why a sample does not fail the validator for exactly its stated reason, or undefined when it does. */
function mismatch(invalid: InvalidInput, valid: boolean, errors: readonly ValidationIssue[]): string | undefined {
  if (valid) return 'the validator accepts it';
  const at = reportedAt(invalid);
  const elsewhere = errors.filter((e) => e.instancePath !== at);
  if (elsewhere.length > 0) return `it also breaks ${JSON.stringify(elsewhere)}`;
  const named = errors.some((e) => e.keyword === invalid.violation.constraint);
  return named
    ? undefined
    : `the validator reports ${JSON.stringify(errors)} instead of ${invalid.violation.constraint}`;
}

/** A violation path with list indexes folded into `*` and map keys dropped, for coverage tables. */
function coarsePath(path: string): string {
  const segments = path.split('/').slice(1);
  const mapAt = segments.indexOf('tags');
  const kept = mapAt >= 0 ? segments.slice(0, mapAt + 1) : segments;
  return kept.map((segment) => `/${/^\d+$/.test(segment) ? '*' : segment}`).join('');
}

describe('invalidInputArbitrary', () => {
  test.each(operationNames)('%s: every value fails the generated validator for its stated reason only', (operation) => {
    const validate = inputValidators[operation];
    fc.assert(
      fc.property(invalidInputArbitrary(operation), (invalid) => {
        const problem = mismatch(invalid, validate(invalid.input), validate.errors ?? []);
        if (problem !== undefined) throw new Error(`${invalid.violation.description}: ${problem}`);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test.each(operationNames)('%s: the same seed gives the same values', (operation) => {
    const first = fc.sample(invalidInputArbitrary(operation), { seed: 3, numRuns: 30 });
    expect(fc.sample(invalidInputArbitrary(operation), { seed: 3, numRuns: 30 })).toEqual(first);
  });

  test('a missing query list is never a violation: the wire cannot tell it from an empty list', () => {
    const values = fc.sample(invalidInputArbitrary('UntagResource'), { seed: SEED, numRuns: 500 });
    expect(values.filter((v) => v.violation.path === '/tagKeys' && v.violation.constraint === 'required')).toEqual([]);
  });

  test.each(operationNames)('%s: wrong JSON types are given to body members only', (operation) => {
    const body = new Set(operations[operation].body);
    const values = fc.sample(invalidInputArbitrary(operation), { seed: SEED, numRuns: 400 });
    const typed = values
      .filter((v) => v.violation.constraint === 'type')
      .map((v) => v.violation.path.split('/')[1] ?? '');
    expect(typed.filter((member) => !body.has(member))).toEqual([]);
  });

  test.each([
    [
      'CreateChannel',
      [
        '/name:pattern',
        '/name:maxLength',
        '/type:enum',
        '/latencyMode:enum',
        '/tags:maxProperties',
        '/tags:minLength',
        '/tags:maxLength',
        '/name:type',
      ],
    ],
    [
      'PutMetadata',
      [
        '/metadata:maxBytes',
        '/metadata:minLength',
        '/metadata:required',
        '/channelArn:pattern',
        '/channelArn:required',
      ],
    ],
    ['BatchGetChannel', ['/arns:minItems', '/arns:maxItems', '/arns/*:pattern', '/arns:required']],
    ['ListChannels', ['/maxResults:minimum', '/maxResults:maximum', '/maxResults:type', '/nextToken:maxLength']],
    [
      'UntagResource',
      [
        '/resourceArn:required',
        '/resourceArn:maxLength',
        '/resourceArn:minLength',
        '/tagKeys:maxItems',
        '/tagKeys/*:minLength',
      ],
    ],
  ] as const)('%s: the violations cover the constraints of the model', (operation, wanted) => {
    const values = fc.sample(invalidInputArbitrary(operation), { seed: SEED, numRuns: 1500 });
    const seen = new Set(values.map((v) => `${coarsePath(v.violation.path)}:${v.violation.constraint}`));
    expect(wanted.filter((fact) => !seen.has(fact))).toEqual([]);
  });
});
