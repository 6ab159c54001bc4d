import { SortedMap } from '../../sorted-map.js';
import type { ArnRecord } from '../arn-record.js';

/** A playback key pair (its public half) as the store keeps it. */
export interface PlaybackKeyPairRecord extends ArnRecord {
  readonly name: string;
  readonly fingerprint: string;
}

/** What a partition holds of playback key pairs. */
export interface PlaybackKeyPairsState {
  /** Playback key pairs by ARN. */
  readonly playbackKeyPairs: SortedMap<PlaybackKeyPairRecord>;
}

/** No playback key pairs. */
export function createPlaybackKeyPairsState(): PlaybackKeyPairsState {
  return { playbackKeyPairs: new SortedMap() };
}
