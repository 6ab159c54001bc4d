import { describe, expect, test } from 'vitest';
import { operations } from '../../generated/operations.js';
import { outputSchemas, shapeSchemas } from '../../generated/schemas.js';
import { pageSizesOf, paginatedOperations } from '../../src/conformance/listings.js';
import { kindListedBy, kindOfArnShape, resourceKinds } from '../../src/conformance/resource-kinds.js';

describe('the resource kinds of the list checks', () => {
  test.each(resourceKinds.map((kind) => [kind.kind, kind] as const))(
    '%s names operations and shapes the model has',
    (_name, kind) => {
      const named = [kind.create.operation, kind.get.operation, kind.list.operation, kind.delete];
      if (kind.batch) named.push(kind.batch.operation);
      expect(named.filter((operation) => !(operation in operations))).toEqual([]);
      expect([kind.shape, kind.list.summary].filter((shape) => shapeSchemas[shape] === undefined)).toEqual([]);
    },
  );

  test('every paginated list whose items have an ARN belongs to a kind', () => {
    const refName = (schema: unknown): string => {
      const ref = (schema as Record<string, unknown> | undefined)?.['$ref'];
      return typeof ref === 'string' ? ref.slice(ref.lastIndexOf('/') + 1) : '';
    };
    const withArns = paginatedOperations.filter((operation) => {
      const properties = outputSchemas[operation]['properties'] as Record<string, unknown>;
      const list = shapeSchemas[refName(properties[operations[operation].paginated?.items ?? ''])];
      const members = (shapeSchemas[refName(list?.['items'])]?.['properties'] ?? {}) as Record<string, unknown>;
      return 'arn' in members;
    });
    expect(withArns.filter((operation) => kindListedBy(operation) === undefined)).toEqual([]);
    expect(withArns.length).toBe(6);
  });

  test.each([
    ['filterByRecordingConfigurationArn', 'ChannelRecordingConfigurationArn', 'recording-configuration'],
    ['filterByPlaybackRestrictionPolicyArn', 'ChannelPlaybackRestrictionPolicyArn', 'playback-restriction-policy'],
    ['filterByAdConfigurationArn', 'ChannelAdConfigurationArn', 'ad-configuration'],
  ])('the ListChannels filter %s (%s) names a %s', (_filter, shape, kind) => {
    expect(kindOfArnShape(shape)?.kind).toBe(kind);
  });
});

describe('the page sizes of the list checks', () => {
  test('all 8 paginators of the model are found in the operation table', () => {
    expect(paginatedOperations).toHaveLength(8);
  });

  test.each([
    ['ListStreamKeys', { member: 'maxResults', minimum: 1, maximum: 50, defaultSize: 1 }],
    ['ListPlaybackRestrictionPolicies', { member: 'maxResults', minimum: 1, maximum: 100, defaultSize: 1 }],
    ['ListChannels', { member: 'maxResults', minimum: 1, maximum: 100, defaultSize: 100 }],
    ['ListStreamSessions', { member: 'maxResults', minimum: 1, maximum: 100, defaultSize: 100 }],
  ] as const)('%s pages are read from the model and the conventions', (operation, want) => {
    expect(pageSizesOf(operation)).toEqual(want);
  });
});
