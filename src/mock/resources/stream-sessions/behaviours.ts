import type {
  GetStreamSessionRequest,
  GetStreamSessionResponse,
  ListStreamSessionsRequest,
  ListStreamSessionsResponse,
} from '../../../../generated/types.js';
import { listPageRequest, pageOutput, paginate } from '../../pagination.js';
import { type Result, fail, ok } from '../../result.js';
import { findChannel } from '../channels/lookup.js';
import type { Partition } from '../partition.js';
import type { Behaviour } from '../resource.js';
import type { StreamSessionRecord } from './state.js';
import { streamSessionSummaryView, streamSessionView } from './views.js';
import { defaultPageSizeOf } from '../../../protocol/conventions.js';

/** The page size of ListStreamSessions when `maxResults` is absent, as the service documents it (src/protocol/conventions.ts). */
export const defaultStreamSessionPageSize = defaultPageSizeOf('streamSessions');

/** The sessions of a channel of the partition, oldest first, or ResourceNotFoundException when there is no such channel. */
function sessionsOf(partition: Partition, channelArn: string): Result<readonly StreamSessionRecord[]> {
  const channel = findChannel(partition, channelArn);
  return channel.ok ? ok(partition.streamSessions.get(channelArn) ?? []) : channel;
}

/** GetStreamSession: the session with `streamId`, or the channel's latest when it is absent. */
export const getStreamSession: Behaviour<GetStreamSessionRequest, GetStreamSessionResponse> = (
  { partition },
  input,
) => {
  const found = sessionsOf(partition, input.channelArn);
  if (!found.ok) return found;
  const sessions = found.value;
  const session =
    input.streamId === undefined
      ? sessions[sessions.length - 1]
      : sessions.find((candidate) => candidate.streamId === input.streamId);
  if (session === undefined) {
    return fail(
      'ResourceNotFoundException',
      input.streamId === undefined
        ? `Channel ${input.channelArn} has never been live.`
        : `Channel ${input.channelArn} has no stream session ${input.streamId}.`,
    );
  }
  return ok({ streamSession: streamSessionView(session) });
};

/** ListStreamSessions: the channel's sessions, newest first, paged. */
export const listStreamSessions: Behaviour<ListStreamSessionsRequest, ListStreamSessionsResponse> = (
  { partition },
  input,
) => {
  const sessions = sessionsOf(partition, input.channelArn);
  if (!sessions.ok) return sessions;
  // Keys that sort newest first and stay put as sessions come and go: the start time counted down, then the
  // sequence counted down, so sessions that began in the same millisecond keep the order they began in.
  const keyOf = (session: StreamSessionRecord): string =>
    `${String(1e15 - session.startTime).padStart(16, '0')}.${String(1e12 - session.sequence).padStart(13, '0')}`;
  const page = paginate(
    sessions.value,
    keyOf,
    listPageRequest('ListStreamSessions', 'streamSessions', input, defaultStreamSessionPageSize),
  );
  return page.ok ? ok(pageOutput('streamSessions', page.value, streamSessionSummaryView)) : page;
};
