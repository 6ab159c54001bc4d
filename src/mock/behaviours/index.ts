import type { OperationInputs, OperationName, OperationOutputs } from '../../../generated/types.js';
import { batchGetChannel, createChannel, deleteChannel, getChannel, listChannels, updateChannel } from './channels.js';
import type { Behaviour } from './context.js';
import { batchGetStreamKey, createStreamKey, deleteStreamKey, getStreamKey, listStreamKeys } from './stream-keys.js';
import { getStream, listStreams, putMetadata, stopStream } from './streams.js';
import { listTagsForResource, tagResource, untagResource } from './tags.js';

export type { Behaviour, BehaviourContext } from './context.js';

/** The behaviour of every operation, by operation name. */
export const behaviours: { readonly [K in OperationName]: Behaviour<OperationInputs[K], OperationOutputs[K]> } = {
  BatchGetChannel: batchGetChannel,
  BatchGetStreamKey: batchGetStreamKey,
  CreateChannel: createChannel,
  CreateStreamKey: createStreamKey,
  DeleteChannel: deleteChannel,
  DeleteStreamKey: deleteStreamKey,
  GetChannel: getChannel,
  GetStream: getStream,
  GetStreamKey: getStreamKey,
  ListChannels: listChannels,
  ListStreamKeys: listStreamKeys,
  ListStreams: listStreams,
  ListTagsForResource: listTagsForResource,
  PutMetadata: putMetadata,
  StopStream: stopStream,
  TagResource: tagResource,
  UntagResource: untagResource,
  UpdateChannel: updateChannel,
};
