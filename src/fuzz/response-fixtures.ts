import type {
  Channel,
  ChannelSummary,
  OperationName,
  Stream,
  StreamKey,
  StreamKeySummary,
  StreamSummary,
} from '../../generated/types.js';
import { defaultAccountId, defaultPageSizes, defaultRegion, encodePageToken } from '../protocol/conventions.js';
import type { IvsPartitionSnapshot, IvsSnapshot } from '../state/snapshot.js';
import { fixtures } from './fixtures.js';

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

const channelSummary = (c: Channel): ChannelSummary => ({
  arn: c.arn,
  name: c.name,
  latencyMode: c.latencyMode,
  tags: c.tags,
});
const keySummary = (k: StreamKey): StreamKeySummary => ({ arn: k.arn, channelArn: k.channelArn, tags: k.tags });
const streamSummary = (s: Stream): StreamSummary => ({
  channelArn: s.channelArn,
  state: s.state,
  health: s.health,
  viewerCount: s.viewerCount,
  startTime: s.startTime,
});

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
