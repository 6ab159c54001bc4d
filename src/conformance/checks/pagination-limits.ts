import { bodyOf, errorTypeOf, listAt } from '../expect.js';
import { defaultAccountId, defaultRegion, encodePageToken } from '../../protocol/conventions.js';
import { keyOf, type Listing, paginatedOperations, prepareListing } from '../listings.js';
import { walkPages } from '../paging.js';
import { createWorkbench } from '../resource-kinds.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Check } from '../check.js';
import { judgeWalk } from './pagination-completeness.js';

const MAX_PAGES = 300;

/** Walks with one page size: no page is larger, and on an exact list the page that completes it is the last. */
async function walkWithSize(context: Parameters<Check['run']>[0], s: Scenario, listing: Listing, size: number) {
  const { operation, pageSizes } = listing;
  const label = `maxResults ${size}`;
  const input = { ...listing.input, ...(pageSizes ? { [pageSizes.member]: size } : {}) };
  const walk = await walkPages(context.client, operation, listing.items, input, MAX_PAGES);
  judgeWalk(s, listing, walk, label);
  if (walk.problem) return;
  const oversized = walk.pages.find((page) => listAt(page.json, listing.items).length > size);
  s.assert(
    oversized === undefined,
    operation,
    `${label}: no page holds more than ${size} items`,
    walk.pages,
    `${label}: a page holds ${oversized ? listAt(oversized.json, listing.items).length : 0} items`,
  );
  if (!listing.exact) return;
  let seen = 0;
  for (const page of walk.pages) {
    seen += listAt(page.json, listing.items).filter((item) =>
      listing.expected.includes(keyOf(item, listing.key)),
    ).length;
    const token = bodyOf(page)['nextToken'];
    if (seen >= listing.expected.length && token !== undefined) {
      s.assert(
        false,
        operation,
        '',
        walk.pages,
        `${label}: the page that completes the list still carries nextToken ${JSON.stringify(token)}`,
      );
      return;
    }
  }
  s.assert(true, operation, `${label}: the page that completes the list is the last`, walk.pages);
}

/** Without a page size, the first page holds no more than the documented default. */
async function defaultPage(s: Scenario, listing: Listing): Promise<void> {
  const { operation, pageSizes } = listing;
  if (!pageSizes) return;
  const page = await s.succeed(operation, listing.input, 'the first page without maxResults');
  if (!page) return;
  const held = listAt(page.json, listing.items).length;
  s.assert(
    held <= pageSizes.defaultSize,
    operation,
    `without maxResults a page holds at most the documented default of ${pageSizes.defaultSize}`,
    [page],
    `without maxResults a page holds ${held} items, more than the documented default of ${pageSizes.defaultSize}`,
  );
  if (listing.expected.length > pageSizes.defaultSize)
    s.assert(
      bodyOf(page)['nextToken'] !== undefined,
      operation,
      `without maxResults the first page of ${listing.expected.length} items says more follow`,
      [page],
      `without maxResults the first page holds ${held} of at least ${listing.expected.length} items and carries no nextToken`,
    );
}

/** One page size above the model's largest is 400 ValidationException: the implementation's limit is not above the model's. */
async function aboveLargest(s: Scenario, listing: Listing): Promise<void> {
  const { operation, pageSizes } = listing;
  if (!pageSizes) return;
  await s.error(
    operation,
    { ...listing.input, [pageSizes.member]: pageSizes.maximum + 1 },
    'ValidationException',
    `${pageSizes.member} ${pageSizes.maximum + 1}, one above the model's largest`,
  );
}

/** A token no page gave, and a token of another list, are refused with ValidationException; the spec is silent on it. */
async function foreignTokens(s: Scenario, listing: Listing): Promise<void> {
  const { operation } = listing;
  const other = listing.items === 'channels' ? 'streamKeys' : 'channels';
  const tokens: [string, string][] = [
    ['a nextToken no page gave', 'ivsContractNoSuchPage'],
    [
      `a nextToken of another list (${other})`,
      encodePageToken(other, `arn:aws:ivs:${defaultRegion}:${defaultAccountId}:x/y`),
    ],
  ];
  for (const [what, nextToken] of tokens) {
    const exchange = await s.call(operation, { ...listing.input, nextToken });
    if (errorTypeOf(exchange) === 'ValidationException' && exchange.response?.status === 400)
      s.assert(true, operation, `${what}: 400 ValidationException`, [exchange]);
    else if (exchange.response !== null && exchange.response.status < 500)
      s.warn(
        operation,
        `${what} was answered ${exchange.response.status} ${errorTypeOf(exchange) ?? ''}, not 400 ValidationException; the spec does not say how a bad token is refused`,
        [exchange],
      );
  }
}

/** Pages hold at most `maxResults` items (and the documented default without it), the page that completes a list has no nextToken, and bad tokens are refused. */
export const paginationLimits: Check = {
  id: 'paginationLimits',
  title: 'maxResults, the default page size, the last page and bad tokens',
  family: 'pagination',
  operations: paginatedOperations,
  rule: "For every paginated list of the model: no page holds more than maxResults items at 2 and at the model's largest page size (paginationCompleteness walks at the smallest), and one above the largest is 400 ValidationException; without maxResults no page holds more than the documented default (src/protocol/conventions.ts); the page that completes a filtered list carries no nextToken; a token no page gave and a token of another list are answered 400 ValidationException (otherwise a spec-silence warning; a 5xx is a failure).",
  async run(context) {
    const s = createScenario(context.client);
    const bench = createWorkbench(context, 'limits');
    try {
      for (const operation of paginatedOperations) {
        const listing = await prepareListing(context, s, bench, operation);
        if (!listing) continue;
        const sizes = listing.pageSizes
          ? [...new Set([Math.max(2, listing.pageSizes.minimum), listing.pageSizes.maximum])]
          : [Number.POSITIVE_INFINITY];
        for (const size of sizes) await walkWithSize(context, s, listing, size);
        await defaultPage(s, listing);
        await aboveLargest(s, listing);
        await foreignTokens(s, listing);
        await bench.release();
      }
    } finally {
      await bench.release();
    }
    return s.outcomes;
  },
};
