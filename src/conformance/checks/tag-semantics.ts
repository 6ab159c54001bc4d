import type { OperationName } from '../../../generated/types.js';
import { recordAt } from '../expect.js';
import type { CheckContext } from '../context.js';
import { addedResources, createResource, type ResourceKind } from '../resource-kinds.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Exchange } from '../types.js';
import type { Check } from '../check.js';

const sameTags = (a: Record<string, unknown>, b: Record<string, unknown>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

async function expectTags(
  s: Scenario,
  resourceArn: string,
  want: Record<string, string>,
  what: string,
  cause: Exchange,
  blame: OperationName,
): Promise<void> {
  const listed = await s.succeed('ListTagsForResource', { resourceArn }, `listing tags ${what}`);
  if (!listed) return;
  const tags = recordAt(listed.json, 'tags');
  s.assert(
    sameTags(tags, want),
    blame,
    `${what}, the tags are ${JSON.stringify(want)}`,
    [cause, listed],
    `${what}, ListTagsForResource returns ${JSON.stringify(tags)}, expected ${JSON.stringify(want)}`,
  );
}

/** The rules on a channel (tags given to CreateChannel) and on its stream key. */
async function channelAndKeyTags(s: Scenario, context: CheckContext): Promise<void> {
  const run = context.fixtures.runTags;
  const created = s.setup(await context.fixtures.createChannel({ tags: { color: 'red' } }));
  if (!created) return;
  const arn = created.arn;
  await expectTags(
    s,
    arn,
    { ...run, color: 'red' },
    'after CreateChannel with tags',
    created.exchange,
    'CreateChannel',
  );

  const tagged = await s.succeed(
    'TagResource',
    { resourceArn: arn, tags: { color: 'blue', size: 'large' } },
    'tagging the channel',
  );
  if (!tagged) return;
  await expectTags(s, arn, { ...run, color: 'blue', size: 'large' }, 'after TagResource merges', tagged, 'TagResource');

  const untagged = await s.succeed(
    'UntagResource',
    { resourceArn: arn, tagKeys: ['color', 'never-set'] },
    'untagging the channel',
  );
  if (!untagged) return;
  await expectTags(s, arn, { ...run, size: 'large' }, 'after UntagResource', untagged, 'UntagResource');

  const got = await s.succeed('GetChannel', { arn }, 'reading the tagged channel');
  if (got) {
    const tags = recordAt(recordAt(got.json, 'channel'), 'tags');
    s.assert(
      sameTags(tags, { ...run, size: 'large' }),
      'GetChannel',
      'GetChannel shows the same tags',
      [untagged, got],
      `GetChannel shows tags ${JSON.stringify(tags)}, expected ${JSON.stringify({ ...run, size: 'large' })}`,
    );
  }

  const keyArn = created.streamKey['arn'];
  if (typeof keyArn !== 'string') return;
  const keyTags = recordAt(created.streamKey, 'tags');
  const keyTagged = await s.succeed(
    'TagResource',
    { resourceArn: keyArn, tags: { owner: 'suite' } },
    'tagging the stream key',
  );
  if (!keyTagged) return;
  const wantKey = { ...keyTags, owner: 'suite' } as Record<string, string>;
  await expectTags(s, keyArn, wantKey, 'after TagResource on a stream key', keyTagged, 'TagResource');
  const key = await s.succeed('GetStreamKey', { arn: keyArn }, 'reading the tagged stream key');
  if (key) {
    const tags = recordAt(recordAt(key.json, 'streamKey'), 'tags');
    s.assert(
      sameTags(tags, wantKey),
      'GetStreamKey',
      'GetStreamKey shows the same tags',
      [keyTagged, key],
      `GetStreamKey shows tags ${JSON.stringify(tags)}, expected ${JSON.stringify(wantKey)}`,
    );
  }
  const keyUntagged = await s.succeed(
    'UntagResource',
    { resourceArn: keyArn, tagKeys: ['owner'] },
    'untagging the stream key',
  );
  if (keyUntagged)
    await expectTags(
      s,
      keyArn,
      keyTags as Record<string, string>,
      'after UntagResource on a stream key',
      keyUntagged,
      'UntagResource',
    );
}

/** The same rules on a resource kind today's API added: tags given at creation, merged, removed, and shown by its Get. */
async function addedKindTags(s: Scenario, context: CheckContext, spec: ResourceKind): Promise<void> {
  const run = context.fixtures.runTags;
  const on = `on ${spec.aNoun}`;
  const created = s.setup(
    await createResource(context, spec.kind, `${spec.kind}-tags`, { tags: { ...run, color: 'red' } }),
  );
  if (!created) return;
  const { arn } = created;
  await expectTags(s, arn, { ...run, color: 'red' }, `after ${spec.create} with tags`, created.exchange, spec.create);
  const tagged = await s.succeed(
    'TagResource',
    { resourceArn: arn, tags: { color: 'blue', size: 'large' } },
    `tagging ${on}`,
  );
  if (!tagged) return;
  await expectTags(
    s,
    arn,
    { ...run, color: 'blue', size: 'large' },
    `after TagResource merges ${on}`,
    tagged,
    'TagResource',
  );
  const untagged = await s.succeed(
    'UntagResource',
    { resourceArn: arn, tagKeys: ['color', 'never-set'] },
    `untagging ${on}`,
  );
  if (!untagged) return;
  await expectTags(s, arn, { ...run, size: 'large' }, `after UntagResource ${on}`, untagged, 'UntagResource');
  const got = await s.succeed(spec.get, { arn }, `reading the tagged ${spec.noun}`);
  const resource = got ? recordAt(got.json, spec.member) : {};
  // The model makes tags optional in the resource shapes: only tags that are shown must be right.
  if (got && 'tags' in resource) {
    const tags = recordAt(resource, 'tags');
    s.assert(
      sameTags(tags, { ...run, size: 'large' }),
      spec.get,
      `${spec.get} shows the same tags`,
      [untagged, got],
      `${spec.get} shows tags ${JSON.stringify(tags)}, expected ${JSON.stringify({ ...run, size: 'large' })}`,
    );
  }
}

/** Tags are stored, merged, removed and listed on every taggable resource kind. */
export const tagSemantics: Check = {
  id: 'tagSemantics',
  title: 'Tags merge, remove and list',
  family: 'semantics',
  operations: [
    'CreateChannel',
    'TagResource',
    'UntagResource',
    'ListTagsForResource',
    'GetChannel',
    'GetStreamKey',
    ...addedResources.flatMap((spec) => [spec.create, spec.get]),
  ],
  rule: 'Tags given to CreateChannel are stored; TagResource adds new keys and overwrites existing ones, keeping the rest; UntagResource removes the given keys and skips absent ones; ListTagsForResource, GetChannel and GetStreamKey show the same tags; the same holds for stream keys, and for recording configurations, playback key pairs, playback restriction policies and ad configurations (tags given to their create operation, shown by their Get).',
  async run(context) {
    const s = createScenario(context.client);
    await channelAndKeyTags(s, context);
    for (const spec of addedResources) {
      if (context.signal.aborted) break;
      await addedKindTags(s, context, spec);
    }
    return s.outcomes;
  },
};
