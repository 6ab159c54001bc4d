import type {
  InsertAdBreakRequest,
  InsertAdBreakResponse,
  GetStreamRequest,
  GetStreamResponse,
  ListStreamsRequest,
  ListStreamsResponse,
  PutMetadataRequest,
  StopStreamRequest,
  StopStreamResponse,
} from '../../../../generated/types.js';
import { listPageRequest, pageOutput, paginate } from '../../pagination.js';
import { randomAlphanumeric } from '../../random.js';
import { fail, ok } from '../../result.js';
import { findChannel } from '../channels/lookup.js';
import { addSessionEvent } from '../stream-sessions/sessions.js';
import type { Behaviour } from '../resource.js';
import { liveStream, notBroadcasting, stopStreamIn } from './live.js';
import { streamSummaryView, streamView } from './views.js';
import { defaultPageSizeOf } from '../../../protocol/conventions.js';

/** The page size of ListStreams when `maxResults` is absent, as the service documents it (src/protocol/conventions.ts). */
export const defaultStreamPageSize = defaultPageSizeOf('streams');

type NoOutput = Record<string, never>;

/** GetStream: the live stream of a channel; ChannelNotBroadcasting when offline. */
export const getStream: Behaviour<GetStreamRequest, GetStreamResponse> = ({ partition }, input) => {
  const live = liveStream(partition, input.channelArn);
  return live.ok ? ok({ stream: streamView(live.value.stream, live.value.channel) }) : live;
};

/** ListStreams: summaries of the live streams of the caller's account and region, by channel ARN, optionally of one health. */
export const listStreams: Behaviour<ListStreamsRequest, ListStreamsResponse> = ({ partition }, input) => {
  const health = input.filterBy?.health;
  const streams = [...partition.streams.values()].filter((stream) => health === undefined || stream.health === health);
  const page = paginate(
    streams,
    (stream) => stream.channelArn,
    listPageRequest('ListStreams', 'streams', input, defaultStreamPageSize),
  );
  return page.ok ? ok(pageOutput('streams', page.value, streamSummaryView)) : page;
};

/**
 * PutMetadata on a live channel, rate-limited per channel by a token bucket that holds
 * `metadataPerSecond` tokens and refills at that many per second; no token left is ThrottlingException.
 */
export const putMetadata: Behaviour<PutMetadataRequest, NoOutput> = ({ store, partition, now }, input) => {
  const stream = liveStream(partition, input.channelArn);
  if (!stream.ok) return stream;
  const rate = store.limits.metadataPerSecond;
  const bucket = partition.metadataBuckets.get(input.channelArn) ?? { tokens: rate, at: now };
  // A clock that goes backwards (a test resetting it) refills nothing rather than draining.
  bucket.tokens = Math.min(rate, bucket.tokens + (Math.max(0, now - bucket.at) * rate) / 1000);
  bucket.at = now;
  partition.metadataBuckets.set(input.channelArn, bucket);
  if (bucket.tokens < 1) {
    return fail('ThrottlingException', `PutMetadata is limited to ${rate} requests per second per channel.`);
  }
  bucket.tokens -= 1;
  return ok({});
};

/** StopStream: ends the live stream; ChannelNotBroadcasting when offline. */
export const stopStream: Behaviour<StopStreamRequest, StopStreamResponse> = ({ partition, now }, input) => {
  const stopped = stopStreamIn(partition, input.channelArn, now);
  return stopped.ok ? ok({}) : stopped;
};

/**
 * InsertAdBreak: an ad break on a live channel that has an ad configuration (ResourceNotFoundException
 * for an unknown channel, ConflictException without an ad configuration, ChannelNotBroadcasting
 * while offline); the break is an event of the stream session.
 */
export const insertAdBreak: Behaviour<InsertAdBreakRequest, InsertAdBreakResponse> = (
  { store, partition, now },
  input,
) => {
  const channel = findChannel(partition, input.channelArn);
  if (!channel.ok) return channel;
  if (channel.value.adConfigurationArn === '') {
    return fail('ConflictException', `Channel ${input.channelArn} has no ad configuration (adConfigurationArn).`);
  }
  const stream = partition.streams.get(input.channelArn);
  if (stream === undefined) return notBroadcasting(input.channelArn);
  const adBreakId = randomAlphanumeric(store.random, 12);
  const session = partition.streamSessions.get(input.channelArn)?.find((s) => s.streamId === stream.streamId);
  if (session !== undefined)
    addSessionEvent(session, `Ad Break ${adBreakId} (${input.durationSeconds} s)`, 'IVS Ad Break', now);
  return ok({ adBreakId });
};
