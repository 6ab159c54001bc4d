import type { Stream } from '../../../../generated/types.js';
import { type Result, fail, ok } from '../../result.js';
import type { Partition } from '../partition.js';
import type { ResourceSnapshotPart } from '../resource.js';
import { checkShape } from '../snapshot-checks.js';
import { streamView } from './views.js';

function restoreStream(partition: Partition, item: Record<string, unknown>, where: string): Result<void> {
  const stream = item as Stream;
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
    streamId: stream.streamId,
    startTime,
    health: stream.health ?? 'HEALTHY',
    viewerCount,
  });
  return ok(undefined);
}

/** Live streams in a snapshot: `streams`, full `Stream` objects, each on a channel of the partition. */
export const streamsSnapshot: ResourceSnapshotPart = {
  member: 'streams',
  list(partition) {
    const streams: Stream[] = [];
    for (const stream of partition.streams.values()) {
      const channel = partition.channels.get(stream.channelArn);
      if (channel !== undefined) streams.push(streamView(stream, channel));
    }
    return streams;
  },
  restore: restoreStream,
};
