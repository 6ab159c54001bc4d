import type { Channel, ChannelSummary } from '../../../../generated/types.js';
import { tagsToObject } from '../tags/tag-map.js';
import type { ChannelRecord } from './state.js';

/** The full `Channel` shape of a stored channel; `preset` only for ADVANCED_* types, the SRT passphrase only without insecure ingest. */
export function channelView(channel: ChannelRecord): Channel {
  return {
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
    ...(channel.preset === undefined ? {} : { preset: channel.preset }),
    srt: {
      endpoint: channel.srt.endpoint,
      ...(channel.insecureIngest || channel.srt.passphrase === '' ? {} : { passphrase: channel.srt.passphrase }),
    },
    playbackRestrictionPolicyArn: channel.playbackRestrictionPolicyArn,
    ...(channel.multitrackInputConfiguration === undefined
      ? {}
      : { multitrackInputConfiguration: { ...channel.multitrackInputConfiguration } }),
    containerFormat: channel.containerFormat,
    adConfigurationArn: channel.adConfigurationArn,
  };
}

/** The `ChannelSummary` shape that ListChannels returns. */
export function channelSummaryView(channel: ChannelRecord): ChannelSummary {
  return {
    arn: channel.arn,
    name: channel.name,
    latencyMode: channel.latencyMode,
    authorized: channel.authorized,
    recordingConfigurationArn: channel.recordingConfigurationArn,
    tags: tagsToObject(channel.tags),
    insecureIngest: channel.insecureIngest,
    type: channel.type,
    ...(channel.preset === undefined ? {} : { preset: channel.preset }),
    playbackRestrictionPolicyArn: channel.playbackRestrictionPolicyArn,
    adConfigurationArn: channel.adConfigurationArn,
  };
}
