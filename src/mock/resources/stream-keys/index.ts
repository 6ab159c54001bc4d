import { defineResource } from '../resource.js';
import { channelChildTable } from '../state-file-tables.js';
import { batchGetStreamKey, createStreamKey, deleteStreamKey, getStreamKey, listStreamKeys } from './behaviours.js';
import { streamKeyArnKind } from './identity.js';
import { keysOf } from './keys.js';
import { streamKeysSnapshot } from './snapshot.js';
import { streamKeyView } from './views.js';

/** Stream keys: one per channel, made with it, revocable; a channel's keys go with it. */
export const streamKeysResource = defineResource({
  name: 'stream-keys',
  arnKind: streamKeyArnKind,
  behaviours: {
    BatchGetStreamKey: batchGetStreamKey,
    CreateStreamKey: createStreamKey,
    DeleteStreamKey: deleteStreamKey,
    GetStreamKey: getStreamKey,
    ListStreamKeys: listStreamKeys,
  },
  snapshot: streamKeysSnapshot,
  persistence: {
    ...channelChildTable('stream_keys', 'arn', { indexByChannel: true }),
    keyOf: (item) => ({ key: String(item['arn']), parent: String(item['channelArn']) }),
    rowsNamedBy(partition, arn, kind) {
      if (kind !== streamKeyArnKind) return [];
      const key = partition.streamKeys.get(arn);
      return [{ key: arn, parent: key?.channelArn, body: key === undefined ? undefined : streamKeyView(key) }];
    },
  },
  tagsOf: (partition, arn) => partition.streamKeys.get(arn)?.tags,
  forget(partition, arn) {
    for (const key of keysOf(partition, arn)) partition.streamKeys.delete(key.arn);
  },
});
