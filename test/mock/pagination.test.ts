import { describe, expect, test } from 'vitest';
import { decodePageToken, encodePageToken } from '../../src/protocol/conventions.js';
import { paginate, type PageRequest } from '../../src/mock/pagination.js';
import { unwrap } from './context.js';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `arn:x/${String.fromCharCode(97 + i)}`);
const request = (extra: Partial<PageRequest> = {}): PageRequest => ({
  listName: 'channels',
  defaultPageSize: 2,
  ...extra,
});
const byItself = (key: string) => key;

function walk(list: string[], base: Partial<PageRequest>) {
  const seen: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = unwrap(paginate(list, byItself, request({ ...base, nextToken })));
    seen.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return seen;
}

describe('paginate', () => {
  test.each([0, 1, 2, 3, 7, 10])('collects all of %i items exactly once across pages', (n) => {
    expect(walk(keys(n), { maxResults: 3 })).toEqual(keys(n));
  });

  test('sorts by key in plain code-unit order', () => {
    expect(unwrap(paginate(['b', 'B', 'a', '_'], byItself, request({ maxResults: 10 }))).items).toEqual([
      'B',
      '_',
      'a',
      'b',
    ]);
  });

  test('the last page carries no nextToken', () => {
    expect(unwrap(paginate(['a', 'b'], byItself, request({ maxResults: 2 })))).toEqual({ items: ['a', 'b'] });
  });

  test('uses the default page size when maxResults is absent', () => {
    expect(unwrap(paginate(keys(3), byItself, request())).items).toHaveLength(2);
  });

  test('items deleted between pages make no others repeat or vanish', () => {
    const first = unwrap(paginate(['a', 'b', 'c', 'd', 'e'], byItself, request()));
    const second = unwrap(paginate(['b', 'c', 'e'], byItself, request({ nextToken: first.nextToken })));
    expect(second.items).toEqual(['c', 'e']);
  });

  test('a token is base64url of listName:lastKey without padding', () => {
    const token = unwrap(paginate(['arn:1', 'arn:2', 'arn:3'], byItself, request())).nextToken ?? '';
    expect(token).toBe(encodePageToken('channels', 'arn:2'));
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(atob(token.replace(/-/g, '+').replace(/_/g, '/'))).toBe('channels:arn:2');
    expect(decodePageToken(token)).toEqual({ listName: 'channels', lastKey: 'arn:2' });
  });

  test.each([
    ['garbage', 'not a token!'],
    ['base64 without a list name', btoa('nothing')],
    ['base64 with an empty key', btoa('channels:')],
  ])('a %s token is ValidationException', (_name, nextToken) => {
    const result = paginate(keys(3), byItself, request({ nextToken: nextToken.replace(/=+$/, '') }));
    expect(result.ok ? 'ok' : result.error.type).toBe('ValidationException');
  });

  test('a token of another list is ValidationException', () => {
    const result = paginate(keys(3), byItself, request({ nextToken: encodePageToken('streams', 'arn:x/a') }));
    expect(result.ok ? 'ok' : result.error.type).toBe('ValidationException');
  });

  test('a token whose last key the request refuses is ValidationException', () => {
    const result = paginate(
      keys(3),
      byItself,
      request({ nextToken: encodePageToken('channels', 'arn:x/a'), acceptsLastKey: () => false }),
    );
    expect(result.ok ? 'ok' : result.error.type).toBe('ValidationException');
  });

  test('an empty nextToken reads as the first page', () => {
    expect(unwrap(paginate(keys(3), byItself, request({ nextToken: '' }))).items).toEqual(keys(2));
  });
});
