import type { Channel, ChannelSummary } from '../../../../generated/types.js';
import { tagsToObject } from '../tags/tag-map.js';
import type { ChannelRecord } from './state.js';

// The views add members one by one in the documented order instead of spreading optional parts:
// an object spread costs more than the rest of a view, and ListChannels builds one per channel.

/** The full `Channel` shape of a stored channel; `preset` only for ADVANCED_* types, the SRT passphrase only without insecure ingest. */
export function channelView(channel: ChannelRecord): Channel {
  const srt: NonNullable<Channel['srt']> = { endpoint: channel.srt.endpoint };
  if (!channel.insecureIngest && channel.srt.passphrase !== '') srt.passphrase = channel.srt.passphrase;
  const view: Channel = {
    arn: channel.arn,
    name: channel.name,
    latencyMode: channel.latencyMode,
    type: channel.type,
    recordingConfigurationArn: channel.recordingConfigurationArn,
    ingestEndpoint: channel.ingestEndpoint,
    playbackUrl: channel.playbackUrl,
    authorized: channel.authorized,
    tags: tagsToObject(channel.tags),
    insecureIngest: channel.insecureIngest,
  };
  if (channel.preset !== undefined) view.preset = channel.preset;
  view.srt = srt;
  view.playbackRestrictionPolicyArn = channel.playbackRestrictionPolicyArn;
  if (channel.multitrackInputConfiguration !== undefined)
    view.multitrackInputConfiguration = { ...channel.multitrackInputConfiguration };
  view.containerFormat = channel.containerFormat;
  view.adConfigurationArn = channel.adConfigurationArn;
  return view;
}

/** The `ChannelSummary` shape that ListChannels returns. */
export function channelSummaryView(channel: ChannelRecord): ChannelSummary {
  const view: ChannelSummary = {
    arn: channel.arn,
    name: channel.name,
    latencyMode: channel.latencyMode,
    authorized: channel.authorized,
    recordingConfigurationArn: channel.recordingConfigurationArn,
    tags: tagsToObject(channel.tags),
    insecureIngest: channel.insecureIngest,
    type: channel.type,
  };
  if (channel.preset !== undefined) view.preset = channel.preset;
  view.playbackRestrictionPolicyArn = channel.playbackRestrictionPolicyArn;
  view.adConfigurationArn = channel.adConfigurationArn;
  return view;
}
