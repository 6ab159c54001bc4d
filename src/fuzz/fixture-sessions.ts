import type {
  Channel,
  IngestConfiguration,
  RecordingConfiguration,
  Stream,
  StreamEvent,
  StreamSession,
} from '../../generated/types.js';
import type { SeededRandom } from './seeded-random.js';

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The most stream sessions the emulator keeps per channel; a live channel's open session counts. */
export const MAX_SESSIONS_PER_CHANNEL = 100;

/** The ingest settings of the fixtures' broadcasts: 1080p30 H.264 or 720p30, AAC stereo at 48 kHz. */
const INGESTS: readonly IngestConfiguration[] = [
  {
    video: {
      avcProfile: 'Main',
      avcLevel: '4.1',
      codec: 'avc1.4D4029',
      encoder: 'obs-output module (libobs version 30.1.2)',
      targetBitrate: 6_000_000,
      targetFramerate: 30,
      videoHeight: 1080,
      videoWidth: 1920,
    },
    audio: { codec: 'mp4a.40.2', targetBitrate: 160_000, sampleRate: 48_000, channels: 2 },
  },
  {
    video: {
      avcProfile: 'Main',
      avcLevel: '3.1',
      codec: 'avc1.4D401F',
      encoder: 'Amazon IVS Web Broadcast SDK',
      targetBitrate: 3_500_000,
      targetFramerate: 30,
      videoHeight: 720,
      videoWidth: 1280,
    },
    audio: { codec: 'mp4a.40.2', targetBitrate: 128_000, sampleRate: 48_000, channels: 2 },
  },
];

const MINUTE = 60_000;

/** RFC 3339 in UTC with whole seconds, as the API writes times. */
const timestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A stream id shaped like the service's (`st-` and 23 letters and digits) that `used` does not hold yet. */
export function freshStreamId(random: SeededRandom, used: Set<string>): string {
  let id = `st-${random.text(ALPHANUMERIC, 23)}`;
  while (used.has(id)) id = `st-${random.text(ALPHANUMERIC, 23)}`;
  used.add(id);
  return id;
}

const event = (name: string, type: string, at: number): StreamEvent => ({ name, type, eventTime: timestamp(at) });

/** The events of one broadcast, newest first, as the emulator records them (`model/README.md`). */
function eventsOf(
  random: SeededRandom,
  start: number,
  end: number | undefined,
  recorded: boolean,
  ads: boolean,
): StreamEvent[] {
  const events: StreamEvent[] = [
    event('Session Created', 'IVS Stream State Change', start),
    event('Stream Start', 'IVS Stream State Change', start),
  ];
  if (recorded) events.push(event('Recording Start', 'IVS Recording State Change', start));
  if (ads) {
    // A few ad breaks, in order, inside the broadcast (or its first hour while it is live).
    const last = end ?? start + 60 * MINUTE;
    let at = start;
    for (let i = random.integer(0, 3); i > 0 && at < last; i -= 1) {
      at += random.integer(1, 20) * MINUTE;
      if (at >= last) break;
      const id = random.text(ALPHANUMERIC, 12);
      events.push(event(`Ad Break ${id} (${random.pick([30, 60, 90])} s)`, 'IVS Ad Break', at));
    }
  }
  if (end !== undefined) {
    if (recorded) events.push(event('Recording End', 'IVS Recording State Change', end));
    events.push(event('Stream End', 'IVS Stream State Change', end));
    events.push(event('Session Ended', 'IVS Stream State Change', end));
  }
  return events.reverse();
}

/** What one channel's broadcasts need to know. */
export interface ChannelBroadcasts {
  /** The channel, copied into each session as it is (the fixtures never change a channel). */
  readonly channel: Channel;
  /** The recording configuration the channel refers to, copied into each session. */
  readonly recording: RecordingConfiguration | undefined;
  /** The channel's live stream, whose open session is the newest. */
  readonly live: Stream | undefined;
  /** How many ended broadcasts came before. */
  readonly past: number;
  /** When the data set's present is (ms), for channels that are not live. */
  readonly now: number;
}

/**
 * A channel's stream sessions, oldest first: `past` ended broadcasts of 5 minutes to 4 hours with 30
 * minutes to 2 days between them, then the open session of its live stream (same `streamId` and
 * `startTime`). Each holds the channel and its recording configuration as they are, the ingest
 * settings and its events in time order.
 */
export function makeStreamSessions(
  random: SeededRandom,
  broadcasts: ChannelBroadcasts,
  usedIds: Set<string>,
): StreamSession[] {
  const { channel, recording, live, past } = broadcasts;
  const ads = (channel.adConfigurationArn ?? '') !== '';
  const base = (streamId: string, start: number, end: number | undefined): StreamSession => ({
    streamId,
    startTime: timestamp(start),
    ...(end === undefined ? {} : { endTime: timestamp(end) }),
    channel,
    ingestConfiguration: random.pick(INGESTS),
    ...(recording === undefined ? {} : { recordingConfiguration: recording }),
    truncatedEvents: eventsOf(random, start, end, recording !== undefined, ads),
  });
  const sessions: StreamSession[] = [];
  let cursor = live?.startTime === undefined ? broadcasts.now : Date.parse(live.startTime);
  for (let i = 0; i < past; i += 1) {
    const end = cursor - random.integer(30, 2 * 24 * 60) * MINUTE;
    const start = end - random.integer(5, 4 * 60) * MINUTE;
    sessions.push(base(freshStreamId(random, usedIds), start, end));
    cursor = start;
  }
  sessions.reverse();
  if (live?.streamId !== undefined && live.startTime !== undefined)
    sessions.push(base(live.streamId, Date.parse(live.startTime), undefined));
  return sessions;
}
