import type {
  Channel,
  ChannelSummary,
  Stream,
  StreamKey,
  StreamKeySummary,
  StreamSummary,
} from '../../generated/types.js';
import { type ChannelRecord, type StreamKeyRecord, type StreamRecord, tagsToObject } from './records.js';

/** Writes milliseconds since the epoch as an RFC 3339 UTC string with whole seconds (`2020-05-05T21:55:38Z`). */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The full `Channel` shape of a stored channel. */
export function channelView(channel: ChannelRecord): Channel {
  return {
    arn: channel.arn,
    name: channel.name,
    latencyMode: channel.latencyMode,
    type: channel.type,
    ingestEndpoint: channel.ingestEndpoint,
    playbackUrl: channel.playbackUrl,
    tags: tagsToObject(channel.tags),
  };
}

/** The `ChannelSummary` shape that ListChannels returns. */
export function channelSummaryView(channel: ChannelRecord): ChannelSummary {
  return { arn: channel.arn, name: channel.name, latencyMode: channel.latencyMode, tags: tagsToObject(channel.tags) };
}

/** The full `StreamKey` shape, secret value included. */
export function streamKeyView(key: StreamKeyRecord): StreamKey {
  return { arn: key.arn, value: key.value, channelArn: key.channelArn, tags: tagsToObject(key.tags) };
}

/** The `StreamKeySummary` shape, which never carries the secret value. */
export function streamKeySummaryView(key: StreamKeyRecord): StreamKeySummary {
  return { arn: key.arn, channelArn: key.channelArn, tags: tagsToObject(key.tags) };
}

/** The full `Stream` shape of a live stream; the playback URL is its channel's. */
export function streamView(stream: StreamRecord, channel: ChannelRecord): Stream {
  return {
    channelArn: stream.channelArn,
    playbackUrl: channel.playbackUrl,
    startTime: formatTimestamp(stream.startTime),
    state: 'LIVE',
    health: stream.health,
    viewerCount: stream.viewerCount,
  };
}

/** The `StreamSummary` shape that ListStreams returns. */
export function streamSummaryView(stream: StreamRecord): StreamSummary {
  return {
    channelArn: stream.channelArn,
    state: 'LIVE',
    health: stream.health,
    viewerCount: stream.viewerCount,
    startTime: formatTimestamp(stream.startTime),
  };
}
