import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { allChecks } from '../../src/conformance/checks/index.js';
import { matchesPattern, parseShard, runInShard, selectChecks } from '../../src/conformance/suite.js';

const check = (id: string) => allChecks.find((c) => c.id === id)!;
const none = { only: [], skip: [], shard: { index: 1, count: 1 } };

describe('matchesPattern', () => {
  test.each([
    ['an exact id', 'channelLifecycle', 'channelLifecycle', true],
    ['an id in another case', 'CHANNELLIFECYCLE', 'channelLifecycle', true],
    ['a wildcard', 'pagination*', 'paginationLimits', true],
    ['a family', 'streams', 'metadataLimits', true],
    ['an operation the check covers', 'PutMetadata', 'metadataLimits', true],
    ['an unrelated word', 'tags', 'channelDefaults', false],
    ['a partial id without wildcard', 'pagination', 'paginationLimits', true],
  ])('%s', (_name, pattern, id, want) => {
    expect(matchesPattern(check(id), pattern)).toBe(want);
  });
});

describe('parseShard', () => {
  test.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    ['0/3', undefined],
    ['4/3', undefined],
    ['1-3', undefined],
    ['a/b', undefined],
  ])('%s', (text, want) => {
    expect(parseShard(text)).toEqual(want);
  });
});

describe('selectChecks', () => {
  test('without patterns every check is selected, in registry order', () => {
    expect(selectChecks(allChecks, none).map((c) => c.id)).toEqual(allChecks.map((c) => c.id));
  });

  test('--only keeps matching checks and --skip drops them', () => {
    const ids = selectChecks(allChecks, {
      ...none,
      only: ['pagination*', 'errorConformance'],
      skip: ['paginationLimits', 'paginationUnder*'],
    }).map((c) => c.id);
    expect(ids).toEqual(['errorConformance', 'paginationCompleteness']);
  });

  test('the shards of a campaign split the whole checks without overlap or loss', () => {
    const shards = [1, 2, 3].map((index) =>
      selectChecks(allChecks, { ...none, shard: { index, count: 3 } }).map((c) => c.id),
    );
    const whole = allChecks.filter((c) => c.sharding !== 'split').map((c) => c.id);
    const dealt = shards.flatMap((ids) => ids.filter((id) => whole.includes(id)));
    expect([...dealt].sort()).toEqual([...whole].sort());
  });

  test('split checks run in every shard', () => {
    for (const index of [1, 2, 3]) {
      expect(selectChecks(allChecks, { ...none, shard: { index, count: 3 } }).map((c) => c.id)).toContain(
        'statefulSequences',
      );
    }
  });

  test('the same selection gives the same checks', () => {
    const selection = { ...none, shard: { index: 2, count: 4 } };
    expect(selectChecks(allChecks, selection)).toEqual(selectChecks(allChecks, selection));
  });
});

describe('runInShard', () => {
  test('every random run belongs to exactly one shard', () => {
    for (let run = 0; run < 20; run += 1) {
      const owners = [1, 2, 3].filter((index) => runInShard(run, { index, count: 3 }));
      expect(owners).toHaveLength(1);
    }
  });
});

describe('the registry', () => {
  test('check ids are unique and each check names a rule and a title', () => {
    const ids = allChecks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of allChecks) {
      expect(c.rule.length).toBeGreaterThan(20);
      expect(c.title.length).toBeGreaterThan(3);
    }
  });

  test('every family of the issue has at least one check', () => {
    const families = new Set(allChecks.map((c) => c.family));
    expect([...families].sort()).toEqual([
      'error',
      'pagination',
      'response',
      'robustness',
      'semantics',
      'stateful',
      'streams',
      'validation',
    ]);
  });
});

describe('the README', () => {
  test('names every check of the registry', () => {
    const readme = readFileSync(new URL('../../src/conformance/README.md', import.meta.url), 'utf8');
    expect(allChecks.map((c) => c.id).filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });
});
