import { operations } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import { decodePageToken, encodePageToken } from '../protocol/conventions.js';
import { type Result, fail, ok } from './result.js';

/** What a list request says about paging. */
export interface PageRequest {
  /** The name of the list in the output (`channels`, `streamKeys`, `streams`); tokens carry it. */
  readonly listName: string;
  /** The `nextToken` from the request, if any. */
  readonly nextToken?: string | undefined;
  /** The page size asked for, if any. */
  readonly maxResults?: number | undefined;
  /** The page size when none is asked for. */
  readonly defaultPageSize: number;
  /** Further check of a token's last key against the request (e.g. the stream key is the requested channel's). */
  readonly acceptsLastKey?: (lastKey: string) => boolean;
}

/** The paging members of a List operation's input. */
export interface PagedInput {
  readonly nextToken?: string | undefined;
  readonly maxResults?: number | undefined;
}

/** The page request of a List operation: the model's name of its list `member` (tokens carry it), and the input's token and size. */
export function listPageRequest(
  operation: OperationName,
  member: string,
  input: PagedInput,
  defaultPageSize: number,
): PageRequest {
  return {
    listName: operations[operation].paginated?.items ?? member,
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    defaultPageSize,
  };
}

/** A List operation's output: the page's items as `view` shows them, under `member`, with `nextToken` when more follow. */
export function pageOutput<T, M extends string, V>(
  member: M,
  page: Page<T>,
  view: (item: T) => V,
): { [K in M]: V[] } & { nextToken?: string } {
  const output: Record<string, unknown> = { [member]: page.items.map(view) };
  // Added in place, not spread into a copy: this runs on every List request.
  if (page.nextToken !== undefined) output.nextToken = page.nextToken;
  return output as { [K in M]: V[] } & { nextToken?: string };
}

/** One page of items and the token of the next page, absent on the last page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken?: string;
}

/**
 * The `count` items with the smallest keys greater than `after`, in key order (plain code-unit
 * order). One pass with a short sorted buffer, so a page costs O(n) on a large store, not a sort.
 */
function smallestAfter<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string,
  after: string | undefined,
  count: number,
): { item: T; key: string }[] {
  const best: { item: T; key: string }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (after !== undefined && key <= after) continue;
    if (best.length === count && key >= (best[count - 1]?.key ?? '')) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((best[middle]?.key ?? '') < key) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, { item, key });
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * Cuts one page out of a list sorted by a key (plain string order). The token holds the key of
 * the last item returned, and the next page starts after it, so deleting items between pages
 * neither repeats nor skips the others. A token that does not decode, names another list, or
 * fails `acceptsLastKey` is a ValidationException; an empty token means the first page.
 */
export function paginate<T>(items: Iterable<T>, keyOf: (item: T) => string, request: PageRequest): Result<Page<T>> {
  const start = pageStart(request);
  if (!start.ok) return start;
  const size = pageSize(request);
  return ok(cutPage(smallestAfter(items, keyOf, start.value, size + 1), size, request.listName));
}

/**
 * Like `paginate`, for items that `itemsAfter` already yields in key order starting after a key:
 * it reads only one page (plus one item to know whether another page follows).
 */
export function paginateOrdered<T>(
  itemsAfter: (after: string | undefined) => Iterable<T>,
  keyOf: (item: T) => string,
  request: PageRequest,
): Result<Page<T>> {
  const start = pageStart(request);
  if (!start.ok) return start;
  const size = pageSize(request);
  const taken: { item: T; key: string }[] = [];
  for (const item of itemsAfter(start.value)) {
    taken.push({ item, key: keyOf(item) });
    if (taken.length > size) break;
  }
  return ok(cutPage(taken, size, request.listName));
}

const pageSize = (request: PageRequest): number => request.maxResults ?? request.defaultPageSize;

/** The key the page starts after (`undefined` for the first page), or why the token is refused. */
function pageStart(request: PageRequest): Result<string | undefined> {
  if (request.nextToken === undefined || request.nextToken === '') return ok(undefined);
  const token = decodePageToken(request.nextToken);
  if (token === undefined)
    return fail('ValidationException', 'The nextToken is not valid: it was not issued by this service.');
  if (token.listName !== request.listName || !(request.acceptsLastKey?.(token.lastKey) ?? true)) {
    return fail(
      'ValidationException',
      `The nextToken is not valid here: it was issued for a different ${request.listName} request.`,
    );
  }
  return ok(token.lastKey);
}

/** The first `size` of up to `size + 1` ordered items, with a token when the extra one shows more follow. */
function cutPage<T>(ordered: readonly { item: T; key: string }[], size: number, listName: string): Page<T> {
  const page = ordered.slice(0, size);
  const last = page[page.length - 1];
  const items = page.map((entry) => entry.item);
  if (ordered.length <= size || last === undefined) return { items };
  return { items, nextToken: encodePageToken(listName, last.key) };
}
