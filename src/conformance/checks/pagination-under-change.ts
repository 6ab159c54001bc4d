import type { OperationName } from '../../../generated/types.js';
import type { Check } from '../check.js';
import type { CheckContext } from '../context.js';
import { bodyOf, describeExchange, listAt, succeeded } from '../expect.js';
import { paginatedOperations } from '../listings.js';
import { requiredMembers } from '../model-facts.js';
import { createWorkbench, kindListedBy, type ResourceKind } from '../resource-kinds.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Exchange } from '../types.js';

const ITEMS = 6;
const PAGE_SIZE = 2;
const MAX_PAGES = 50;

/**
 * The lists the check changes between pages: every paginated list of a resource kind that needs no
 * input, so the suite can add and delete its items at will (a channel's stream keys and sessions
 * are lists of one channel, and streams come and go only through the stream control).
 */
export const listsUnderChange: readonly ResourceKind[] = paginatedOperations.flatMap((operation) => {
  const kind = kindListedBy(operation);
  return kind && requiredMembers(operation).length === 0 ? [kind] : [];
});

const arnsOf = (exchange: Exchange, kind: ResourceKind): string[] =>
  listAt(exchange.json, kind.listMember).map((item) => String(item['arn']));

/**
 * Fills one list with up to 6 resources of its kind (at least 3 when a small quota stops it sooner),
 * walks it 2 at a time, and after the first page deletes the ones seen, one not yet seen (when two
 * or more are left) and creates one.
 */
async function walkWhileChanging(context: CheckContext, s: Scenario, kind: ResourceKind): Promise<void> {
  const bench = createWorkbench(context, `paging-change-${kind.kind}`);
  const list: OperationName = kind.list;
  try {
    const name = context.fixtures.name(`paging-change-${kind.kind}`);
    const made: string[] = [];
    const input = kind.kind === 'channel' ? { name } : {};
    for (let i = 0; i < ITEMS; i += 1) {
      const step = await bench.make(kind, input);
      if (!step.ok && step.outcome.status === 'skip' && made.length > PAGE_SIZE) break;
      const resource = s.setup(step);
      if (!resource) return;
      made.push(resource.arn);
    }
    const filter = kind.listInput({ name });
    const pages: Exchange[] = [];
    const first = await s.succeed(list, { ...filter, maxResults: PAGE_SIZE }, 'the first page');
    if (!first) return;
    pages.push(first);
    const seen = arnsOf(first, kind);
    let token = bodyOf(first)['nextToken'];
    const deletedSeen = made.filter((arn) => seen.includes(arn));
    const unseen = made.filter((arn) => !seen.includes(arn));
    if (typeof token !== 'string' || unseen.length === 0) {
      s.assert(
        false,
        list,
        '',
        [first],
        `the first page of ${made.length} ${kind.list} items at ${PAGE_SIZE} a page came without a nextToken`,
      );
      return;
    }
    const deletedUnseen = unseen.length > 1 ? unseen.slice(0, 1) : [];
    for (const arn of [...deletedSeen, ...deletedUnseen])
      await s.succeed(kind.delete, { arn }, `deleting a ${kind.noun} between pages`);
    s.setup(await bench.make(kind, input));
    for (let page = 1; typeof token === 'string' && page < MAX_PAGES; page += 1) {
      const exchange = await s.call(list, { ...filter, maxResults: PAGE_SIZE, nextToken: token });
      pages.push(exchange);
      if (!succeeded(exchange)) {
        s.assert(
          false,
          list,
          '',
          pages,
          `the nextToken issued before items were deleted and created was refused: ${describeExchange(exchange)}`,
        );
        return;
      }
      seen.push(...arnsOf(exchange, kind));
      token = bodyOf(exchange)['nextToken'];
    }
    const stable = made.filter((arn) => !deletedSeen.includes(arn) && !deletedUnseen.includes(arn));
    const counts = stable.map((arn) => [arn, seen.filter((x) => x === arn).length] as const);
    const missing = counts.filter(([, n]) => n === 0).map(([arn]) => arn);
    const repeated = counts.filter(([, n]) => n > 1).map(([arn]) => arn);
    s.assert(
      missing.length === 0,
      list,
      `all ${stable.length} items that existed for the whole walk appear`,
      pages,
      `${missing.length} items that existed for the whole walk never appear after the change, such as ${missing[0]}`,
    );
    s.assert(
      repeated.length === 0,
      list,
      'no item that existed for the whole walk appears twice',
      pages,
      `${repeated.length} items appear on more than one page after the change, such as ${repeated[0]}`,
    );
  } finally {
    await bench.release();
  }
}

/** Resources inserted and deleted between pages neither hide nor repeat the ones that exist for the whole walk. */
export const paginationUnderChange: Check = {
  id: 'paginationUnderChange',
  title: 'Paging while the list changes',
  family: 'pagination',
  operations: [...new Set(listsUnderChange.flatMap((k) => [k.list, k.create, k.delete]))],
  rule: `While each list of a resource kind that needs no input (${listsUnderChange.map((k) => k.list).join(', ')}) is walked ${PAGE_SIZE} at a time, after the first page the items of that page and one not yet seen are deleted and one is created (so a paging by position skips an item whatever the order): every item that exists for the whole walk appears exactly once, and the nextToken issued before the change still gives the next page.`,
  async run(context) {
    const s = createScenario(context.client);
    for (const kind of listsUnderChange) await walkWhileChanging(context, s, kind);
    return s.outcomes;
  },
};
