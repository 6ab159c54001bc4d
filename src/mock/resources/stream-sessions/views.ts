import type { StreamSession, StreamSessionSummary } from '../../../../generated/types.js';
import { formatTimestamp } from '../timestamp.js';
import type { StreamSessionRecord } from './state.js';

/** The full `StreamSession` shape. */
export function streamSessionView(session: StreamSessionRecord): StreamSession {
  return {
    streamId: session.streamId,
    startTime: formatTimestamp(session.startTime),
    ...(session.endTime === undefined ? {} : { endTime: formatTimestamp(session.endTime) }),
    channel: session.channel,
    ingestConfiguration: session.ingestConfiguration,
    ...(session.recordingConfiguration === undefined ? {} : { recordingConfiguration: session.recordingConfiguration }),
    truncatedEvents: session.events.map((event) => ({ ...event })),
  };
}

/** The `StreamSessionSummary` shape that ListStreamSessions returns. */
export function streamSessionSummaryView(session: StreamSessionRecord): StreamSessionSummary {
  return {
    streamId: session.streamId,
    startTime: formatTimestamp(session.startTime),
    ...(session.endTime === undefined ? {} : { endTime: formatTimestamp(session.endTime) }),
    hasErrorEvent: session.events.some((event) => event.type === 'IVS Stream Failure'),
  };
}
