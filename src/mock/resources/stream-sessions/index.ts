import type { StreamSession } from '../../../../generated/types.js';
import { type Result, fail, ok } from '../../result.js';
import { channelArnKind } from '../channels/identity.js';
import type { Partition } from '../partition.js';
import { defineResource } from '../resource.js';
import { channelChildTable } from '../state-file-tables.js';
import { checkShape } from '../snapshot-checks.js';
import { getStreamSession, listStreamSessions } from './behaviours.js';
import { maxSessionsPerChannel, nextSessionSequence } from './sessions.js';
import { streamSessionView } from './views.js';

function restoreSession(partition: Partition, item: Record<string, unknown>, where: string): Result<void> {
  const session = item as unknown as StreamSession;
  const channelArn = session.channel?.arn;
  if (typeof channelArn !== 'string' || !partition.channels.has(channelArn))
    return fail('ValidationException', `${where}.channel.arn names no channel of the partition.`);
  const shape = checkShape('StreamSession', item, where);
  if (!shape.ok) return shape;
  const startTime = Date.parse(session.startTime ?? '');
  const endTime = session.endTime === undefined ? undefined : Date.parse(session.endTime);
  if (Number.isNaN(startTime) || (endTime !== undefined && Number.isNaN(endTime)))
    return fail('ValidationException', `${where}: startTime and endTime must be ISO 8601 date-times.`);
  if (typeof session.streamId !== 'string') return fail('ValidationException', `${where}.streamId is required.`);
  const sessions = partition.streamSessions.get(channelArn) ?? [];
  if (sessions.some((other) => other.streamId === session.streamId))
    return fail('ValidationException', `${where}.streamId repeats ${session.streamId}.`);
  if (sessions.length >= maxSessionsPerChannel)
    return fail('ValidationException', `${where}: a channel keeps at most ${maxSessionsPerChannel} sessions.`);
  sessions.push({
    streamId: session.streamId,
    channelArn,
    sequence: nextSessionSequence(sessions),
    startTime,
    endTime,
    channel: session.channel ?? {},
    ingestConfiguration: session.ingestConfiguration ?? {},
    recordingConfiguration: session.recordingConfiguration,
    events: (session.truncatedEvents ?? []).map((event) => ({ ...event })),
  });
  partition.streamSessions.set(channelArn, sessions);
  return ok(undefined);
}

/** Stream sessions: one per go-live of a channel, kept after the broadcast ends; they go with their channel. */
export const streamSessionsResource = defineResource({
  name: 'stream-sessions',
  behaviours: {
    GetStreamSession: getStreamSession,
    ListStreamSessions: listStreamSessions,
  },
  snapshot: {
    member: 'streamSessions',
    optional: true,
    list: (partition) => [...partition.streamSessions.values()].flat().map(streamSessionView),
    restore: restoreSession,
  },
  persistence: {
    ...channelChildTable('stream_sessions', 'stream_id', { indexByChannel: true }),
    keyOf: (item) => ({
      key: String(item['streamId']),
      parent: String((item['channel'] as { arn?: unknown } | undefined)?.arn),
    }),
    childrenOnly: true,
    rowsNamedBy(partition, arn, kind) {
      if (kind !== channelArnKind) return [];
      return (partition.streamSessions.get(arn) ?? []).map((session) => ({
        key: session.streamId,
        parent: arn,
        body: streamSessionView(session),
      }));
    },
  },
  forget(partition, arn) {
    partition.streamSessions.delete(arn);
  },
});
