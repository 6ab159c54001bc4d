import type { OperationName } from '../../generated/types.js';
import type { ConformanceClient } from './client.js';
import { bodyOf, describeExchange, listAt, succeeded } from './expect.js';
import type { Exchange } from './types.js';

/** What walking every page of a list gave, or where it went wrong. */
export interface PageWalk {
  /** Every item of every page, in order (repeats kept). */
  readonly items: Record<string, unknown>[];
  /** The exchanges, one per page. */
  readonly pages: Exchange[];
  /** Why the walk stopped early, or `null` when the last page came without a nextToken. */
  readonly problem: string | null;
}

/**
 * Follows `nextToken` from page to page, never more than `maxPages` times and never with the same
 * token twice, so a broken token cannot make the suite loop.
 */
export async function walkPages(
  client: ConformanceClient,
  operation: OperationName,
  itemsMember: string,
  input: Record<string, unknown>,
  maxPages: number,
): Promise<PageWalk> {
  const items: Record<string, unknown>[] = [];
  const pages: Exchange[] = [];
  const seenTokens = new Set<string>();
  let nextToken: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const exchange = await client.call(operation, { ...input, ...(nextToken !== undefined ? { nextToken } : {}) });
    pages.push(exchange);
    if (!succeeded(exchange))
      return { items, pages, problem: `page ${page + 1} failed: ${describeExchange(exchange)}` };
    items.push(...listAt(exchange.json, itemsMember));
    const token = bodyOf(exchange)['nextToken'];
    if (token === undefined || token === null) return { items, pages, problem: null };
    if (typeof token !== 'string')
      return { items, pages, problem: `page ${page + 1} has a nextToken that is not a string` };
    if (seenTokens.has(token))
      return {
        items,
        pages,
        problem: `page ${page + 1} returned nextToken ${JSON.stringify(token)} a second time (the pages loop)`,
      };
    seenTokens.add(token);
    nextToken = token;
  }
  return { items, pages, problem: `still a nextToken after ${maxPages} pages (the pages never end)` };
}
