import type {
  GetStreamRequest,
  GetStreamResponse,
  ListStreamsRequest,
  ListStreamsResponse,
  PutMetadataRequest,
  StopStreamRequest,
  StopStreamResponse,
} from '../../../generated/types.js';
import { paginate } from '../pagination.js';
import { fail, ok } from '../result.js';
import { streamSummaryView, streamView } from '../views.js';
import { operations } from '../../../generated/operations.js';
import type { Behaviour } from './context.js';
import { liveStream, stopStreamIn } from './stream-state.js';
import { defaultPageSizes } from '../../protocol/conventions.js';

/** The page size of ListStreams when `maxResults` is absent: the launch model's maximum. */
export const defaultStreamPageSize = defaultPageSizes.streams;

type NoOutput = Record<string, never>;

/** GetStream: the live stream of a channel; ChannelNotBroadcasting when offline. */
export const getStream: Behaviour<GetStreamRequest, GetStreamResponse> = ({ partition }, input) => {
  const live = liveStream(partition, input.channelArn);
  return live.ok ? ok({ stream: streamView(live.value.stream, live.value.channel) }) : live;
};

/** ListStreams: summaries of the live streams of the caller's account and region, by channel ARN. */
export const listStreams: Behaviour<ListStreamsRequest, ListStreamsResponse> = ({ partition }, input) => {
  const page = paginate(partition.streams.values(), (stream) => stream.channelArn, {
    listName: operations.ListStreams.paginated?.items ?? 'streams',
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    defaultPageSize: defaultStreamPageSize,
  });
  if (!page.ok) return page;
  const output: ListStreamsResponse = { streams: page.value.items.map(streamSummaryView) };
  return ok(page.value.nextToken === undefined ? output : { ...output, nextToken: page.value.nextToken });
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
export const stopStream: Behaviour<StopStreamRequest, StopStreamResponse> = ({ partition }, input) => {
  const stopped = stopStreamIn(partition, input.channelArn);
  return stopped.ok ? ok({}) : stopped;
};
