import { describe, expect, test } from 'vitest';
import { paginate, type PageRequest } from '../../src/mock/pagination.js';
import { unwrap } from './context.js';

const items = (seqs: number[]) => seqs.map((seq) => ({ seq }));
const request = (extra: Partial<PageRequest> = {}): PageRequest => ({ operation: 'ListChannels', filter: '', defaultPageSize: 2, ...extra });

function walk(list: { seq: number }[], base: Partial<PageRequest>) {
  const seen: number[] = [];
  let nextToken: string | undefined;
  do {
    const page = unwrap(paginate(list, request({ ...base, nextToken })));
    seen.push(...page.items.map((i) => i.seq));
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return seen;
}

describe('paginate', () => {
  test.each([0, 1, 2, 3, 7, 10])('collects all of %i items exactly once across pages', (n) => {
    const list = items(Array.from({ length: n }, (_, i) => i + 1));
    expect(walk(list, { maxResults: 3 })).toEqual(list.map((i) => i.seq));
  });

  test('the last page carries no nextToken', () => {
    expect(unwrap(paginate(items([1, 2]), request({ maxResults: 2 })))).toEqual({ items: items([1, 2]) });
  });

  test('uses the default page size when maxResults is absent', () => {
    expect(unwrap(paginate(items([1, 2, 3]), request())).items).toHaveLength(2);
  });

  test('items removed or added between pages do not make others repeat or vanish', () => {
    const list = items([1, 2, 3, 4, 5]);
    const first = unwrap(paginate(list, request()));
    const changed = [...items([2, 3, 5]), ...items([6])];
    const second = unwrap(paginate(changed, request({ nextToken: first.nextToken })));
    expect(second.items).toEqual(items([3, 5]));
  });

  test.each([
    ['garbage', 'not a token!'],
    ['base64 of something else', btoa('{"hello":1}')],
    ['truncated base64', 'eyJ2Ijox'],
  ])('a %s token is ValidationException', (_name, nextToken) => {
    const result = paginate(items([1, 2, 3]), request({ nextToken }));
    expect(result.ok ? 'ok' : result.error.type).toBe('ValidationException');
  });

  test.each([
    ['another operation', { operation: 'ListStreams' }],
    ['another filter', { filter: 'name=x' }],
  ])('a token used for %s is ValidationException', (_name, other) => {
    const token = unwrap(paginate(items([1, 2, 3]), request())).nextToken;
    const result = paginate(items([1, 2, 3]), request({ ...other, nextToken: token }));
    expect(result.ok ? 'ok' : result.error.type).toBe('ValidationException');
  });

  test('tokens are opaque URL-safe text', () => {
    expect(unwrap(paginate(items([1, 2, 3]), request({ filter: 'name=a'.repeat(20) }))).nextToken).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  test('an empty nextToken reads as the first page', () => {
    expect(unwrap(paginate(items([1, 2, 3]), request({ nextToken: '' }))).items).toEqual(items([1, 2]));
  });
});
