import type {
  BatchStartViewerSessionRevocationError,
  BatchStartViewerSessionRevocationRequest,
  BatchStartViewerSessionRevocationResponse,
  StartViewerSessionRevocationRequest,
  StartViewerSessionRevocationResponse,
} from '../../../../generated/types.js';
import { type Result, fail, ok } from '../../result.js';
import { findChannel } from '../channels/lookup.js';
import type { Partition } from '../partition.js';
import type { Behaviour } from '../resource.js';
import { formatTimestamp } from '../timestamp.js';
import { revocationKey, type ViewerSessionRevocation } from './state.js';

/** Records a revocation on an existing channel (ResourceNotFoundException otherwise); a later one replaces an earlier one. */
function revoke(
  partition: Partition,
  request: {
    readonly channelArn: string;
    readonly viewerId: string;
    readonly viewerSessionVersionsLessThanOrEqualTo?: number;
  },
  now: number,
): Result<ViewerSessionRevocation> {
  const channel = findChannel(partition, request.channelArn);
  if (!channel.ok) return channel;
  if (request.viewerId.trim() === '') return fail('ValidationException', 'viewerId must not be blank.');
  const revocation: ViewerSessionRevocation = {
    channelArn: request.channelArn,
    viewerId: request.viewerId,
    viewerSessionVersionsLessThanOrEqualTo: request.viewerSessionVersionsLessThanOrEqualTo ?? 0,
    revokedAt: formatTimestamp(now),
  };
  const key = revocationKey(request.channelArn, request.viewerId);
  // Re-inserting keeps the map in the order revocations were last asked for.
  partition.viewerSessionRevocations.delete(key);
  partition.viewerSessionRevocations.set(key, revocation);
  return ok(revocation);
}

/** StartViewerSessionRevocation: records that the viewer's sessions (up to a version) are revoked on the channel. */
export const startViewerSessionRevocation: Behaviour<
  StartViewerSessionRevocationRequest,
  StartViewerSessionRevocationResponse
> = ({ partition, now }, input) => {
  const revoked = revoke(partition, input, now);
  return revoked.ok ? ok({}) : revoked;
};

/** BatchStartViewerSessionRevocation: each pair as StartViewerSessionRevocation; failures are `errors` entries, the rest are recorded. */
export const batchStartViewerSessionRevocation: Behaviour<
  BatchStartViewerSessionRevocationRequest,
  BatchStartViewerSessionRevocationResponse
> = ({ partition, now }, input) => {
  const errors: BatchStartViewerSessionRevocationError[] = [];
  for (const session of input.viewerSessions) {
    const revoked = revoke(partition, session, now);
    if (!revoked.ok)
      errors.push({
        channelArn: session.channelArn,
        viewerId: session.viewerId,
        code: revoked.error.type,
        message: revoked.error.message,
      });
  }
  return ok({ errors });
};
