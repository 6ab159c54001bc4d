import type { StreamHealth } from '../../../../generated/types.js';

/** A live stream on a channel. */
export interface StreamRecord {
  readonly channelArn: string;
  /** The id of the stream session this broadcast opened; absent for a stream restored from a snapshot without one. */
  readonly streamId: string | undefined;
  /** When the broadcast began, in milliseconds since the epoch. */
  readonly startTime: number;
  health: StreamHealth;
  viewerCount: number;
}

/** A rate limiter's state: tokens left (fractions allowed) and when they were counted. */
export interface TokenBucket {
  tokens: number;
  at: number;
}

/** What a partition holds of streams. */
export interface StreamsState {
  /** Live streams by channel ARN, in start order. */
  readonly streams: Map<string, StreamRecord>;
  /** The PutMetadata token bucket of each channel that has been sent metadata. */
  readonly metadataBuckets: Map<string, TokenBucket>;
}

/** No streams. */
export function createStreamsState(): StreamsState {
  return { streams: new Map(), metadataBuckets: new Map() };
}
