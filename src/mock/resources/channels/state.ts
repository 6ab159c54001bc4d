import type {
  ChannelLatencyMode,
  ChannelType,
  ContainerFormat,
  MultitrackInputConfiguration,
  TranscodePreset,
} from '../../../../generated/types.js';
import { SortedMap } from '../../sorted-map.js';

/** A channel as the store keeps it; tags live in a `Map` so keys such as `__proto__` stay plain data. */
export interface ChannelRecord {
  readonly arn: string;
  name: string;
  latencyMode: ChannelLatencyMode;
  type: ChannelType;
  readonly ingestEndpoint: string;
  readonly playbackUrl: string;
  readonly tags: Map<string, string>;
  authorized: boolean;
  insecureIngest: boolean;
  /** Only for ADVANCED_* types. */
  preset: TranscodePreset | undefined;
  /** "" when the channel records nothing. */
  recordingConfigurationArn: string;
  /** "" when playback is not restricted. */
  playbackRestrictionPolicyArn: string;
  /** "" when the channel has no ad configuration. */
  adConfigurationArn: string;
  /** Absent until one is given. */
  multitrackInputConfiguration: MultitrackInputConfiguration | undefined;
  containerFormat: ContainerFormat;
  readonly srt: { readonly endpoint: string; readonly passphrase: string };
}

/** What a partition holds of channels. */
export interface ChannelsState {
  /** Channels by ARN: iterated in creation order, paged in ARN order (`valuesAfter`). */
  readonly channels: SortedMap<ChannelRecord>;
}

/** No channels. */
export function createChannelsState(): ChannelsState {
  return { channels: new SortedMap<ChannelRecord>() };
}
