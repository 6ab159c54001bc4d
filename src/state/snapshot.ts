import type { Channel, Stream, StreamKey } from '../../generated/types.js';

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
