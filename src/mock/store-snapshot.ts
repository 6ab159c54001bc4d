import type { Channel, Stream, StreamKey } from '../../generated/types.js';
import { type IvsPartitionSnapshot, type IvsSnapshot, SNAPSHOT_FORMAT } from '../state/snapshot.js';
import { parseArn } from './arn.js';
import { createPartition, type Partition, tagsFromObject } from './records.js';
import { shapeValidators } from '../../generated/validators.js';
import { type Result, fail, ok } from './result.js';
import { validateBounded } from './bounded-validation.js';
import { channelView, streamKeyView, streamView } from './views.js';

/** The key of a partition in the store's map. */
export function partitionKey(accountId: string, region: string): string {
  return `${accountId}/${region}`;
}

/** Writes partitions as a snapshot, leaving out the ones that hold nothing. */
export function snapshotPartitions(partitions: Iterable<Partition>): IvsSnapshot {
  const out: IvsPartitionSnapshot[] = [];
  for (const partition of partitions) {
    if (partition.channels.size === 0 && partition.streamKeys.size === 0 && partition.streams.size === 0) continue;
    const streams: Stream[] = [];
    for (const stream of partition.streams.values()) {
      const channel = partition.channels.get(stream.channelArn);
      if (channel !== undefined) streams.push(streamView(stream, channel));
    }
    out.push({
      accountId: partition.accountId,
      region: partition.region,
      channels: [...partition.channels.values()].map(channelView),
      streamKeys: [...partition.streamKeys.values()].map(streamKeyView),
      streams,
    });
  }
  return { format: SNAPSHOT_FORMAT, partitions: out };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks one snapshot item against its generated shape validator. */
function checkShape(shape: 'Channel' | 'StreamKey' | 'Stream', item: unknown, where: string): Result<void> {
  const validate = shapeValidators[shape];
  const invalid = validate === undefined ? undefined : validateBounded(validate, item);
  return invalid === undefined ? ok(undefined) : fail('ValidationException', `${where}: ${invalid}`);
}

function arnIn(partition: Partition, arn: unknown, kind: 'channel' | 'stream-key'): arn is string {
  if (typeof arn !== 'string') return false;
  const parsed = parseArn(arn);
  return (
    parsed !== undefined &&
    parsed.kind === kind &&
    parsed.accountId === partition.accountId &&
    parsed.region === partition.region
  );
}

function restoreChannel(partition: Partition, channel: Channel, where: string): Result<void> {
  if (!arnIn(partition, channel.arn, 'channel'))
    return fail(
      'ValidationException',
      `${where}.arn is not a channel ARN of ${partition.accountId} in ${partition.region}.`,
    );
  if (partition.channels.has(channel.arn)) return fail('ValidationException', `${where}.arn repeats ${channel.arn}.`);
  const shape = checkShape('Channel', channel, where);
  if (!shape.ok) return shape;
  if (typeof channel.ingestEndpoint !== 'string' || typeof channel.playbackUrl !== 'string') {
    return fail('ValidationException', `${where} needs ingestEndpoint and playbackUrl strings.`);
  }
  partition.channels.set(channel.arn, {
    arn: channel.arn,
    name: channel.name ?? '',
    latencyMode: channel.latencyMode ?? 'LOW',
    type: channel.type ?? 'STANDARD',
    ingestEndpoint: channel.ingestEndpoint,
    playbackUrl: channel.playbackUrl,
    tags: tagsFromObject(channel.tags),
  });
  return ok(undefined);
}

function restoreStreamKey(partition: Partition, key: StreamKey, where: string): Result<void> {
  if (!arnIn(partition, key.arn, 'stream-key'))
    return fail(
      'ValidationException',
      `${where}.arn is not a stream-key ARN of ${partition.accountId} in ${partition.region}.`,
    );
  if (partition.streamKeys.has(key.arn)) return fail('ValidationException', `${where}.arn repeats ${key.arn}.`);
  if (typeof key.channelArn !== 'string' || !partition.channels.has(key.channelArn)) {
    return fail('ValidationException', `${where}.channelArn names no channel of the partition.`);
  }
  const shape = checkShape('StreamKey', key, where);
  if (!shape.ok) return shape;
  if (typeof key.value !== 'string') return fail('ValidationException', `${where}.value must be a string.`);
  partition.streamKeys.set(key.arn, {
    arn: key.arn,
    value: key.value,
    channelArn: key.channelArn,
    tags: tagsFromObject(key.tags),
  });
  return ok(undefined);
}

function restoreStream(partition: Partition, stream: Stream, where: string): Result<void> {
  if (typeof stream.channelArn !== 'string' || !partition.channels.has(stream.channelArn)) {
    return fail('ValidationException', `${where}.channelArn names no channel of the partition.`);
  }
  if (partition.streams.has(stream.channelArn))
    return fail('ValidationException', `${where} is a second stream on ${stream.channelArn}.`);
  const shape = checkShape('Stream', stream, where);
  if (!shape.ok) return shape;
  const startTime = typeof stream.startTime === 'string' ? Date.parse(stream.startTime) : Number.NaN;
  if (Number.isNaN(startTime)) return fail('ValidationException', `${where}.startTime must be an ISO 8601 date-time.`);
  const viewerCount = stream.viewerCount ?? 0;
  if (viewerCount < 0) return fail('ValidationException', `${where}.viewerCount must be at least 0.`);
  partition.streams.set(stream.channelArn, {
    channelArn: stream.channelArn,
    startTime,
    health: stream.health ?? 'HEALTHY',
    viewerCount,
  });
  return ok(undefined);
}

/**
 * Reads a snapshot into fresh partitions, checking every reference and ARN first; the caller
 * swaps them in only when the whole snapshot is good, so a bad snapshot changes nothing.
 */
export function restorePartitions(snapshot: unknown): Result<Map<string, Partition>> {
  if (!isRecord(snapshot) || snapshot['format'] !== SNAPSHOT_FORMAT) {
    return fail('ValidationException', `The snapshot must be an object with "format": "${SNAPSHOT_FORMAT}".`);
  }
  const partitions = snapshot['partitions'];
  if (!Array.isArray(partitions)) return fail('ValidationException', 'The snapshot needs a "partitions" array.');
  const restored = new Map<string, Partition>();
  for (const [p, entry] of partitions.entries()) {
    const where = `partitions[${p}]`;
    if (!isRecord(entry)) return fail('ValidationException', `${where} must be an object.`);
    const { accountId, region, channels, streamKeys, streams } = entry;
    if (typeof accountId !== 'string' || !/^[0-9]{12}$/.test(accountId))
      return fail('ValidationException', `${where}.accountId must be 12 digits.`);
    if (typeof region !== 'string' || !/^[a-z0-9-]+$/.test(region))
      return fail('ValidationException', `${where}.region must be a region name.`);
    if (!Array.isArray(channels) || !Array.isArray(streamKeys) || !Array.isArray(streams)) {
      return fail('ValidationException', `${where} needs "channels", "streamKeys" and "streams" arrays.`);
    }
    const key = partitionKey(accountId, region);
    if (restored.has(key)) return fail('ValidationException', `${where} repeats ${accountId} in ${region}.`);
    const partition = createPartition(accountId, region);
    const steps: [readonly unknown[], string, (item: never, where: string) => Result<void>][] = [
      [channels, 'channels', (item: Channel, at) => restoreChannel(partition, item, at)],
      [streamKeys, 'streamKeys', (item: StreamKey, at) => restoreStreamKey(partition, item, at)],
      [streams, 'streams', (item: Stream, at) => restoreStream(partition, item, at)],
    ];
    for (const [items, name, restoreItem] of steps) {
      for (const [i, item] of items.entries()) {
        const at = `${where}.${name}[${i}]`;
        if (!isRecord(item)) return fail('ValidationException', `${at} must be an object.`);
        const result = restoreItem(item as never, at);
        if (!result.ok) return result;
      }
    }
    restored.set(key, partition);
  }
  return ok(restored);
}
