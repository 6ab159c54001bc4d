import { operations } from '../../../../generated/operations.js';
import type {
  CreateAdConfigurationRequest,
  CreateAdConfigurationResponse,
  DeleteAdConfigurationRequest,
  GetAdConfigurationRequest,
  GetAdConfigurationResponse,
  ListAdConfigurationsRequest,
  ListAdConfigurationsResponse,
  MediaTailorPlaybackConfiguration,
  UpdateAdConfigurationRequest,
  UpdateAdConfigurationResponse,
} from '../../../../generated/types.js';
import { formatArn } from '../../arn.js';
import { type Result, fail, ok } from '../../result.js';
import { checkQuota, findByArn, listByArn } from '../arn-resource.js';
import { unusedId } from '../ids.js';
import type { Partition } from '../partition.js';
import type { Behaviour } from '../resource.js';
import { checkUserTagKeys } from '../tags/tag-rules.js';
import type { AdConfigurationRecord } from './state.js';
import { adConfigurationArnKind, adConfigurationSummaryView, adConfigurationView } from './views.js';

/** The page size of ListAdConfigurations when `maxResults` is absent: the documented 100. */
export const defaultAdConfigurationPageSize = 100;

/** The post-roll ad break when none is given: disabled, 15 seconds. */
export const defaultPostRoll = { enabled: false, durationSeconds: 15 } as const;

type NoOutput = Record<string, never>;

const label = 'ad configuration';

/** Finds an ad configuration of the partition, or ResourceNotFoundException. */
export function findAdConfiguration(partition: Partition, arn: string): Result<AdConfigurationRecord> {
  return findByArn(partition.adConfigurations, arn, label);
}

/** Each MediaTailor playback configuration needs a MediaTailor playback-configuration ARN in the caller's account and region. */
function checkMediaTailor(
  partition: Partition,
  configurations: readonly MediaTailorPlaybackConfiguration[],
): Result<MediaTailorPlaybackConfiguration[]> {
  if (configurations.length === 0)
    return fail('ValidationException', 'mediaTailorPlaybackConfigurations needs at least one configuration.');
  const prefix = `arn:aws:mediatailor:${partition.region}:${partition.accountId}:playbackConfiguration/`;
  for (const [i, configuration] of configurations.entries()) {
    const arn = configuration.playbackConfigurationArn;
    if (arn === undefined || !arn.startsWith(prefix) || arn.length === prefix.length) {
      return fail(
        'ValidationException',
        `mediaTailorPlaybackConfigurations[${i}].playbackConfigurationArn must be a MediaTailor playback configuration ARN of this account and region (${prefix}…).`,
      );
    }
  }
  return ok(configurations.map((configuration) => ({ ...configuration })));
}

/** CreateAdConfiguration: MediaTailor configurations and a post-roll break (default disabled, 15 s). */
export const createAdConfiguration: Behaviour<CreateAdConfigurationRequest, CreateAdConfigurationResponse> = (
  { store, partition },
  input,
) => {
  const tagCheck = checkUserTagKeys(Object.keys(input.tags ?? {}), 'tags');
  if (!tagCheck.ok) return tagCheck;
  const mediaTailor = checkMediaTailor(partition, input.mediaTailorPlaybackConfigurations);
  if (!mediaTailor.ok) return mediaTailor;
  const quota = checkQuota(
    partition.adConfigurations.size,
    store.limits.adConfigurationsPerRegion,
    label,
    partition.region,
  );
  if (!quota.ok) return quota;
  const { region, accountId } = partition;
  const id = unusedId(store.random, (candidate) =>
    partition.adConfigurations.has(formatArn(region, accountId, adConfigurationArnKind, candidate)),
  );
  const record: AdConfigurationRecord = {
    arn: formatArn(region, accountId, adConfigurationArnKind, id),
    name: input.name ?? '',
    mediaTailorPlaybackConfigurations: mediaTailor.value,
    postRollConfiguration: { ...(input.postRollConfiguration ?? defaultPostRoll) },
    tags: new Map(Object.entries(input.tags ?? {})),
  };
  partition.adConfigurations.set(record.arn, record);
  return ok({ adConfiguration: adConfigurationView(record) });
};

/** DeleteAdConfiguration: ConflictException while a channel references it. */
export const deleteAdConfiguration: Behaviour<DeleteAdConfigurationRequest, NoOutput> = (
  { partition, relations },
  input,
) => {
  const found = findAdConfiguration(partition, input.arn);
  if (!found.ok) return found;
  const blocked = relations.blocksDeletion(partition, input.arn);
  if (blocked !== undefined) return fail('ConflictException', blocked);
  partition.adConfigurations.delete(input.arn);
  relations.forget(partition, input.arn);
  return ok({});
};

/** GetAdConfiguration: the full ad configuration. */
export const getAdConfiguration: Behaviour<GetAdConfigurationRequest, GetAdConfigurationResponse> = (
  { partition },
  input,
) => {
  const found = findAdConfiguration(partition, input.arn);
  return found.ok ? ok({ adConfiguration: adConfigurationView(found.value) }) : found;
};

/** ListAdConfigurations: summaries by ARN, paged. */
export const listAdConfigurations: Behaviour<ListAdConfigurationsRequest, ListAdConfigurationsResponse> = (
  { partition },
  input,
) => {
  const listName = operations.ListAdConfigurations.paginated?.items ?? 'adConfigurations';
  const page = listByArn(
    partition.adConfigurations,
    input,
    listName,
    defaultAdConfigurationPageSize,
    adConfigurationSummaryView,
  );
  if (!page.ok) return page;
  const output: ListAdConfigurationsResponse = { adConfigurations: page.value.items };
  return ok(page.value.nextToken === undefined ? output : { ...output, nextToken: page.value.nextToken });
};

/** UpdateAdConfiguration: changes only the members given. */
export const updateAdConfiguration: Behaviour<UpdateAdConfigurationRequest, UpdateAdConfigurationResponse> = (
  { partition },
  input,
) => {
  const found = findAdConfiguration(partition, input.arn);
  if (!found.ok) return found;
  const mediaTailor =
    input.mediaTailorPlaybackConfigurations === undefined
      ? undefined
      : checkMediaTailor(partition, input.mediaTailorPlaybackConfigurations);
  if (mediaTailor !== undefined && !mediaTailor.ok) return mediaTailor;
  const record = found.value;
  if (input.name !== undefined) record.name = input.name;
  if (mediaTailor !== undefined) record.mediaTailorPlaybackConfigurations = mediaTailor.value;
  if (input.postRollConfiguration !== undefined) record.postRollConfiguration = { ...input.postRollConfiguration };
  return ok({ adConfiguration: adConfigurationView(record) });
};
