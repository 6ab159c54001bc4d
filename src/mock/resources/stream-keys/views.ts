import type { StreamKey, StreamKeySummary } from '../../../../generated/types.js';
import { tagsToObject } from '../tags/tag-map.js';
import type { StreamKeyRecord } from './state.js';

/** The full `StreamKey` shape, secret value included. */
export function streamKeyView(key: StreamKeyRecord): StreamKey {
  return { arn: key.arn, value: key.value, channelArn: key.channelArn, tags: tagsToObject(key.tags) };
}

/** The `StreamKeySummary` shape, which never carries the secret value. */
export function streamKeySummaryView(key: StreamKeyRecord): StreamKeySummary {
  return { arn: key.arn, channelArn: key.channelArn, tags: tagsToObject(key.tags) };
}
