import { describe, expect, test } from 'vitest';
import { operationNames, operations } from '../../generated/operations.js';
import { inputSchemas } from '../../generated/schemas.js';
import { defaultPageSizeOf, defaultPageSizes, documentedDefaultPageSize } from '../../src/protocol/index.js';

/** Every paginated operation with its items member and the largest `maxResults` its input schema allows. */
const lists = operationNames.flatMap((name) => {
  const paginated = operations[name].paginated;
  if (paginated === null || paginated.pageSize === null) return [];
  const schema = inputSchemas[name] as {
    properties: Record<string, { $ref?: string }>;
    $defs?: Record<string, { maximum?: number }>;
  };
  const ref = schema.properties[paginated.pageSize]?.$ref ?? '';
  const maximum = schema.$defs?.[ref.replace('#/$defs/', '')]?.maximum;
  return [{ name, items: paginated.items, maximum }];
});

describe('default page sizes', () => {
  test('every paginated list of the model has one, read from the operation table', () => {
    expect(Object.keys(defaultPageSizes).sort()).toEqual(lists.map((list) => list.items).sort());
  });

  test.each(lists)('$name: the default page size is within the maxResults range of the model', ({ items, maximum }) => {
    expect(maximum).toBeTypeOf('number');
    expect(defaultPageSizeOf(items)).toBeGreaterThanOrEqual(1);
    expect(defaultPageSizeOf(items)).toBeLessThanOrEqual(maximum ?? 0);
  });

  test('ListStreamKeys and ListPlaybackRestrictionPolicies give one item, as documented', () => {
    expect(defaultPageSizeOf('streamKeys')).toBe(1);
    expect(defaultPageSizeOf('playbackRestrictionPolicies')).toBe(1);
  });

  test('every other list gives the documented 100', () => {
    const others = lists.filter((list) => !['streamKeys', 'playbackRestrictionPolicies'].includes(list.items));
    expect(others.length).toBeGreaterThan(0);
    for (const list of others) expect(defaultPageSizeOf(list.items)).toBe(documentedDefaultPageSize);
    expect(documentedDefaultPageSize).toBe(100);
  });
});
