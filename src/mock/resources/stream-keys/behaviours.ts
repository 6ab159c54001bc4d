import type {
  BatchGetStreamKeyRequest,
  BatchGetStreamKeyResponse,
  CreateStreamKeyRequest,
  CreateStreamKeyResponse,
  DeleteStreamKeyRequest,
  GetStreamKeyRequest,
  GetStreamKeyResponse,
  ListStreamKeysRequest,
  ListStreamKeysResponse,
} from '../../../../generated/types.js';
import { listPageRequest, pageOutput, paginate } from '../../pagination.js';
import { fail, ok } from '../../result.js';
import { getByArnBehaviour } from '../arn-behaviours.js';
import { batchLookup } from '../batch-lookup.js';
import { findChannel } from '../channels/lookup.js';
import type { Partition } from '../partition.js';
import type { Behaviour } from '../resource.js';
import { checkUserTagKeys } from '../tags/tag-rules.js';
import { createStreamKeyFor, findStreamKey, keysOf } from './keys.js';
import { streamKeySummaryView, streamKeyView } from './views.js';
import { defaultPageSizeOf } from '../../../protocol/conventions.js';

/** The page size of ListStreamKeys when `maxResults` is absent, as the service documents it (src/protocol/conventions.ts). */
export const defaultStreamKeyPageSize = defaultPageSizeOf('streamKeys');

/** The most stream keys one channel may have. */
export const streamKeysPerChannel = 1;

type NoOutput = Record<string, never>;

/** BatchGetStreamKey: every known key (secret included) in `streamKeys`, every unknown ARN in `errors`. */
export const batchGetStreamKey: Behaviour<BatchGetStreamKeyRequest, BatchGetStreamKeyResponse> = (
  { partition },
  input,
) => {
  const { found, errors } = batchLookup(input.arns, (arn) => findStreamKey(partition, arn));
  return ok({ streamKeys: found.map(streamKeyView), errors });
};

/** CreateStreamKey: a new key for a channel that has none; a second key is ServiceQuotaExceededException. */
export const createStreamKey: Behaviour<CreateStreamKeyRequest, CreateStreamKeyResponse> = (
  { store, partition },
  input,
) => {
  const tagCheck = checkUserTagKeys(Object.keys(input.tags ?? {}), 'tags');
  if (!tagCheck.ok) return tagCheck;
  const channel = findChannel(partition, input.channelArn);
  if (!channel.ok) return channel;
  if (keysOf(partition, input.channelArn).length >= streamKeysPerChannel) {
    return fail(
      'ServiceQuotaExceededException',
      `Channel ${input.channelArn} already has a stream key; delete it before creating another.`,
    );
  }
  return ok({
    streamKey: streamKeyView(createStreamKeyFor(store.random, partition, input.channelArn, input.tags ?? {})),
  });
};

/** DeleteStreamKey: revokes the key; the channel stays. */
export const deleteStreamKey: Behaviour<DeleteStreamKeyRequest, NoOutput> = ({ partition }, input) => {
  const found = findStreamKey(partition, input.arn);
  if (!found.ok) return found;
  partition.streamKeys.delete(input.arn);
  return ok({});
};

/** GetStreamKey: the full key, secret included. */
export const getStreamKey: Behaviour<GetStreamKeyRequest, GetStreamKeyResponse> = getByArnBehaviour(
  { records: (partition: Partition) => partition.streamKeys, label: 'stream key' },
  'streamKey',
  streamKeyView,
);

/** ListStreamKeys: the channel's key summaries by ARN (never the secret), paged. */
export const listStreamKeys: Behaviour<ListStreamKeysRequest, ListStreamKeysResponse> = ({ partition }, input) => {
  const channel = findChannel(partition, input.channelArn);
  if (!channel.ok) return channel;
  const page = paginate(keysOf(partition, input.channelArn), (key) => key.arn, {
    ...listPageRequest('ListStreamKeys', 'streamKeys', input, defaultStreamKeyPageSize),
    // A token whose last key is a stream key of another channel was issued for another request.
    acceptsLastKey: (lastKey) =>
      (partition.streamKeys.get(lastKey)?.channelArn ?? input.channelArn) === input.channelArn,
  });
  return page.ok ? ok(pageOutput('streamKeys', page.value, streamKeySummaryView)) : page;
};
