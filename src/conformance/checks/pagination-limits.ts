import { bodyOf, listAt } from '../expect.js';
import { walkPages } from '../paging.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

const CHANNELS = 3;

/** Pages hold at most `maxResults` items, and the page that completes the list has no nextToken. */
export const paginationLimits: Check = {
  id: 'paginationLimits',
  title: 'maxResults and the last page',
  family: 'pagination',
  operations: ['ListChannels'],
  rule: 'No page holds more than maxResults items; a page is followed by a nextToken while items remain; the page that completes the list carries no nextToken.',
  async run(context) {
    const s = createScenario(context.client);
    const name = context.fixtures.name('limits');
    const arns: string[] = [];
    for (let i = 0; i < CHANNELS; i += 1) {
      const created = s.setup(await context.fixtures.createChannel({ name }));
      if (!created) return s.outcomes;
      arns.push(created.arn);
    }
    for (const maxResults of [1, 2, 50]) {
      const walk = await walkPages(context.client, 'ListChannels', 'channels', { filterByName: name, maxResults }, 20);
      if (walk.problem) {
        s.assert(false, 'ListChannels', `maxResults ${maxResults}: pages end`, walk.pages, walk.problem);
        continue;
      }
      const oversized = walk.pages.find((page) => listAt(page.json, 'channels').length > maxResults);
      s.assert(
        oversized === undefined,
        'ListChannels',
        `maxResults ${maxResults}: no page holds more than ${maxResults} items`,
        walk.pages,
        `maxResults ${maxResults}: a page holds ${oversized ? listAt(oversized.json, 'channels').length : 0} items`,
      );
      let seen = 0;
      let endedCleanly = true;
      for (const page of walk.pages) {
        seen += listAt(page.json, 'channels').filter((c) => arns.includes(String(c['arn']))).length;
        const token = bodyOf(page)['nextToken'];
        if (seen >= CHANNELS && token !== undefined) {
          s.assert(
            false,
            'ListChannels',
            `maxResults ${maxResults}: the last page has no nextToken`,
            walk.pages,
            `maxResults ${maxResults}: the page that completes the list still carries nextToken ${JSON.stringify(token)}`,
          );
          endedCleanly = false;
          break;
        }
      }
      if (endedCleanly)
        s.assert(
          seen >= CHANNELS,
          'ListChannels',
          `maxResults ${maxResults}: pages end where the list ends`,
          walk.pages,
          `maxResults ${maxResults}: only ${seen} of ${CHANNELS} channels were listed`,
        );
    }
    return s.outcomes;
  },
};
