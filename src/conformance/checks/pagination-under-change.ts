import { bodyOf, describeExchange, listAt, succeeded } from '../expect.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';
import type { Exchange } from '../types.js';

const CHANNELS = 6;
const PAGE_SIZE = 2;
const MAX_PAGES = 20;

/** Channels inserted and deleted between pages neither hide nor repeat the channels that exist for the whole walk. */
export const paginationUnderChange: Check = {
  id: 'paginationUnderChange',
  title: 'Paging while the list changes',
  family: 'pagination',
  operations: ['ListChannels', 'CreateChannel', 'DeleteChannel'],
  rule: `While ListChannels is walked ${PAGE_SIZE} at a time, both channels of the first page and one not yet seen are deleted and one is created after the first page (so a paging by position skips a channel whatever the order): every channel that exists for the whole walk appears exactly once, and the nextToken issued before the change still gives the next page.`,
  async run(context) {
    const s = createScenario(context.client);
    const name = context.fixtures.name('paging-change');
    const arns: string[] = [];
    for (let i = 0; i < CHANNELS; i += 1) {
      const created = s.setup(await context.fixtures.createChannel({ name }));
      if (!created) return s.outcomes;
      arns.push(created.arn);
    }
    const pages: Exchange[] = [];
    const seen: string[] = [];
    const first = await s.succeed('ListChannels', { filterByName: name, maxResults: PAGE_SIZE }, 'the first page');
    if (!first) return s.outcomes;
    pages.push(first);
    seen.push(...listAt(first.json, 'channels').map((c) => String(c['arn'])));
    let token = bodyOf(first)['nextToken'];
    const deletedSeen = arns.filter((arn) => seen.includes(arn));
    const deletedUnseen = arns.find((arn) => !seen.includes(arn));
    if (typeof token !== 'string' || deletedSeen.length !== PAGE_SIZE || !deletedUnseen) {
      s.assert(
        false,
        'ListChannels',
        '',
        [first],
        `the first of ${CHANNELS} channels at ${PAGE_SIZE} a page came without a nextToken or with channels that are not ours`,
      );
      return s.outcomes;
    }
    for (const arn of [...deletedSeen, deletedUnseen])
      await s.succeed('DeleteChannel', { arn }, 'deleting a channel between pages');
    s.setup(await context.fixtures.createChannel({ name }));
    for (let page = 1; typeof token === 'string' && page < MAX_PAGES; page += 1) {
      const exchange = await s.call('ListChannels', { filterByName: name, maxResults: PAGE_SIZE, nextToken: token });
      pages.push(exchange);
      if (!succeeded(exchange)) {
        s.assert(
          false,
          'ListChannels',
          '',
          pages,
          `the nextToken issued before channels were deleted and created was refused: ${describeExchange(exchange)}`,
        );
        return s.outcomes;
      }
      seen.push(...listAt(exchange.json, 'channels').map((c) => String(c['arn'])));
      token = bodyOf(exchange)['nextToken'];
    }
    const stable = arns.filter((arn) => !deletedSeen.includes(arn) && arn !== deletedUnseen);
    const counts = stable.map((arn) => [arn, seen.filter((x) => x === arn).length] as const);
    const missing = counts.filter(([, n]) => n === 0).map(([arn]) => arn);
    const repeated = counts.filter(([, n]) => n > 1).map(([arn]) => arn);
    s.assert(
      missing.length === 0,
      'ListChannels',
      `all ${stable.length} channels that existed for the whole walk appear`,
      pages,
      `${missing.length} channels that existed for the whole walk never appear after the change, such as ${missing[0]}`,
    );
    s.assert(
      repeated.length === 0,
      'ListChannels',
      'no channel that existed for the whole walk appears twice',
      pages,
      `${repeated.length} channels appear on more than one page after the change, such as ${repeated[0]}`,
    );
    return s.outcomes;
  },
};
