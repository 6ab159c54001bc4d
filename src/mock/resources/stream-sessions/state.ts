import type { Channel, IngestConfiguration, RecordingConfiguration, StreamEvent } from '../../../../generated/types.js';

/** One broadcast of a channel, from go-live to the end, with what the channel was at go-live. */
export interface StreamSessionRecord {
  readonly streamId: string;
  readonly channelArn: string;
  /** Milliseconds since the epoch, whole seconds. */
  readonly startTime: number;
  /** Absent while the session is live. */
  endTime: number | undefined;
  /** The channel as it was at go-live. */
  readonly channel: Channel;
  readonly ingestConfiguration: IngestConfiguration;
  /** The channel's recording configuration at go-live, if it had one. */
  readonly recordingConfiguration: RecordingConfiguration | undefined;
  /** The most recent events, newest first, at most `maxSessionEvents`. */
  readonly events: StreamEvent[];
}

/** What a partition holds of stream sessions. */
export interface StreamSessionsState {
  /** Each channel's sessions, oldest first, at most `maxSessionsPerChannel`. */
  readonly streamSessions: Map<string, StreamSessionRecord[]>;
}

/** No stream sessions. */
export function createStreamSessionsState(): StreamSessionsState {
  return { streamSessions: new Map() };
}
