import type { ChannelLatencyMode, ChannelType, StreamHealth } from '../../generated/types.js';
import { SortedMap } from './sorted-map.js';

/** A channel as the store keeps it; tags live in a `Map` so keys such as `__proto__` stay plain data. */
export interface ChannelRecord {
  readonly arn: string;
  name: string;
  latencyMode: ChannelLatencyMode;
  type: ChannelType;
  readonly ingestEndpoint: string;
  readonly playbackUrl: string;
  readonly tags: Map<string, string>;
}

/** A stream key as the store keeps it. */
export interface StreamKeyRecord {
  readonly arn: string;
  readonly value: string;
  readonly channelArn: string;
  readonly tags: Map<string, string>;
}

/** A live stream on a channel. */
export interface StreamRecord {
  readonly channelArn: string;
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

/** Everything one account holds in one region. */
export interface Partition {
  readonly accountId: string;
  readonly region: string;
  /** Channels by ARN: iterated in creation order, paged in ARN order (`valuesAfter`). */
  readonly channels: SortedMap<ChannelRecord>;
  /** Stream keys by ARN, in creation order. */
  readonly streamKeys: Map<string, StreamKeyRecord>;
  /** Live streams by channel ARN, in start order. */
  readonly streams: Map<string, StreamRecord>;
  /** The PutMetadata token bucket of each channel that has been sent metadata. */
  readonly metadataBuckets: Map<string, TokenBucket>;
}

/** Makes an empty partition. */
export function createPartition(accountId: string, region: string): Partition {
  return {
    accountId,
    region,
    channels: new SortedMap<ChannelRecord>(),
    streamKeys: new Map(),
    streams: new Map(),
    metadataBuckets: new Map(),
  };
}

/** Copies a `Map` of tags into a plain object whose keys are own data properties, whatever their names. */
export function tagsToObject(tags: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries(tags);
}

/** Reads a tag object (as decoded from JSON) into a `Map`, keeping only own properties. */
export function tagsFromObject(tags: Readonly<Record<string, string>> | undefined): Map<string, string> {
  return new Map(tags === undefined ? [] : Object.entries(tags));
}
