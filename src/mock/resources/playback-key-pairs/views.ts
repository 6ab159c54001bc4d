import type { PlaybackKeyPair, PlaybackKeyPairSummary } from '../../../../generated/types.js';
import { tagsToObject } from '../tags/tag-map.js';
import type { PlaybackKeyPairRecord } from './state.js';

/** The ARN resource type of playback key pairs. */
export const playbackKeyPairArnKind = 'playback-key';

/** The full `PlaybackKeyPair` shape. */
export function playbackKeyPairView(record: PlaybackKeyPairRecord): PlaybackKeyPair {
  return { arn: record.arn, name: record.name, fingerprint: record.fingerprint, tags: tagsToObject(record.tags) };
}

/** The `PlaybackKeyPairSummary` shape, without the fingerprint. */
export function playbackKeyPairSummaryView(record: PlaybackKeyPairRecord): PlaybackKeyPairSummary {
  return { arn: record.arn, name: record.name, tags: tagsToObject(record.tags) };
}
