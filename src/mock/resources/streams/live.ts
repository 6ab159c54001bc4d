import type { Stream, StreamHealth } from '../../../../generated/types.js';
import { StreamHealth as StreamHealths } from '../../../../generated/types.js';
import { type Result, fail, ok } from '../../result.js';
import { findChannel } from '../channels/lookup.js';
import type { ChannelRecord } from '../channels/state.js';
import type { RandomSource } from '../../random.js';
import type { Partition } from '../partition.js';
import { closeSession, mintStreamId, openSession } from '../stream-sessions/sessions.js';
import type { StreamRecord } from './state.js';
import { streamView } from './views.js';

const healths: readonly string[] = Object.values(StreamHealths);

/** How a stream goes live through `store.startStream`. */
export interface StartStreamOptions {
  /** Stream health; default `HEALTHY`. */
  readonly health?: StreamHealth;
  /** Viewer count; default 0. */
  readonly viewerCount?: number;
  /** When the broadcast began (a date-time string, a `Date` or epoch milliseconds); default now. */
  readonly startTime?: string | number | Date;
}

/** The error of an operation that needs a live channel. */
export function notBroadcasting<T>(channelArn: string): Result<T> {
  return fail('ChannelNotBroadcasting', `Channel ${channelArn} is offline: it has no live stream.`);
}

/** The channel and its live stream; ResourceNotFoundException or ChannelNotBroadcasting otherwise. */
export function liveStream(
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
 * Puts a channel on air, opening a stream session with the channel as it is now, or updates the
 * health and viewer count of a stream already live (its start time stays unless a new one is
 * given). Times are kept to whole seconds, as the API shows them.
 */
export function startStreamIn(
  partition: Partition,
  channelArn: string,
  options: StartStreamOptions,
  now: number,
  random: RandomSource,
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
  const startTime = Math.floor(startMs / 1000) * 1000;
  const streamId =
    existing === undefined
      ? openSession(partition, channel.value, mintStreamId(random), startTime).streamId
      : existing.streamId;
  const stream: StreamRecord = {
    channelArn,
    streamId,
    startTime,
    health: options.health ?? existing?.health ?? 'HEALTHY',
    viewerCount: options.viewerCount ?? existing?.viewerCount ?? 0,
  };
  partition.streams.set(channelArn, stream);
  return ok(streamView(stream, channel.value));
}

/** Takes a channel off the air, ending its session; ChannelNotBroadcasting when it was not live. */
export function stopStreamIn(partition: Partition, channelArn: string, now: number): Result<void> {
  const stream = liveStream(partition, channelArn);
  if (!stream.ok) return stream;
  const { streamId } = stream.value.stream;
  if (streamId !== undefined) closeSession(partition, channelArn, streamId, Math.floor(now / 1000) * 1000);
  partition.streams.delete(channelArn);
  partition.metadataBuckets.delete(channelArn);
  return ok(undefined);
}
