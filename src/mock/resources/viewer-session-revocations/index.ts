import { type Result, fail, ok } from '../../result.js';
import { channelArnKind } from '../channels/identity.js';
import type { Partition } from '../partition.js';
import { defineResource } from '../resource.js';
import { channelChildTable } from '../state-file-tables.js';
import { batchStartViewerSessionRevocation, startViewerSessionRevocation } from './behaviours.js';
import { revocationKey, type ViewerSessionRevocation } from './state.js';

function restoreRevocation(partition: Partition, item: Record<string, unknown>, where: string): Result<void> {
  const { channelArn, viewerId, viewerSessionVersionsLessThanOrEqualTo, revokedAt } = item;
  if (typeof channelArn !== 'string' || !partition.channels.has(channelArn))
    return fail('ValidationException', `${where}.channelArn names no channel of the partition.`);
  if (typeof viewerId !== 'string' || viewerId === '')
    return fail('ValidationException', `${where}.viewerId must be a non-empty string.`);
  if (
    typeof viewerSessionVersionsLessThanOrEqualTo !== 'number' ||
    !Number.isSafeInteger(viewerSessionVersionsLessThanOrEqualTo)
  )
    return fail('ValidationException', `${where}.viewerSessionVersionsLessThanOrEqualTo must be a whole number.`);
  if (typeof revokedAt !== 'string' || Number.isNaN(Date.parse(revokedAt)))
    return fail('ValidationException', `${where}.revokedAt must be an ISO 8601 date-time.`);
  partition.viewerSessionRevocations.set(revocationKey(channelArn, viewerId), {
    channelArn,
    viewerId,
    viewerSessionVersionsLessThanOrEqualTo,
    revokedAt,
  });
  return ok(undefined);
}

/** Viewer session revocations: recorded so tests can assert "this viewer was revoked"; they go with their channel. */
export const viewerSessionRevocationsResource = defineResource({
  name: 'viewer-session-revocations',
  behaviours: {
    BatchStartViewerSessionRevocation: batchStartViewerSessionRevocation,
    StartViewerSessionRevocation: startViewerSessionRevocation,
  },
  snapshot: {
    member: 'viewerSessionRevocations',
    optional: true,
    list: (partition): ViewerSessionRevocation[] =>
      [...partition.viewerSessionRevocations.values()].map((r) => ({ ...r })),
    restore: restoreRevocation,
  },
  persistence: {
    ...channelChildTable('viewer_session_revocations', 'key', { indexByChannel: false }),
    childrenOnly: true,
    keyOf: (item) => ({
      key: revocationKey(String(item['channelArn']), String(item['viewerId'])),
      parent: String(item['channelArn']),
    }),
    rowsNamedBy(partition, arn, kind) {
      if (kind !== channelArnKind) return [];
      return [...partition.viewerSessionRevocations.values()]
        .filter((revocation) => revocation.channelArn === arn)
        .map((revocation) => ({
          key: revocationKey(arn, revocation.viewerId),
          parent: arn,
          body: { ...revocation },
        }));
    },
  },
  forget(partition, arn) {
    for (const [key, revocation] of partition.viewerSessionRevocations) {
      if (revocation.channelArn === arn) partition.viewerSessionRevocations.delete(key);
    }
  },
});
