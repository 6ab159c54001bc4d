import { keyOf, type Listing, paginatedOperations, prepareListing } from '../listings.js';
import { walkPages } from '../paging.js';
import { createWorkbench } from '../resource-kinds.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Check } from '../check.js';

/** The most pages one walk may take: a list of the whole account at one item a page stays well under it. */
const MAX_PAGES = 300;

/** Judges one walk: it ends, no item comes twice, every expected item comes. */
export function judgeWalk(
  s: Scenario,
  listing: Listing,
  walk: Awaited<ReturnType<typeof walkPages>>,
  label: string,
): void {
  const { operation } = listing;
  if (walk.problem) {
    s.assert(false, operation, `${label}: pages end`, walk.pages, `${label}: ${walk.problem}`);
    return;
  }
  const counts = new Map<string, number>();
  for (const item of walk.items) {
    const key = keyOf(item, listing.key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, n]) => n > 1).map(([key]) => key);
  const missing = listing.expected.filter((key) => !counts.has(key));
  s.assert(
    repeated.length === 0,
    operation,
    `${label}: no item appears twice across ${walk.pages.length} pages`,
    walk.pages,
    `${label}: ${JSON.stringify(repeated[0])} appears on more than one page (${repeated.length} repeated)`,
  );
  s.assert(
    missing.length === 0,
    operation,
    `${label}: every one of the ${listing.expected.length} items made appears`,
    walk.pages,
    `${label}: ${missing.length} of ${listing.expected.length} items made never appear across ${walk.pages.length} pages, such as ${missing[0]}`,
  );
}

/** Following nextToken visits every item exactly once, and a broken token cannot make the walk loop. */
export const paginationCompleteness: Check = {
  id: 'paginationCompleteness',
  title: 'Every item exactly once across pages',
  family: 'pagination',
  operations: paginatedOperations,
  rule: 'Paging through every paginated list of the model one item at a time returns every item the suite made exactly once and ends with a page that has no nextToken (the suite stops after a bounded number of pages or a repeated token). Stream lists need live streams.',
  async run(context) {
    const s = createScenario(context.client);
    const bench = createWorkbench(context, 'pages');
    try {
      for (const operation of paginatedOperations) {
        const listing = await prepareListing(context, s, bench, operation);
        if (!listing) continue;
        const size = listing.pageSizes ? { [listing.pageSizes.member]: listing.pageSizes.minimum } : {};
        const walk = await walkPages(
          context.client,
          operation,
          listing.items,
          { ...listing.input, ...size },
          MAX_PAGES,
        );
        judgeWalk(s, listing, walk, `${listing.pageSizes?.minimum ?? 'default'} a page`);
        await bench.release();
      }
    } finally {
      await bench.release();
    }
    return s.outcomes;
  },
};
