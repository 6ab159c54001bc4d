import type { StreamKey } from '../../../../generated/types.js';
import { type Result, fail, ok } from '../../result.js';
import type { Partition } from '../partition.js';
import type { ResourceSnapshotPart } from '../resource.js';
import { checkNewArn, checkShape } from '../snapshot-checks.js';
import { tagsFromObject } from '../tags/tag-map.js';
import { streamKeyArnKind } from './identity.js';
import { streamKeyView } from './views.js';

function restoreStreamKey(partition: Partition, item: Record<string, unknown>, where: string): Result<void> {
  const key = item as StreamKey;
  const arn = checkNewArn(partition, key.arn, streamKeyArnKind, (taken) => partition.streamKeys.has(taken), where);
  if (!arn.ok) return arn;
  if (typeof key.channelArn !== 'string' || !partition.channels.has(key.channelArn)) {
    return fail('ValidationException', `${where}.channelArn names no channel of the partition.`);
  }
  const shape = checkShape('StreamKey', key, where);
  if (!shape.ok) return shape;
  if (typeof key.value !== 'string') return fail('ValidationException', `${where}.value must be a string.`);
  partition.streamKeys.set(arn.value, {
    arn: arn.value,
    value: key.value,
    channelArn: key.channelArn,
    tags: tagsFromObject(key.tags),
  });
  return ok(undefined);
}

/** Stream keys in a snapshot: `streamKeys`, full `StreamKey` objects (secret included), after their channels. */
export const streamKeysSnapshot: ResourceSnapshotPart = {
  member: 'streamKeys',
  list: (partition) => [...partition.streamKeys.values()].map(streamKeyView),
  restore: restoreStreamKey,
};
