import type { Channel } from '../../../../generated/types.js';
import { type Result, fail, ok } from '../../result.js';
import type { Partition } from '../partition.js';
import type { ResourceSnapshotPart } from '../resource.js';
import { checkNewArn, checkShape } from '../snapshot-checks.js';
import { tagsFromObject } from '../tags/tag-map.js';
import { channelArnKind } from './identity.js';
import { resolveChannelSettings } from './settings.js';
import { channelView } from './views.js';

function restoreChannel(partition: Partition, item: Record<string, unknown>, where: string): Result<void> {
  const channel = item as Channel;
  const arn = checkNewArn(partition, channel.arn, channelArnKind, (taken) => partition.channels.has(taken), where);
  if (!arn.ok) return arn;
  const shape = checkShape('Channel', channel, where);
  if (!shape.ok) return shape;
  if (typeof channel.ingestEndpoint !== 'string' || typeof channel.playbackUrl !== 'string') {
    return fail('ValidationException', `${where} needs ingestEndpoint and playbackUrl strings.`);
  }
  const settings = resolveChannelSettings(partition, undefined, channel);
  if (!settings.ok) return fail('ValidationException', `${where}: ${settings.error.message}`);
  partition.channels.set(arn.value, {
    arn: arn.value,
    name: channel.name ?? '',
    latencyMode: channel.latencyMode ?? 'LOW',
    ingestEndpoint: channel.ingestEndpoint,
    playbackUrl: channel.playbackUrl,
    tags: tagsFromObject(channel.tags),
    authorized: channel.authorized ?? false,
    insecureIngest: channel.insecureIngest ?? false,
    // A snapshot made before SRT existed: the endpoint follows the ingest host, with no passphrase.
    srt: {
      endpoint: channel.srt?.endpoint ?? channel.ingestEndpoint.replace('.global-contribute.', '.srt.'),
      passphrase: channel.srt?.passphrase ?? '',
    },
    ...settings.value,
  });
  return ok(undefined);
}

/** Channels in a snapshot: `channels`, full `Channel` objects with their tags. */
export const channelsSnapshot: ResourceSnapshotPart = {
  member: 'channels',
  list: (partition) => [...partition.channels.values()].map(channelView),
  restore: restoreChannel,
};
