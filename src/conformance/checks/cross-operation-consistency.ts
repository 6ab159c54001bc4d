import { isDeepStrictEqual } from 'node:util';
import type { OperationName } from '../../../generated/types.js';
import { listAt, recordAt } from '../expect.js';
import { shapeMembers } from '../model-facts.js';
import { walkPages } from '../paging.js';
import { addedResources, createWorkbench, type ResourceKind, resourceKind, resourceKinds } from '../resource-kinds.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Check } from '../check.js';
import type { ConformanceClient } from '../client.js';
import type { CheckContext } from '../context.js';
import type { Exchange } from '../types.js';

const show = (value: unknown): string => JSON.stringify(value) ?? 'nothing';

/** Records one failure per member that differs between two views of the same resource, or one pass. */
function compare(
  s: Scenario,
  members: readonly string[],
  reference: {
    readonly operation: OperationName;
    readonly value: Record<string, unknown>;
    readonly exchange: Exchange;
  },
  other: { readonly operation: OperationName; readonly value: Record<string, unknown>; readonly exchange: Exchange },
  when: string,
  volatile: readonly string[] = [],
): void {
  const keys = members.filter((m) => !volatile.includes(m) && (m in reference.value || m in other.value));
  const evidence = [reference.exchange, other.exchange];
  let differences = 0;
  for (const key of keys) {
    const want = reference.value[key];
    const got = other.value[key];
    if (isDeepStrictEqual(want, got)) continue;
    differences += 1;
    const what =
      got === undefined
        ? `${other.operation} leaves out ${key}, which ${reference.operation} returned as ${show(want)}`
        : want === undefined
          ? `${other.operation} returns ${key} ${show(got)}, which ${reference.operation} left out`
          : `${key}: ${reference.operation} returned ${show(want)}, ${other.operation} returned ${show(got)}`;
    s.assert(false, other.operation, '', evidence, `${when}: ${what}`);
  }
  if (differences === 0)
    s.assert(true, other.operation, `${when}: the same ${keys.join(', ')} as ${reference.operation}`, evidence);
}

/** Reads a resource through get, batch-get (when the model has one) and list, and compares each with what the write returned. */
async function compareViews(
  client: ConformanceClient,
  s: Scenario,
  views: ResourceKind,
  written: { readonly operation: OperationName; readonly value: Record<string, unknown>; readonly exchange: Exchange },
  when: string,
): Promise<void> {
  const arn = String(written.value['arn']);
  const members = shapeMembers(views.shape);
  const got = await s.succeed(views.get, { arn }, `${when}: reading it`);
  if (got)
    compare(
      s,
      members,
      written,
      { operation: views.get, value: recordAt(got.json, views.member), exchange: got },
      when,
      views.volatile,
    );
  if (views.batch) {
    const batch = await s.succeed(views.batch.operation, { arns: [arn] }, `${when}: reading it in a batch`);
    if (batch) {
      const value = listAt(batch.json, views.batch.member).find((r) => r['arn'] === arn) ?? {};
      compare(s, members, written, { operation: views.batch.operation, value, exchange: batch }, when, views.volatile);
    }
  }
  const list = views.list;
  const walk = await walkPages(
    client,
    list,
    views.listMember,
    { ...views.listInput(written.value), maxResults: 50 },
    50,
  );
  const value = walk.items.find((r) => r['arn'] === arn);
  const last = walk.pages.at(-1);
  if (walk.problem || !value || !last) {
    s.assert(false, list, '', walk.pages, `${when}: listing it: ${walk.problem ?? `${list} does not list ${arn}`}`);
    return;
  }
  compare(s, shapeMembers(views.summary), written, { operation: list, value, exchange: last }, when, views.volatile);
}

/** Makes one resource of every kind but channels and stream keys, compares its views, renames it where it can, and compares again. */
async function otherKinds(context: CheckContext, s: Scenario): Promise<void> {
  const bench = createWorkbench(context, 'views');
  try {
    for (const kind of addedResources) {
      const made = s.setup(await bench.make(kind));
      if (!made) continue;
      const written = { operation: kind.create, value: made.resource, exchange: made.exchange };
      await compareViews(context.client, s, kind, written, `after ${kind.create}`);
      const update = kind.update;
      if (!update) continue;
      const updated = await s.succeed(
        update,
        { arn: made.arn, name: context.fixtures.name(`views-${kind.kind}-renamed`) },
        `renaming the ${kind.kind}`,
      );
      if (updated)
        await compareViews(
          context.client,
          s,
          kind,
          { operation: update, value: recordAt(updated.json, kind.member), exchange: updated },
          `after ${update}`,
        );
    }
  } finally {
    await bench.release();
  }
}

/** What Create and Update return is what Get, Batch-get and List summaries say about the same resource. */
export const crossOperationConsistency: Check = {
  id: 'crossOperationConsistency',
  title: 'Every operation tells the same story about a resource',
  family: 'semantics',
  operations: [
    ...new Set(
      resourceKinds.flatMap((k) => [
        k.create,
        k.get,
        ...(k.batch ? [k.batch.operation] : []),
        k.list,
        ...(k.update ? [k.update] : []),
      ]),
    ),
  ],
  rule: "For every resource kind, what its Create (and Update, where the model has one) returns has the same members with the same values in its Get and Batch-get (where the model has one); its list summary carries each member the summary shape declares with the same value (a recording configuration's state may move on between reads).",
  async run(context) {
    const s = createScenario(context.client);
    const created = s.setup(
      await context.fixtures.createChannel({
        name: context.fixtures.name('views'),
        latencyMode: 'NORMAL',
        type: 'BASIC',
        tags: { view: 'created' },
      }),
    );
    if (!created) return s.outcomes;
    await compareViews(
      context.client,
      s,
      resourceKind('channel'),
      { operation: 'CreateChannel', value: created.channel, exchange: created.exchange },
      'after CreateChannel',
    );
    if (typeof created.streamKey['arn'] === 'string')
      await compareViews(
        context.client,
        s,
        resourceKind('stream-key'),
        { operation: 'CreateChannel', value: created.streamKey, exchange: created.exchange },
        'the stream key CreateChannel made',
      );
    const updated = await s.succeed(
      'UpdateChannel',
      { arn: created.arn, name: context.fixtures.name('views-updated'), latencyMode: 'LOW' },
      'updating the channel',
    );
    if (updated)
      await compareViews(
        context.client,
        s,
        resourceKind('channel'),
        { operation: 'UpdateChannel', value: recordAt(updated.json, 'channel'), exchange: updated },
        'after UpdateChannel',
      );
    await otherKinds(context, s);
    return s.outcomes;
  },
};
