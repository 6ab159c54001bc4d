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
} from '../../../../generated/types.js';
import { listPageRequest, pageOutput, paginateOrdered } from '../../pagination.js';
import { type Result, fail, ok } from '../../result.js';
import { deleteByArnBehaviour, getByArnBehaviour } from '../arn-behaviours.js';
import { batchLookup } from '../batch-lookup.js';
import type { Partition } from '../partition.js';
import type { Behaviour } from '../resource.js';
import { createStreamKeyFor } from '../stream-keys/keys.js';
import { streamKeyView } from '../stream-keys/views.js';
import { checkUserTagKeys } from '../tags/tag-rules.js';
import { mintChannelIdentity } from './identity.js';
import { findChannel } from './lookup.js';
import { resolveChannelSettings } from './settings.js';
import type { ChannelRecord } from './state.js';
import { channelSummaryView, channelView } from './views.js';
import { defaultPageSizeOf } from '../../../protocol/conventions.js';

/** The page size of ListChannels when `maxResults` is absent, as the service documents it (src/protocol/conventions.ts). */
export const defaultChannelPageSize = defaultPageSizeOf('channels');

type NoOutput = Record<string, never>;

/** BatchGetChannel: every known channel in `channels`, every unknown ARN in `errors`. */
export const batchGetChannel: Behaviour<BatchGetChannelRequest, BatchGetChannelResponse> = ({ partition }, input) => {
  const { found, errors } = batchLookup(input.arns, (arn) => findChannel(partition, arn));
  return ok({ channels: found.map(channelView), errors });
};

/** CreateChannel: a channel with the documented defaults and cross-member rules, and its one stream key, within the channel quota. */
export const createChannel: Behaviour<CreateChannelRequest, CreateChannelResponse> = ({ store, partition }, input) => {
  const tagCheck = checkUserTagKeys(Object.keys(input.tags ?? {}), 'tags');
  if (!tagCheck.ok) return tagCheck;
  const settings = resolveChannelSettings(partition, undefined, input);
  if (!settings.ok) return settings;
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
    ingestEndpoint: identity.ingestEndpoint,
    playbackUrl: identity.playbackUrl,
    srt: identity.srt,
    tags: new Map(Object.entries(input.tags ?? {})),
    authorized: input.authorized ?? false,
    insecureIngest: input.insecureIngest ?? false,
    ...settings.value,
  };
  partition.channels.set(channel.arn, channel);
  const key = createStreamKeyFor(store.random, partition, channel.arn, {});
  return ok({ channel: channelView(channel), streamKey: streamKeyView(key) });
};

const byArn = { records: (partition: Partition) => partition.channels, label: 'channel' };

/** DeleteChannel: removes the channel with all that hangs on it (keys, tags); refused with ConflictException while live. */
export const deleteChannel: Behaviour<DeleteChannelRequest, NoOutput> = deleteByArnBehaviour(byArn);

/** GetChannel: the full channel. */
export const getChannel: Behaviour<GetChannelRequest, GetChannelResponse> = getByArnBehaviour(
  byArn,
  'channel',
  channelView,
);

/** The four filters of ListChannels, each with the channel member it matches exactly. */
const channelFilters = [
  ['filterByName', 'name'],
  ['filterByRecordingConfigurationArn', 'recordingConfigurationArn'],
  ['filterByPlaybackRestrictionPolicyArn', 'playbackRestrictionPolicyArn'],
  ['filterByAdConfigurationArn', 'adConfigurationArn'],
] as const;

/** ListChannels: channel summaries by ARN, filtered by at most one of the four filters (exact match); two is ConflictException. */
export const listChannels: Behaviour<ListChannelsRequest, ListChannelsResponse> = ({ partition }, input) => {
  const given = channelFilters.filter(([filter]) => input[filter] !== undefined);
  if (given.length > 1) {
    return fail(
      'ConflictException',
      `ListChannels filters are mutually exclusive; got ${given.map(([filter]) => filter).join(' and ')}.`,
    );
  }
  const [filter, member] = given[0] ?? [undefined, undefined];
  const wanted = filter === undefined ? undefined : input[filter];
  // Without a filter the channels are read straight from the map, without a second generator around it.
  const matchingAfter =
    member === undefined
      ? (after: string | undefined): Iterable<ChannelRecord> => partition.channels.valuesAfter(after)
      : function* (after: string | undefined): Generator<ChannelRecord> {
          for (const channel of partition.channels.valuesAfter(after)) if (channel[member] === wanted) yield channel;
        };
  const page = paginateOrdered(
    matchingAfter,
    (channel) => channel.arn,
    listPageRequest('ListChannels', 'channels', input, defaultChannelPageSize),
  );
  return page.ok ? ok(pageOutput('channels', page.value, channelSummaryView)) : page;
};

/** UpdateChannel: changes only the members given, under the same rules as CreateChannel; refused with ConflictException while the channel is live. */
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
  const settings = resolveChannelSettings(partition, channel, input);
  if (!settings.ok) return settings;
  if (input.name !== undefined) channel.name = input.name;
  if (input.latencyMode !== undefined) channel.latencyMode = input.latencyMode;
  if (input.authorized !== undefined) channel.authorized = input.authorized;
  if (input.insecureIngest !== undefined) channel.insecureIngest = input.insecureIngest;
  Object.assign(channel, settings.value);
  return ok({ channel: channelView(channel) });
};
