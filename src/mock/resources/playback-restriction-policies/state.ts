import { SortedMap } from '../../sorted-map.js';
import type { ArnRecord } from '../arn-record.js';

/** A playback restriction policy as the store keeps it. */
export interface PlaybackRestrictionPolicyRecord extends ArnRecord {
  name: string;
  allowedCountries: string[];
  allowedOrigins: string[];
  enableStrictOriginEnforcement: boolean;
}

/** What a partition holds of playback restriction policies. */
export interface PlaybackRestrictionPoliciesState {
  /** Playback restriction policies by ARN. */
  readonly playbackRestrictionPolicies: SortedMap<PlaybackRestrictionPolicyRecord>;
}

/** No playback restriction policies. */
export function createPlaybackRestrictionPoliciesState(): PlaybackRestrictionPoliciesState {
  return { playbackRestrictionPolicies: new SortedMap() };
}
