import { operationNames, operations } from '../../../generated/operations.js';
import { shapeSchemas } from '../../../generated/schemas.js';
import type { OperationName } from '../../../generated/types.js';
import type { CheckContext } from '../context.js';
import { bodyOf, recordAt } from '../expect.js';
import { keyOf, type Listing, paginatedOperations, prepareListing } from '../listings.js';
import { memberShape, requiredMembers } from '../model-facts.js';
import { walkPages } from '../paging.js';
import { createWorkbench, resourceKinds, type Workbench } from '../resource-kinds.js';
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

/** List operations the model does not paginate (ListTagsForResource): each must answer the whole list at once. */
const unpaginatedLists: readonly OperationName[] = operationNames.filter(
  (name) => name.startsWith('List') && operations[name].paginated === null,
);

const MAX_TAGS = Number(shapeSchemas['Tags']?.['maxProperties'] ?? 50);

/**
 * An unpaginated list of a channel holding as many tags as the model allows answers all of them in
 * one response without a nextToken; a list whose input the suite cannot fill is skipped.
 */
async function wholeList(context: CheckContext, s: Scenario, bench: Workbench, operation: OperationName) {
  const channels = resourceKinds.find((k) => k.kind === 'channel');
  const required = requiredMembers(operation);
  const arnMember = required.find((m) => memberShape(operation, m) === 'ResourceArn');
  if (!channels || !arnMember || required.length !== 1) {
    s.outcomes.push({
      status: 'skip',
      operation,
      message: `the suite knows no way to fill ${required.join(', ')}`,
      evidence: [],
    });
    return;
  }
  const tags = Object.fromEntries(
    Array.from({ length: MAX_TAGS - Object.keys(context.fixtures.runTags).length }, (_, i) => [`page-${i}`, `${i}`]),
  );
  const channel = s.setup(await bench.make(channels, { tags }));
  if (!channel) return;
  const listed = await s.succeed(operation, { [arnMember]: channel.arn }, 'listing the tags of a full channel');
  if (!listed) return;
  const got = recordAt(listed.json, 'tags');
  const missing = Object.keys(tags).filter((key) => got[key] !== tags[key]);
  s.assert(
    missing.length === 0 && bodyOf(listed)['nextToken'] === undefined,
    operation,
    `all ${MAX_TAGS} tags in one answer, which the model does not paginate`,
    [channel.exchange, listed],
    `the ${MAX_TAGS} tags of a channel come back with ${missing.length} missing or changed (such as ${JSON.stringify(missing[0])})${bodyOf(listed)['nextToken'] === undefined ? '' : ' and a nextToken the model does not have'}`,
  );
}

/** Following nextToken visits every item exactly once, and a broken token cannot make the walk loop. */
export const paginationCompleteness: Check = {
  id: 'paginationCompleteness',
  title: 'Every item exactly once across pages',
  family: 'pagination',
  operations: [...paginatedOperations, ...unpaginatedLists],
  rule: 'Paging through every paginated list of the model one item at a time returns every item the suite made exactly once and ends with a page that has no nextToken (the suite stops after a bounded number of pages or a repeated token). Stream lists need live streams. A list the model does not paginate (ListTagsForResource, of a channel with the most tags the model allows) answers everything at once without a nextToken.',
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
      for (const operation of unpaginatedLists) await wholeList(context, s, bench, operation);
    } finally {
      await bench.release();
    }
    return s.outcomes;
  },
};
