import { operations } from '../../generated/operations.js';
import { shapeSchemas } from '../../generated/schemas.js';
import type { Channel, OperationName, Stream, StreamKey } from '../../generated/types.js';
import { defaultAccountId, defaultPageSizes, defaultRegion, encodePageToken } from '../protocol/conventions.js';
import type { IvsPartitionSnapshot, IvsSnapshot } from '../state/snapshot.js';
import { fixtures } from './fixtures.js';
import { properties, resolveSchema } from './json-schema.js';

/** A request and the answer an implementation holding the snapshot would give to it. */
export interface ResponseFixture {
  /** The operation. */
  readonly operation: OperationName;
  /** The input sent. */
  readonly input: Readonly<Record<string, unknown>>;
  /** The success status. */
  readonly status: number;
  /** The response body; `undefined` for the 204 operations. */
  readonly output: unknown;
  /**
   * True when the answer cannot follow from the snapshot (new ids of CreateChannel and
   * CreateStreamKey): the output is then a realistic example, not an exact prediction.
   */
  readonly example: boolean;
}

function firstPage<T>(
  list: keyof typeof defaultPageSizes,
  items: readonly T[],
  key: (item: T) => string,
): { items: T[]; nextToken?: string } {
  const page = items.slice(0, defaultPageSizes[list]);
  const last = page.at(-1);
  return items.length > page.length && last !== undefined
    ? { items: page, nextToken: encodePageToken(list, key(last)) }
    : { items: page };
}

/**
 * The summary of a full object as the model defines it: the members of the summary shape
 * (`ChannelSummary`, `StreamSummary`, …) that the full object has, read from the generated schema.
 */
export function summaryOf(summaryShape: string, full: object): Record<string, unknown> {
  const schema = shapeSchemas[summaryShape];
  if (schema === undefined) throw new Error(`Unknown shape '${summaryShape}': it is not in generated/schemas.ts.`);
  const members = Object.keys(properties(resolveSchema(schema, schema)));
  const record = full as Record<string, unknown>;
  return Object.fromEntries(members.filter((name) => record[name] !== undefined).map((name) => [name, record[name]]));
}

const channelSummary = (c: Channel) => summaryOf('ChannelSummary', c);
const keySummary = (k: StreamKey) => summaryOf('StreamKeySummary', k);
const streamSummary = (s: Stream) => summaryOf('StreamSummary', s);

const fixture = (
  operation: OperationName,
  input: Record<string, unknown>,
  status: number,
  output: unknown,
  example = false,
): ResponseFixture => ({
  operation,
  input,
  status,
  output,
  example,
});

function fixturesOf(p: IvsPartitionSnapshot): ResponseFixture[] {
  const live = new Set(p.streams.map((s) => s.channelArn));
  const channel = p.channels[0];
  const idle = p.channels.find((c) => !live.has(c.arn));
  const stream = p.streams[0];
  const key = p.streamKeys[0];
  const result: ResponseFixture[] = [];
  const channelsPage = firstPage('channels', p.channels, (c) => c.arn ?? '');
  result.push(
    fixture('ListChannels', {}, 200, {
      channels: channelsPage.items.map(channelSummary),
      ...(channelsPage.nextToken === undefined ? {} : { nextToken: channelsPage.nextToken }),
    }),
  );
  const streamsPage = firstPage('streams', p.streams, (s) => s.channelArn ?? '');
  result.push(
    fixture('ListStreams', {}, 200, {
      streams: streamsPage.items.map(streamSummary),
      ...(streamsPage.nextToken === undefined ? {} : { nextToken: streamsPage.nextToken }),
    }),
  );
  const example = fixtures.channel({ seed: p.channels.length + 1, accountId: p.accountId, region: p.region });
  result.push(
    fixture(
      'CreateChannel',
      { name: example.name },
      200,
      { channel: example, streamKey: fixtures.streamKey(example) },
      true,
    ),
  );
  if (channel?.arn !== undefined) {
    const keys = p.streamKeys.filter((k) => k.channelArn === channel.arn);
    const keysPage = firstPage('streamKeys', keys, (k) => k.arn ?? '');
    result.push(fixture('GetChannel', { arn: channel.arn }, 200, { channel }));
    result.push(
      fixture('BatchGetChannel', { arns: p.channels.slice(0, 3).map((c) => c.arn) }, 200, {
        channels: p.channels.slice(0, 3),
        errors: [],
      }),
    );
    result.push(
      fixture('ListStreamKeys', { channelArn: channel.arn }, 200, {
        streamKeys: keysPage.items.map(keySummary),
        ...(keysPage.nextToken === undefined ? {} : { nextToken: keysPage.nextToken }),
      }),
    );
    result.push(fixture('ListTagsForResource', { resourceArn: channel.arn }, 200, { tags: channel.tags ?? {} }));
    result.push(fixture('TagResource', { resourceArn: channel.arn, tags: { fixture: 'yes' } }, 200, {}));
    result.push(
      fixture(
        'UntagResource',
        { resourceArn: channel.arn, tagKeys: Object.keys(channel.tags ?? {}).slice(0, 1) },
        200,
        {},
      ),
    );
    const newKey = fixtures.streamKey(channel, { seed: p.streamKeys.length + 1 });
    // The channel already has its one key, so the example is what a channel without one would get.
    result.push(fixture('CreateStreamKey', { channelArn: channel.arn }, 200, { streamKey: newKey }, true));
  }
  if (idle?.arn !== undefined) {
    result.push(
      fixture('UpdateChannel', { arn: idle.arn, name: 'renamed' }, 200, { channel: { ...idle, name: 'renamed' } }),
    );
    result.push(fixture('DeleteChannel', { arn: idle.arn }, 204, undefined));
  }
  if (key?.arn !== undefined) {
    result.push(fixture('GetStreamKey', { arn: key.arn }, 200, { streamKey: key }));
    result.push(
      fixture('BatchGetStreamKey', { arns: p.streamKeys.slice(0, 3).map((k) => k.arn) }, 200, {
        streamKeys: p.streamKeys.slice(0, 3),
        errors: [],
      }),
    );
    result.push(fixture('DeleteStreamKey', { arn: key.arn }, 204, undefined));
  }
  result.push(...newerResourceFixtures(p));
  if (stream?.channelArn !== undefined) {
    result.push(fixture('GetStream', { channelArn: stream.channelArn }, 200, { stream }));
    result.push(
      fixture(
        'PutMetadata',
        { channelArn: stream.channelArn, metadata: '{"question":"Which team wins?"}' },
        204,
        undefined,
      ),
    );
    result.push(fixture('StopStream', { channelArn: stream.channelArn }, 200, {}));
  }
  return result;
}

/** How the response fixtures read one of the newer resource kinds of a snapshot. */
interface NewerKind {
  readonly items: (p: IvsPartitionSnapshot) => readonly { readonly arn?: string }[];
  readonly get: OperationName;
  readonly list: OperationName;
  readonly member: string;
  readonly listMember: string;
  readonly summary: string;
  /** Whether a channel of the snapshot may refer to it, so deleting it would be a conflict. */
  readonly referenced: (p: IvsPartitionSnapshot, arn: string) => boolean;
  readonly remove: OperationName;
}

const newerKinds: readonly NewerKind[] = [
  {
    items: (p) => p.recordingConfigurations ?? [],
    get: 'GetRecordingConfiguration',
    list: 'ListRecordingConfigurations',
    remove: 'DeleteRecordingConfiguration',
    member: 'recordingConfiguration',
    listMember: 'recordingConfigurations',
    summary: 'RecordingConfigurationSummary',
    referenced: (p, arn) => p.channels.some((c) => c.recordingConfigurationArn === arn),
  },
  {
    items: (p) => p.playbackRestrictionPolicies ?? [],
    get: 'GetPlaybackRestrictionPolicy',
    list: 'ListPlaybackRestrictionPolicies',
    remove: 'DeletePlaybackRestrictionPolicy',
    member: 'playbackRestrictionPolicy',
    listMember: 'playbackRestrictionPolicies',
    summary: 'PlaybackRestrictionPolicySummary',
    referenced: (p, arn) => p.channels.some((c) => c.playbackRestrictionPolicyArn === arn),
  },
  {
    items: (p) => p.adConfigurations ?? [],
    get: 'GetAdConfiguration',
    list: 'ListAdConfigurations',
    remove: 'DeleteAdConfiguration',
    member: 'adConfiguration',
    listMember: 'adConfigurations',
    summary: 'AdConfigurationSummary',
    referenced: (p, arn) => p.channels.some((c) => c.adConfigurationArn === arn),
  },
];

/** Get, list (one page of up to 100) and delete (of one no channel refers to) for each newer resource kind the snapshot holds. */
function newerResourceFixtures(p: IvsPartitionSnapshot): ResponseFixture[] {
  const result: ResponseFixture[] = [];
  for (const kind of newerKinds) {
    const items = kind.items(p);
    result.push(
      fixture(kind.list, { maxResults: 100 }, 200, {
        [kind.listMember]: items.map((item) => summaryOf(kind.summary, item)),
      }),
    );
    const first = items[0];
    if (first?.arn !== undefined) result.push(fixture(kind.get, { arn: first.arn }, 200, { [kind.member]: first }));
    const free = items.find((item) => item.arn !== undefined && !kind.referenced(p, item.arn));
    if (free?.arn !== undefined)
      result.push(fixture(kind.remove, { arn: free.arn }, operations[kind.remove].successCode, undefined));
  }
  return result;
}

/**
 * For a data set, what each operation would answer: a request on the first partition's data and
 * its success response (GetChannel for the first channel, the first page of ListChannels, …),
 * by operation name. Operations that need something the data set lacks (a live stream, a channel)
 * are left out.
 */
export function responseFixtures(snapshot: IvsSnapshot): Partial<Record<OperationName, ResponseFixture>> {
  const partition = snapshot.partitions[0];
  const empty: IvsPartitionSnapshot = {
    accountId: defaultAccountId,
    region: defaultRegion,
    channels: [],
    streamKeys: [],
    streams: [],
  };
  const result: Partial<Record<OperationName, ResponseFixture>> = {};
  for (const entry of fixturesOf(partition ?? empty).sort((a, b) => (a.operation < b.operation ? -1 : 1)))
    result[entry.operation] = entry;
  return result;
}
