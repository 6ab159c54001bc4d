import type { Stream } from '../../../generated/types.js';
import { StreamHealth } from '../../../generated/types.js';
import type { ChannelRecord, Partition, StreamRecord } from '../records.js';
import { type Result, fail, ok } from '../result.js';
import { streamView } from '../views.js';
import { findChannel } from './lookup.js';

const healths: readonly string[] = Object.values(StreamHealth);

function notBroadcasting<T>(channelArn: string): Result<T> {
  return fail('ChannelNotBroadcasting', `Channel ${channelArn} is offline: it has no live stream.`);
}

/** The live stream of a channel with its channel; ChannelNotBroadcasting when offline. */
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
