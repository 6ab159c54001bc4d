import type { Channel, ChannelSummary } from '../../../../generated/types.js';
import { tagsToObject } from '../tags/tag-map.js';
import type { ChannelRecord } from './state.js';

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
