import { type AdConfigurationsState, createAdConfigurationsState } from './ad-configurations/state.js';
import { type ChannelsState, createChannelsState } from './channels/state.js';
import { createPlaybackKeyPairsState, type PlaybackKeyPairsState } from './playback-key-pairs/state.js';
import {
  createPlaybackRestrictionPoliciesState,
  type PlaybackRestrictionPoliciesState,
} from './playback-restriction-policies/state.js';
import {
  createRecordingConfigurationsState,
  type RecordingConfigurationsState,
} from './recording-configurations/state.js';
import { createStreamKeysState, type StreamKeysState } from './stream-keys/state.js';
import { createStreamSessionsState, type StreamSessionsState } from './stream-sessions/state.js';
import { createStreamsState, type StreamsState } from './streams/state.js';
import {
  createViewerSessionRevocationsState,
  type ViewerSessionRevocationsState,
} from './viewer-session-revocations/state.js';

/** Which account and region a partition belongs to. */
export interface PartitionIdentity {
  readonly accountId: string;
  readonly region: string;
}

/** Everything one account holds in one region: each resource's state, side by side. */
export interface Partition
  extends PartitionIdentity,
    RecordingConfigurationsState,
    PlaybackRestrictionPoliciesState,
    AdConfigurationsState,
    PlaybackKeyPairsState,
    ChannelsState,
    StreamKeysState,
    StreamsState,
    StreamSessionsState,
    ViewerSessionRevocationsState {}

/** The state makers of every resource that keeps state in a partition. */
const stateMakers = [
  createRecordingConfigurationsState,
  createPlaybackRestrictionPoliciesState,
  createAdConfigurationsState,
  createPlaybackKeyPairsState,
  createChannelsState,
  createStreamKeysState,
  createStreamsState,
  createStreamSessionsState,
  createViewerSessionRevocationsState,
] as const;

/** Makes an empty partition. */
export function createPartition(accountId: string, region: string): Partition {
  const partition = { accountId, region };
  for (const make of stateMakers) Object.assign(partition, make());
  return partition as Partition;
}
