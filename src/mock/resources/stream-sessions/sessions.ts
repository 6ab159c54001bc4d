import type { IngestConfiguration, StreamEvent } from '../../../../generated/types.js';
import { type RandomSource, randomAlphanumeric } from '../../random.js';
import type { ChannelRecord } from '../channels/state.js';
import { channelView } from '../channels/views.js';
import type { Partition } from '../partition.js';
import { recordingConfigurationView } from '../recording-configurations/views.js';
import { formatTimestamp } from '../timestamp.js';
import type { StreamSessionRecord } from './state.js';

/** The most events a session keeps (the newest), as the API's `truncatedEvents` documents. */
export const maxSessionEvents = 500;

/** The most sessions kept per channel (the newest); older ones are forgotten. */
export const maxSessionsPerChannel = 100;

/** The ingest configuration every emulated broadcast reports: 1080p30 H.264 at 6 Mb/s, AAC stereo at 160 kb/s. */
export const emulatedIngest: IngestConfiguration = {
  video: {
    avcProfile: 'Main',
    avcLevel: '4.1',
    codec: 'avc1.4D4029',
    encoder: 'ivs-contract',
    targetBitrate: 6000000,
    targetFramerate: 30,
    videoHeight: 1080,
    videoWidth: 1920,
  },
  audio: { codec: 'mp4a.40.2', targetBitrate: 160000, sampleRate: 48000, channels: 2 },
};

/** Adds an event to a session, newest first, dropping the oldest beyond the bound. */
export function addSessionEvent(session: StreamSessionRecord, name: string, type: string, at: number): void {
  const event: StreamEvent = { name, type, eventTime: formatTimestamp(at) };
  session.events.unshift(event);
  if (session.events.length > maxSessionEvents) session.events.length = maxSessionEvents;
}

/** Mints a stream id shaped like the service's: `st-` and 23 letters and digits. */
export function mintStreamId(random: RandomSource): string {
  return `st-${randomAlphanumeric(random, 23)}`;
}

/** Opens a session for a channel going live now, with the channel and its recording configuration as they are. */
export function openSession(
  partition: Partition,
  channel: ChannelRecord,
  streamId: string,
  startTime: number,
): StreamSessionRecord {
  const recording = partition.recordingConfigurations.get(channel.recordingConfigurationArn);
  const session: StreamSessionRecord = {
    streamId,
    channelArn: channel.arn,
    startTime,
    endTime: undefined,
    channel: channelView(channel),
    ingestConfiguration: emulatedIngest,
    recordingConfiguration: recording === undefined ? undefined : recordingConfigurationView(recording),
    events: [],
  };
  addSessionEvent(session, 'Session Created', 'IVS Stream State Change', startTime);
  addSessionEvent(session, 'Stream Start', 'IVS Stream State Change', startTime);
  if (recording !== undefined) addSessionEvent(session, 'Recording Start', 'IVS Recording State Change', startTime);
  const sessions = partition.streamSessions.get(channel.arn) ?? [];
  sessions.push(session);
  if (sessions.length > maxSessionsPerChannel) sessions.splice(0, sessions.length - maxSessionsPerChannel);
  partition.streamSessions.set(channel.arn, sessions);
  return session;
}

/** Ends the open session of a stream. */
export function closeSession(partition: Partition, channelArn: string, streamId: string, endTime: number): void {
  const session = partition.streamSessions.get(channelArn)?.find((candidate) => candidate.streamId === streamId);
  if (session === undefined || session.endTime !== undefined) return;
  session.endTime = Math.max(endTime, session.startTime);
  if (session.recordingConfiguration !== undefined)
    addSessionEvent(session, 'Recording End', 'IVS Recording State Change', session.endTime);
  addSessionEvent(session, 'Stream End', 'IVS Stream State Change', session.endTime);
  addSessionEvent(session, 'Session Ended', 'IVS Stream State Change', session.endTime);
}
