import { defineResource } from '../resource.js';
import { arnTable } from '../state-file-tables.js';
import {
  batchGetChannel,
  createChannel,
  deleteChannel,
  getChannel,
  listChannels,
  updateChannel,
} from './behaviours.js';
import { channelArnKind } from './identity.js';
import { channelsSnapshot } from './snapshot.js';
import { channelView } from './views.js';

/** The members by which a channel references other resources, which may not be deleted while it does. */
const referenceMembers = ['recordingConfigurationArn', 'playbackRestrictionPolicyArn', 'adConfigurationArn'] as const;

/** Channels: the root resource; stream keys, streams and sessions hang on them. */
export const channelsResource = defineResource({
  name: 'channels',
  arnKind: channelArnKind,
  behaviours: {
    BatchGetChannel: batchGetChannel,
    CreateChannel: createChannel,
    DeleteChannel: deleteChannel,
    GetChannel: getChannel,
    ListChannels: listChannels,
    UpdateChannel: updateChannel,
  },
  snapshot: channelsSnapshot,
  persistence: {
    ...arnTable('channels'),
    keyOf: (item) => ({ key: String(item['arn']) }),
    rowsNamedBy(partition, arn, kind) {
      if (kind !== channelArnKind) return [];
      const channel = partition.channels.get(arn);
      return [{ key: arn, body: channel === undefined ? undefined : channelView(channel) }];
    },
  },
  tagsOf: (partition, arn) => partition.channels.get(arn)?.tags,
  blocksDeletion(partition, arn) {
    for (const channel of partition.channels.values()) {
      for (const member of referenceMembers) {
        if (channel[member] === arn)
          return `Channel ${channel.arn} uses ${arn} (${member}); change or delete it first.`;
      }
    }
    return undefined;
  },
});
