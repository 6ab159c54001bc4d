import { shapeSchemas } from '../../../generated/schemas.js';
import type { OperationName } from '../../../generated/types.js';
import type { CheckContext } from '../context.js';
import { listAt, recordAt } from '../expect.js';
import { walkPages } from '../paging.js';
import { shapeMembers } from '../model-facts.js';
import { addedResources, createWorkbench } from '../resource-kinds.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Check } from '../check.js';

/** For every other kind, the list summary carries every member its summary shape declares that the full object has, with the same value. */
async function otherSummaries(context: CheckContext, s: Scenario): Promise<void> {
  const bench = createWorkbench(context, 'summary');
  try {
    for (const kind of addedResources) {
      const made = s.setup(await bench.make(kind, { tags: { kind: 'summary' } }));
      if (!made) continue;
      const got = await s.succeed(kind.get, { arn: made.arn }, `reading the ${kind.kind}`);
      if (!got) continue;
      const full = recordAt(got.json, kind.member);
      const list = kind.list;
      const walk = await walkPages(
        context.client,
        list,
        kind.listMember,
        { ...kind.listInput(full), maxResults: 50 },
        50,
      );
      const summary = walk.items.find((item) => item['arn'] === made.arn);
      if (walk.problem || !summary) {
        s.assert(false, list, '', walk.pages, walk.problem ?? `${list} does not list ${made.arn}`);
        continue;
      }
      const evidence = [got, ...walk.pages];
      const required = (shapeSchemas[kind.summary]?.['required'] as string[] | undefined) ?? [];
      for (const member of shapeMembers(kind.summary).filter((m) => !kind.volatile.includes(m))) {
        if (!(member in full) && !(member in summary) && !required.includes(member)) continue;
        s.assert(
          JSON.stringify(summary[member]) === JSON.stringify(full[member]),
          list,
          `${kind.kind} summary ${member} equals the full object's`,
          evidence,
          `${kind.kind} summary ${member} is ${JSON.stringify(summary[member]) ?? 'missing'}, ${kind.get} says ${JSON.stringify(full[member]) ?? 'nothing'}`,
        );
      }
    }
  } finally {
    await bench.release();
  }
}

/** Summaries in lists agree with the full objects, and the secret `value` appears only where allowed. */
export const summaryShapes: Check = {
  id: 'summaryShapes',
  title: 'Summaries versus full objects',
  family: 'semantics',
  operations: [
    'CreateChannel',
    'GetStreamKey',
    'ListStreamKeys',
    'ListChannels',
    ...addedResources.flatMap((k): OperationName[] => [k.create, k.get, k.list]),
  ],
  rule: "CreateChannel's and GetStreamKey's stream key carry the secret value, ListStreamKeys summaries never do; every member of a ChannelSummary or StreamKeySummary equals the full object's; for every other kind, each member its summary shape declares (required, or present in Get) is in the summary with Get's value (a recording configuration's state may move on).",
  async run(context) {
    const s = createScenario(context.client);
    const name = context.fixtures.name('summary');
    const created = s.setup(await context.fixtures.createChannel({ name, tags: { kind: 'summary' } }));
    if (!created) return s.outcomes;
    const keyArn = created.streamKey['arn'];
    s.assert(
      typeof created.streamKey['value'] === 'string',
      'CreateChannel',
      "CreateChannel's stream key has its value",
      [created.exchange],
      "CreateChannel's stream key has no value",
    );
    if (typeof keyArn === 'string') {
      const got = await s.succeed('GetStreamKey', { arn: keyArn }, 'reading the stream key');
      const full = got ? recordAt(got.json, 'streamKey') : {};
      if (got)
        s.assert(
          typeof full['value'] === 'string',
          'GetStreamKey',
          'GetStreamKey returns the value',
          [got],
          'GetStreamKey returns no value',
        );
      const listed = await s.succeed('ListStreamKeys', { channelArn: created.arn }, 'listing the stream keys');
      if (listed) {
        const summary = listAt(listed.json, 'streamKeys').find((k) => k['arn'] === keyArn);
        if (!summary) {
          s.assert(false, 'ListStreamKeys', 'the key is listed', [listed], `ListStreamKeys does not list ${keyArn}`);
        } else {
          s.assert(
            !('value' in summary),
            'ListStreamKeys',
            'summaries leave out the secret value',
            [listed],
            'a ListStreamKeys summary carries the secret value',
          );
          for (const member of shapeMembers('StreamKeySummary')) {
            s.assert(
              JSON.stringify(summary[member]) === JSON.stringify(full[member]),
              'ListStreamKeys',
              `summary ${member} equals the full key's`,
              got ? [got, listed] : [listed],
              `summary ${member} is ${JSON.stringify(summary[member])}, GetStreamKey says ${JSON.stringify(full[member])}`,
            );
          }
        }
      }
    }
    const walk = await walkPages(context.client, 'ListChannels', 'channels', { filterByName: name }, 20);
    const summary = walk.items.find((c) => c['arn'] === created.arn);
    if (walk.problem || !summary) {
      s.assert(
        false,
        'ListChannels',
        'the channel is listed',
        walk.pages,
        walk.problem ?? `ListChannels with filterByName ${name} does not list ${created.arn}`,
      );
    } else {
      for (const member of shapeMembers('ChannelSummary')) {
        s.assert(
          JSON.stringify(summary[member]) === JSON.stringify(created.channel[member]),
          'ListChannels',
          `summary ${member} equals the channel's`,
          [created.exchange, ...walk.pages],
          `summary ${member} is ${JSON.stringify(summary[member])}, the channel has ${JSON.stringify(created.channel[member])}`,
        );
      }
    }
    await otherSummaries(context, s);
    return s.outcomes;
  },
};
