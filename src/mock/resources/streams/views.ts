import type { Stream, StreamSummary } from '../../../../generated/types.js';
import type { ChannelRecord } from '../channels/state.js';
import { formatTimestamp } from '../timestamp.js';
import type { StreamRecord } from './state.js';

/** The full `Stream` shape of a live stream; the playback URL is its channel's. */
export function streamView(stream: StreamRecord, channel: ChannelRecord): Stream {
  return {
    channelArn: stream.channelArn,
    ...(stream.streamId === undefined ? {} : { streamId: stream.streamId }),
    playbackUrl: channel.playbackUrl,
    startTime: formatTimestamp(stream.startTime),
    state: 'LIVE',
    health: stream.health,
    viewerCount: stream.viewerCount,
  };
}

/** The `StreamSummary` shape that ListStreams returns. */
export function streamSummaryView(stream: StreamRecord): StreamSummary {
  return {
    channelArn: stream.channelArn,
    ...(stream.streamId === undefined ? {} : { streamId: stream.streamId }),
    state: 'LIVE',
    health: stream.health,
    viewerCount: stream.viewerCount,
    startTime: formatTimestamp(stream.startTime),
  };
}
