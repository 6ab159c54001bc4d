import { operations } from '../../../../generated/operations.js';
import type {
  GetStreamSessionRequest,
  GetStreamSessionResponse,
  ListStreamSessionsRequest,
  ListStreamSessionsResponse,
} from '../../../../generated/types.js';
import { paginate } from '../../pagination.js';
import { fail, ok } from '../../result.js';
import { findChannel } from '../channels/lookup.js';
import type { Behaviour } from '../resource.js';
import type { StreamSessionRecord } from './state.js';
import { streamSessionSummaryView, streamSessionView } from './views.js';

/** The page size of ListStreamSessions when `maxResults` is absent: the documented 100. */
export const defaultStreamSessionPageSize = 100;

/** GetStreamSession: the session with `streamId`, or the channel's latest when it is absent. */
export const getStreamSession: Behaviour<GetStreamSessionRequest, GetStreamSessionResponse> = (
  { partition },
  input,
) => {
  const channel = findChannel(partition, input.channelArn);
  if (!channel.ok) return channel;
  const sessions = partition.streamSessions.get(input.channelArn) ?? [];
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
  const channel = findChannel(partition, input.channelArn);
  if (!channel.ok) return channel;
  const sessions = partition.streamSessions.get(input.channelArn) ?? [];
  // Keys that sort newest first and stay put as sessions come and go: the start time counted down, then the id.
  const keyOf = (session: StreamSessionRecord): string =>
    `${String(1e15 - session.startTime).padStart(16, '0')}.${session.streamId}`;
  const page = paginate(sessions, keyOf, {
    listName: operations.ListStreamSessions.paginated?.items ?? 'streamSessions',
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    defaultPageSize: defaultStreamSessionPageSize,
  });
  if (!page.ok) return page;
  const output: ListStreamSessionsResponse = { streamSessions: page.value.items.map(streamSessionSummaryView) };
  return ok(page.value.nextToken === undefined ? output : { ...output, nextToken: page.value.nextToken });
};
