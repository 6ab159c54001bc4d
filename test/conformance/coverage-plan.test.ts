import { describe, expect, test } from 'vitest';
import { operationNames } from '../../generated/operations.js';
import { inputValidators } from '../../generated/validators.js';
import {
  coveragePlan,
  enumSamples,
  labelOf,
  planKey,
  plannedConstraints,
  validBase,
  type PlanReferences,
} from '../../src/conformance/coverage-plan.js';

const scope = { accountId: '123456789012', region: 'us-west-2' };
const references: PlanReferences = {
  channel: 'arn:aws:ivs:us-west-2:123456789012:channel/resident0001',
  streamKey: 'arn:aws:ivs:us-west-2:123456789012:stream-key/resident0001',
};

describe('planned constraints', () => {
  test('come from the input schema: every keyword of every member, body members also by JSON type', () => {
    expect(plannedConstraints('ListChannels').map(planKey)).toEqual([
      'filterByName:type',
      'filterByName:maxLength',
      'filterByName:pattern',
      'filterByRecordingConfigurationArn:type',
      'filterByRecordingConfigurationArn:maxLength',
      'filterByRecordingConfigurationArn:pattern',
      'filterByPlaybackRestrictionPolicyArn:type',
      'filterByPlaybackRestrictionPolicyArn:maxLength',
      'filterByPlaybackRestrictionPolicyArn:pattern',
      'filterByAdConfigurationArn:type',
      'filterByAdConfigurationArn:maxLength',
      'filterByAdConfigurationArn:pattern',
      'nextToken:type',
      'nextToken:maxLength',
      'nextToken:pattern',
      'maxResults:type',
      'maxResults:minimum',
      'maxResults:maximum',
    ]);
  });

  test('reach into list items and map keys and values', () => {
    const keys = plannedConstraints('TagResource').map(planKey);
    expect(keys).toEqual(
      expect.arrayContaining(['tags:required', 'tags:maxProperties', 'tags{key}:maxLength', 'tags{}:maxLength']),
    );
    expect(plannedConstraints('BatchGetChannel').map(planKey)).toEqual(
      expect.arrayContaining(['arns:required', 'arns:minItems', 'arns:maxItems', 'arns[]:pattern']),
    );
  });

  test('leave out a missing query list, which the wire cannot tell from an empty one', () => {
    expect(plannedConstraints('UntagResource').map(planKey)).not.toContain('tagKeys:required');
  });

  test('cover every operation of the model, whatever it holds', () => {
    for (const operation of operationNames) expect(plannedConstraints(operation).length).toBeGreaterThan(0);
  });
});

describe('the valid base of a plan', () => {
  test('holds only the required members, naming existing resources where the shape is a reference', () => {
    expect(validBase('BatchGetStreamKey', references, scope)).toEqual({ arns: [references.streamKey] });
    expect(validBase('UpdateChannel', references, scope)).toEqual({ arn: references.channel });
    expect(validBase('ListChannels', references, scope)).toEqual({});
  });

  test('is valid for every operation', () => {
    for (const operation of operationNames) {
      expect(inputValidators[operation](validBase(operation, references, scope)), operation).toBe(true);
    }
  });
});

describe('the enum samples', () => {
  test('hold a valid input for each value of each top-level enum member', () => {
    const samples = enumSamples('CreateChannel', scope, 7);
    for (const type of ['BASIC', 'STANDARD', 'ADVANCED_SD', 'ADVANCED_HD']) {
      const sample = samples.find((s) => s['type'] === type);
      expect(sample, type).toBeDefined();
      expect(inputValidators.CreateChannel(sample), type).toBe(true);
    }
  });
});

describe('the coverage plan', () => {
  test.each(operationNames.map((operation) => [operation]))(
    '%s: each input breaks its one constraint, at its member, with every other member as in the valid base',
    (operation) => {
      const base = validBase(operation, references, scope);
      for (const entry of coveragePlan(operation, references, scope)) {
        if (entry.input === null) continue;
        const validate = inputValidators[operation];
        expect(validate(entry.input), `${planKey(entry)} ${JSON.stringify(entry.input)}`).toBe(false);
        const { [entry.member]: _broken, ...others } = entry.input;
        const { [entry.member]: _valid, ...baseOthers } = base;
        expect(others).toEqual(baseOthers);
      }
    },
  );

  test('breaks a range just outside it, where off-by-one bugs live', () => {
    const plan = coveragePlan('ListChannels', references, scope);
    expect(plan.find((e) => planKey(e) === 'maxResults:minimum')?.input).toEqual({ maxResults: 0 });
    expect(plan.find((e) => planKey(e) === 'maxResults:maximum')?.input).toEqual({ maxResults: 101 });
  });

  test('sends no page token unless the token is what it breaks', () => {
    for (const entry of coveragePlan('ListChannels', references, scope)) {
      if (entry.member !== 'nextToken') expect(entry.input).not.toHaveProperty('nextToken');
    }
  });

  test('finds an input for every constraint except a minimum length a pattern already implies', () => {
    const missing = operationNames.flatMap((operation) =>
      coveragePlan(operation, references, scope)
        .filter((entry) => entry.input === null)
        .map(planKey),
    );
    expect(missing.every((key) => key.endsWith(':minLength'))).toBe(true);
  });

  test('is the same every time', () => {
    expect(coveragePlan('CreateChannel', references, scope)).toEqual(coveragePlan('CreateChannel', references, scope));
  });
});

describe('labelOf', () => {
  test.each([
    ['/arns/3', undefined, 'BatchGetChannel', 'arns[]'],
    ['/tags/env', undefined, 'CreateChannel', 'tags{}'],
    ['/tags', true, 'CreateChannel', 'tags{key}'],
    ['/maxResults', undefined, 'ListChannels', 'maxResults'],
  ] as const)('%s (key: %s) of %s is %s', (path, onKey, operation, want) => {
    expect(labelOf(operation, { path, constraint: 'maxLength', description: '', ...(onKey ? { onKey } : {}) })).toBe(
      want,
    );
  });
});
