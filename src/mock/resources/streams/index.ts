import { defineResource } from '../resource.js';
import { oneRowPerChannelTable } from '../state-file-tables.js';
import { channelArnKind } from '../channels/identity.js';
import { getStream, insertAdBreak, listStreams, putMetadata, stopStream } from './behaviours.js';
import { streamsSnapshot } from './snapshot.js';
import { streamView } from './views.js';

/** Streams: at most one live stream per channel, started by the store (there is no ingest), keyed by channel ARN. */
export const streamsResource = defineResource({
  name: 'streams',
  behaviours: {
    GetStream: getStream,
    InsertAdBreak: insertAdBreak,
    ListStreams: listStreams,
    PutMetadata: putMetadata,
    StopStream: stopStream,
  },
  snapshot: streamsSnapshot,
  persistence: {
    ...oneRowPerChannelTable('streams'),
    keyOf: (item) => ({ key: String(item['channelArn']) }),
    rowsNamedBy(partition, arn, kind) {
      if (kind !== channelArnKind) return [];
      const stream = partition.streams.get(arn);
      const channel = partition.channels.get(arn);
      return [
        {
          key: arn,
          body: stream === undefined || channel === undefined ? undefined : streamView(stream, channel),
        },
      ];
    },
  },
  blocksDeletion: (partition, arn) =>
    partition.streams.has(arn) ? `Channel ${arn} is live; stop its stream before deleting it.` : undefined,
  forget(partition, arn) {
    partition.streams.delete(arn);
    partition.metadataBuckets.delete(arn);
  },
});
