import type { OperationName } from '../../../generated/types.js';
import type { CheckContext } from '../context.js';
import { walkPages } from '../paging.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Check } from '../check.js';

const CHANNELS = 5;

function judge(
  s: Scenario,
  operation: OperationName,
  key: string,
  expected: readonly string[],
  walk: Awaited<ReturnType<typeof walkPages>>,
): void {
  if (walk.problem) {
    s.assert(false, operation, 'pages end', walk.pages, walk.problem);
    return;
  }
  const counts = new Map<unknown, number>();
  for (const item of walk.items) counts.set(item[key], (counts.get(item[key]) ?? 0) + 1);
  const repeated = [...counts].filter(([, n]) => n > 1).map(([arn]) => arn);
  const missing = expected.filter((arn) => !counts.has(arn));
  s.assert(
    repeated.length === 0,
    operation,
    `no item appears twice across ${walk.pages.length} pages`,
    walk.pages,
    `${JSON.stringify(repeated[0])} appears on more than one page (${repeated.length} repeated)`,
  );
  s.assert(
    missing.length === 0,
    operation,
    `every one of the ${expected.length} items appears`,
    walk.pages,
    `${missing.length} of ${expected.length} items never appear across ${walk.pages.length} pages, such as ${missing[0]}`,
  );
}

async function streamsCase(context: CheckContext, s: Scenario, arns: readonly string[]): Promise<void> {
  if (!context.streams.available) {
    s.outcomes.push({
      status: 'skip',
      operation: 'ListStreams',
      message: `needs live streams: ${context.streams.reason}`,
      evidence: [],
    });
    return;
  }
  const control = context.streams.control;
  const live = arns.slice(0, 3);
  for (const arn of live) await control.start(arn);
  try {
    const walk = await walkPages(context.client, 'ListStreams', 'streams', { maxResults: 1 }, 200);
    judge(s, 'ListStreams', 'channelArn', live, walk);
  } finally {
    for (const arn of live) await control.stop(arn);
  }
}

/** Following nextToken visits every item exactly once, and a broken token cannot make the walk loop. */
export const paginationCompleteness: Check = {
  id: 'paginationCompleteness',
  title: 'Every item exactly once across pages',
  family: 'pagination',
  operations: ['ListChannels', 'ListStreamKeys', 'ListStreams'],
  rule: 'Paging through ListChannels, ListStreamKeys and ListStreams with a small maxResults returns every item exactly once and ends with a page that has no nextToken (the suite stops after a bounded number of pages or a repeated token).',
  async run(context) {
    const s = createScenario(context.client);
    const name = context.fixtures.name('pages');
    const arns: string[] = [];
    for (let i = 0; i < CHANNELS; i += 1) {
      const created = s.setup(await context.fixtures.createChannel({ name }));
      if (!created) return s.outcomes;
      arns.push(created.arn);
    }
    judge(
      s,
      'ListChannels',
      'arn',
      arns,
      await walkPages(context.client, 'ListChannels', 'channels', { filterByName: name, maxResults: 2 }, 20),
    );
    const first = arns[0] ?? '';
    const keys = await walkPages(
      context.client,
      'ListStreamKeys',
      'streamKeys',
      { channelArn: first, maxResults: 1 },
      10,
    );
    judge(s, 'ListStreamKeys', 'channelArn', [first], keys);
    await streamsCase(context, s, arns);
    return s.outcomes;
  },
};
