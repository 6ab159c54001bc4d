import type { PlaybackRestrictionPolicy, PlaybackRestrictionPolicySummary } from '../../../../generated/types.js';
import { tagsToObject } from '../tags/tag-map.js';
import type { PlaybackRestrictionPolicyRecord } from './state.js';

/** The ARN resource type of playback restriction policies. */
export const playbackRestrictionPolicyArnKind = 'playback-restriction-policy';

/** The full `PlaybackRestrictionPolicy` shape. */
export function playbackRestrictionPolicyView(record: PlaybackRestrictionPolicyRecord): PlaybackRestrictionPolicy {
  return {
    arn: record.arn,
    allowedCountries: [...record.allowedCountries],
    allowedOrigins: [...record.allowedOrigins],
    enableStrictOriginEnforcement: record.enableStrictOriginEnforcement,
    name: record.name,
    tags: tagsToObject(record.tags),
  };
}

/** The `PlaybackRestrictionPolicySummary` shape (the same members). */
export function playbackRestrictionPolicySummaryView(
  record: PlaybackRestrictionPolicyRecord,
): PlaybackRestrictionPolicySummary {
  return playbackRestrictionPolicyView(record);
}
