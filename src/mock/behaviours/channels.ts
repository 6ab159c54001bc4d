import type {
  BatchGetChannelRequest,
  BatchGetChannelResponse,
  CreateChannelRequest,
  CreateChannelResponse,
  DeleteChannelRequest,
  GetChannelRequest,
  GetChannelResponse,
  ListChannelsRequest,
  ListChannelsResponse,
  UpdateChannelRequest,
  UpdateChannelResponse,
} from '../../../generated/types.js';
import { mintChannelIdentity } from '../identities.js';
import { paginateOrdered } from '../pagination.js';
import type { ChannelRecord } from '../records.js';
import { type Result, fail, ok } from '../result.js';
import { checkUserTagKeys } from '../tag-rules.js';
import { channelSummaryView, channelView, streamKeyView } from '../views.js';
import { operations } from '../../../generated/operations.js';
import type { Behaviour } from './context.js';
import { batchLookup, findChannel } from './lookup.js';
import { createStreamKeyFor } from './stream-keys.js';
import { defaultPageSizes } from '../../protocol/conventions.js';

/** The page size of ListChannels when `maxResults` is absent: the launch model's maximum. */
export const defaultChannelPageSize = defaultPageSizes.channels;

type NoOutput = Record<string, never>;

/** BatchGetChannel: every known channel in `channels`, every unknown ARN in `errors`. */
export const batchGetChannel: Behaviour<BatchGetChannelRequest, BatchGetChannelResponse> = ({ partition }, input) => {
  const { found, errors } = batchLookup(input.arns, (arn) => findChannel(partition, arn));
  return ok({ channels: found.map(channelView), errors });
};

/** CreateChannel: a channel with defaults LOW and STANDARD, and its one stream key, within the channel quota. */
export const createChannel: Behaviour<CreateChannelRequest, CreateChannelResponse> = ({ store, partition }, input) => {
  const tagCheck = checkUserTagKeys(Object.keys(input.tags ?? {}), 'tags');
  if (!tagCheck.ok) return tagCheck;
  if (partition.channels.size >= store.limits.channelsPerRegion) {
    return fail(
      'ServiceQuotaExceededException',
      `This account already has ${partition.channels.size} channels in ${partition.region}, the most allowed.`,
    );
  }
  const identity = mintChannelIdentity(partition, store.random);
  const channel: ChannelRecord = {
    arn: identity.arn,
    name: input.name ?? '',
    latencyMode: input.latencyMode ?? 'LOW',
    type: input.type ?? 'STANDARD',
    ingestEndpoint: identity.ingestEndpoint,
    playbackUrl: identity.playbackUrl,
    tags: new Map(Object.entries(input.tags ?? {})),
  };
  partition.channels.set(channel.arn, channel);
  const key = createStreamKeyFor(store, partition, channel.arn, {});
  return ok({ channel: channelView(channel), streamKey: streamKeyView(key) });
};

/** DeleteChannel: removes the channel with its stream keys and tags; refused with ConflictException while live. */
export const deleteChannel: Behaviour<DeleteChannelRequest, NoOutput> = ({ partition }, input) => {
  const found = findChannel(partition, input.arn);
  if (!found.ok) return found;
  if (partition.streams.has(input.arn)) {
    return fail('ConflictException', `Channel ${input.arn} is live; stop its stream before deleting it.`);
  }
  for (const key of [...partition.streamKeys.values()]) {
    if (key.channelArn === input.arn) partition.streamKeys.delete(key.arn);
  }
  partition.streams.delete(input.arn);
  partition.metadataBuckets.delete(input.arn);
  partition.channels.delete(input.arn);
  return ok({});
};

/** GetChannel: the full channel. */
export const getChannel: Behaviour<GetChannelRequest, GetChannelResponse> = ({ partition }, input) => {
  const found = findChannel(partition, input.arn);
  return found.ok ? ok({ channel: channelView(found.value) }) : found;
};

/** ListChannels: channel summaries by ARN, optionally only those whose name equals `filterByName` exactly. */
export const listChannels: Behaviour<ListChannelsRequest, ListChannelsResponse> = ({ partition }, input) => {
  const filter = input.filterByName;
  const matchingAfter = function* (after: string | undefined): Generator<ChannelRecord> {
    for (const channel of partition.channels.valuesAfter(after))
      if (filter === undefined || channel.name === filter) yield channel;
  };
  const page = paginateOrdered(matchingAfter, (channel) => channel.arn, {
    listName: operations.ListChannels.paginated?.items ?? 'channels',
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    defaultPageSize: defaultChannelPageSize,
  });
  if (!page.ok) return page;
  const output: ListChannelsResponse = { channels: page.value.items.map(channelSummaryView) };
  return ok(page.value.nextToken === undefined ? output : { ...output, nextToken: page.value.nextToken });
};

/** UpdateChannel: changes only the members given; refused with ConflictException while the channel is live. */
export const updateChannel: Behaviour<UpdateChannelRequest, UpdateChannelResponse> = (
  { partition },
  input,
): Result<UpdateChannelResponse> => {
  const found = findChannel(partition, input.arn);
  if (!found.ok) return found;
  if (partition.streams.has(input.arn)) {
    return fail('ConflictException', `Channel ${input.arn} is live; stop its stream before updating it.`);
  }
  const channel = found.value;
  if (input.name !== undefined) channel.name = input.name;
  if (input.latencyMode !== undefined) channel.latencyMode = input.latencyMode;
  if (input.type !== undefined) channel.type = input.type;
  return ok({ channel: channelView(channel) });
};
