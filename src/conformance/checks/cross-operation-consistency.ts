import { isDeepStrictEqual } from 'node:util';
import { shapeSchemas } from '../../../generated/schemas.js';
import type { OperationName } from '../../../generated/types.js';
import { listAt, recordAt } from '../expect.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Check } from '../check.js';
import type { Exchange } from '../types.js';

/** How one resource is read by each kind of operation: the members that hold it in each answer. */
interface ResourceViews {
  /** The shape of the resource in Create, Get and Batch-get answers: only its declared members are compared. */
  readonly shape: string;
  readonly get: {
    readonly operation: OperationName;
    readonly input: (arn: string) => Record<string, unknown>;
    readonly at: string;
  };
  readonly batch: { readonly operation: OperationName; readonly at: string };
  readonly list: {
    readonly operation: OperationName;
    readonly input: (resource: Record<string, unknown>) => Record<string, unknown>;
    readonly at: string;
    readonly summary: string;
  };
}

const CHANNEL: ResourceViews = {
  shape: 'Channel',
  get: { operation: 'GetChannel', input: (arn) => ({ arn }), at: 'channel' },
  batch: { operation: 'BatchGetChannel', at: 'channels' },
  list: {
    operation: 'ListChannels',
    input: (channel) => ({ filterByName: channel['name'] }),
    at: 'channels',
    summary: 'ChannelSummary',
  },
};

const STREAM_KEY: ResourceViews = {
  shape: 'StreamKey',
  get: { operation: 'GetStreamKey', input: (arn) => ({ arn }), at: 'streamKey' },
  batch: { operation: 'BatchGetStreamKey', at: 'streamKeys' },
  list: {
    operation: 'ListStreamKeys',
    input: (key) => ({ channelArn: key['channelArn'] }),
    at: 'streamKeys',
    summary: 'StreamKeySummary',
  },
};

const show = (value: unknown): string => JSON.stringify(value) ?? 'nothing';

/** The members a shape declares, from its JSON schema; members a response adds beyond them are never compared. */
function declaredMembers(shape: string): readonly string[] {
  const properties = (shapeSchemas[shape] as Record<string, unknown> | undefined)?.['properties'];
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

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
): void {
  const keys = members.filter((m) => m in reference.value || m in other.value);
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

/** Reads a resource through get, batch-get and list, and compares each with what the write returned. */
async function compareViews(
  s: Scenario,
  views: ResourceViews,
  written: { readonly operation: OperationName; readonly value: Record<string, unknown>; readonly exchange: Exchange },
  when: string,
): Promise<void> {
  const arn = String(written.value['arn']);
  const got = await s.succeed(views.get.operation, views.get.input(arn), `${when}: reading it`);
  if (got)
    compare(
      s,
      declaredMembers(views.shape),
      written,
      { operation: views.get.operation, value: recordAt(got.json, views.get.at), exchange: got },
      when,
    );
  const batch = await s.succeed(views.batch.operation, { arns: [arn] }, `${when}: reading it in a batch`);
  if (batch) {
    const value = listAt(batch.json, views.batch.at).find((r) => r['arn'] === arn) ?? {};
    compare(
      s,
      declaredMembers(views.shape),
      written,
      { operation: views.batch.operation, value, exchange: batch },
      when,
    );
  }
  const listed = await s.succeed(views.list.operation, views.list.input(written.value), `${when}: listing it`);
  if (listed) {
    const value = listAt(listed.json, views.list.at).find((r) => r['arn'] === arn) ?? {};
    compare(
      s,
      declaredMembers(views.list.summary),
      written,
      { operation: views.list.operation, value, exchange: listed },
      when,
    );
  }
}

/** What Create and Update return is what Get, Batch-get and List summaries say about the same resource. */
export const crossOperationConsistency: Check = {
  id: 'crossOperationConsistency',
  title: 'Every operation tells the same story about a resource',
  family: 'semantics',
  operations: [
    'CreateChannel',
    'GetChannel',
    'BatchGetChannel',
    'ListChannels',
    'UpdateChannel',
    'GetStreamKey',
    'BatchGetStreamKey',
    'ListStreamKeys',
  ],
  rule: 'The channel and stream key that CreateChannel returns, and the channel UpdateChannel returns, have the same members with the same values in GetChannel/GetStreamKey and in BatchGetChannel/BatchGetStreamKey; the list summaries carry each member their summary shape declares with the same value.',
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
      s,
      CHANNEL,
      { operation: 'CreateChannel', value: created.channel, exchange: created.exchange },
      'after CreateChannel',
    );
    if (typeof created.streamKey['arn'] === 'string')
      await compareViews(
        s,
        STREAM_KEY,
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
        s,
        CHANNEL,
        { operation: 'UpdateChannel', value: recordAt(updated.json, 'channel'), exchange: updated },
        'after UpdateChannel',
      );
    return s.outcomes;
  },
};
