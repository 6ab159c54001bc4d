import type {
  GetStreamRequest,
  GetStreamResponse,
  ListStreamsRequest,
  ListStreamsResponse,
  PutMetadataRequest,
  Stream,
  StopStreamRequest,
  StopStreamResponse,
} from '../../../generated/types.js';
import { StreamHealth } from '../../../generated/types.js';
import { paginate } from '../pagination.js';
import type { ChannelRecord, Partition, StreamRecord } from '../records.js';
import { type Result, fail, ok } from '../result.js';
import { streamSummaryView, streamView } from '../views.js';
import { operations } from '../../../generated/operations.js';
import type { Behaviour } from './context.js';
import { findChannel } from './lookup.js';

/** The page size of ListStreams when `maxResults` is absent: the launch model's maximum. */
export const defaultStreamPageSize = 50;

const healths: readonly string[] = Object.values(StreamHealth);

type NoOutput = Record<string, never>;

function notBroadcasting<T>(channelArn: string): Result<T> {
  return fail('ChannelNotBroadcasting', `Channel ${channelArn} is offline: it has no live stream.`);
}

function liveStream(
  partition: Partition,
  channelArn: string,
): Result<{ channel: ChannelRecord; stream: StreamRecord }> {
  const channel = findChannel(partition, channelArn);
  if (!channel.ok) return channel;
  const stream = partition.streams.get(channelArn);
  return stream === undefined ? notBroadcasting(channelArn) : ok({ channel: channel.value, stream });
}

/** The instants an RFC 3339 timestamp can write: years 0000 to 9999. */
const earliestMs = Date.parse('0000-01-01T00:00:00Z');
const latestMs = Date.parse('9999-12-31T23:59:59.999Z');

function toEpochMs(value: string | number | Date | undefined, now: number): number | undefined {
  if (value === undefined) return now;
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  // Beyond these years the time has no RFC 3339 form, and past them no Date at all: every later read would throw.
  return Number.isFinite(ms) && ms >= earliestMs && ms <= latestMs ? ms : undefined;
}

/**
 * Puts a channel on air, or updates the health and viewer count of a stream already live (its
 * start time stays unless a new one is given). Times are kept to whole seconds, as the API shows them.
 */
export function startStreamIn(
  partition: Partition,
  channelArn: string,
  options: {
    readonly health?: StreamHealth;
    readonly viewerCount?: number;
    readonly startTime?: string | number | Date;
  },
  now: number,
): Result<Stream> {
  const channel = findChannel(partition, channelArn);
  if (!channel.ok) return channel;
  if (options.health !== undefined && !healths.includes(options.health)) {
    return fail('ValidationException', `health must be one of ${healths.join(', ')}.`);
  }
  if (options.viewerCount !== undefined && (!Number.isSafeInteger(options.viewerCount) || options.viewerCount < 0)) {
    return fail('ValidationException', 'viewerCount must be a whole number of at least 0.');
  }
  const existing = partition.streams.get(channelArn);
  const startMs = toEpochMs(options.startTime ?? (existing === undefined ? undefined : existing.startTime), now);
  if (startMs === undefined)
    return fail('ValidationException', 'startTime must be a date-time between the years 0000 and 9999.');
  const stream: StreamRecord = {
    channelArn,
    startTime: Math.floor(startMs / 1000) * 1000,
    health: options.health ?? existing?.health ?? 'HEALTHY',
    viewerCount: options.viewerCount ?? existing?.viewerCount ?? 0,
  };
  partition.streams.set(channelArn, stream);
  return ok(streamView(stream, channel.value));
}

/** Takes a channel off the air; ChannelNotBroadcasting when it was not live. */
export function stopStreamIn(partition: Partition, channelArn: string): Result<void> {
  const stream = liveStream(partition, channelArn);
  if (!stream.ok) return stream;
  partition.streams.delete(channelArn);
  partition.metadataBuckets.delete(channelArn);
  return ok(undefined);
}

/** GetStream: the live stream of a channel; ChannelNotBroadcasting when offline. */
export const getStream: Behaviour<GetStreamRequest, GetStreamResponse> = ({ partition }, input) => {
  const live = liveStream(partition, input.channelArn);
  return live.ok ? ok({ stream: streamView(live.value.stream, live.value.channel) }) : live;
};

/** ListStreams: summaries of the live streams of the caller's account and region, by channel ARN. */
export const listStreams: Behaviour<ListStreamsRequest, ListStreamsResponse> = ({ partition }, input) => {
  const page = paginate(partition.streams.values(), (stream) => stream.channelArn, {
    listName: operations.ListStreams.paginated?.items ?? 'streams',
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    defaultPageSize: defaultStreamPageSize,
  });
  if (!page.ok) return page;
  const output: ListStreamsResponse = { streams: page.value.items.map(streamSummaryView) };
  return ok(page.value.nextToken === undefined ? output : { ...output, nextToken: page.value.nextToken });
};

/**
 * PutMetadata on a live channel, rate-limited per channel by a token bucket that holds
 * `metadataPerSecond` tokens and refills at that many per second; no token left is ThrottlingException.
 */
export const putMetadata: Behaviour<PutMetadataRequest, NoOutput> = ({ store, partition, now }, input) => {
  const stream = liveStream(partition, input.channelArn);
  if (!stream.ok) return stream;
  const rate = store.limits.metadataPerSecond;
  const bucket = partition.metadataBuckets.get(input.channelArn) ?? { tokens: rate, at: now };
  // A clock that goes backwards (a test resetting it) refills nothing rather than draining.
  bucket.tokens = Math.min(rate, bucket.tokens + (Math.max(0, now - bucket.at) * rate) / 1000);
  bucket.at = now;
  partition.metadataBuckets.set(input.channelArn, bucket);
  if (bucket.tokens < 1) {
    return fail('ThrottlingException', `PutMetadata is limited to ${rate} requests per second per channel.`);
  }
  bucket.tokens -= 1;
  return ok({});
};

/** StopStream: ends the live stream; ChannelNotBroadcasting when offline. */
export const stopStream: Behaviour<StopStreamRequest, StopStreamResponse> = ({ partition }, input) => {
  const stopped = stopStreamIn(partition, input.channelArn);
  return stopped.ok ? ok({}) : stopped;
};
