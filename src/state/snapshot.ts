import type {
  AdConfiguration,
  Channel,
  PlaybackKeyPair,
  PlaybackRestrictionPolicy,
  RecordingConfiguration,
  Stream,
  StreamKey,
  StreamSession,
} from '../../generated/types.js';

/** A recorded viewer session revocation (StartViewerSessionRevocation), as the emulator keeps it. */
export interface ViewerSessionRevocationSnapshot {
  readonly channelArn: string;
  readonly viewerId: string;
  readonly viewerSessionVersionsLessThanOrEqualTo: number;
  /** When it was asked for (RFC 3339). */
  readonly revokedAt: string;
}

/** The tag of the snapshot format, so a file written by another version is refused clearly. */
export const SNAPSHOT_FORMAT = 'ivs-contract/snapshot@1';

/** Everything one account holds in one region: full objects exactly as the API returns them. */
export interface IvsPartitionSnapshot {
  /** The 12-digit AWS account id. */
  readonly accountId: string;
  /** The region, e.g. `us-west-2`. */
  readonly region: string;
  /** Every channel, with its tags. */
  readonly channels: readonly Channel[];
  /** Every stream key, with its secret value and tags; each belongs to a channel above. */
  readonly streamKeys: readonly StreamKey[];
  /** The live streams; each `channelArn` names a channel above. */
  readonly streams: readonly Stream[];
  /** Recording configurations (absent: none), before the channels that reference them. */
  readonly recordingConfigurations?: readonly RecordingConfiguration[];
  /** Playback restriction policies (absent: none). */
  readonly playbackRestrictionPolicies?: readonly PlaybackRestrictionPolicy[];
  /** Ad configurations (absent: none). */
  readonly adConfigurations?: readonly AdConfiguration[];
  /** Playback key pairs (absent: none). */
  readonly playbackKeyPairs?: readonly PlaybackKeyPair[];
  /** Stream sessions, past and live, oldest first per channel (absent: none); `channel.arn` names a channel above. */
  readonly streamSessions?: readonly StreamSession[];
  /** Viewer session revocations (absent: none), the latest per channel and viewer. */
  readonly viewerSessionRevocations?: readonly ViewerSessionRevocationSnapshot[];
}

/**
 * A whole emulator state as plain JSON: what `store.snapshot()` returns, what
 * `store.restore()` and `POST /_ivs-contract/restore` accept, and what `generateFixtures()` makes.
 */
export interface IvsSnapshot {
  /** Always `SNAPSHOT_FORMAT`. */
  readonly format: typeof SNAPSHOT_FORMAT;
  /** One entry per account and region that holds anything. */
  readonly partitions: readonly IvsPartitionSnapshot[];
}
