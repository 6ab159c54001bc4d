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
import { type Result, fail, ok } from '../../result.js';
import { deleteByArnBehaviour, getByArnBehaviour, listByArnBehaviour, type QuotaByArnSpec } from '../arn-behaviours.js';
import { findByArn } from '../arn-resource.js';
import { mintArnWithinQuota } from '../mint-arn.js';
import type { Partition } from '../partition.js';
import type { Behaviour } from '../resource.js';
import { checkUserTagKeys } from '../tags/tag-rules.js';
import type { AdConfigurationRecord } from './state.js';
import { adConfigurationArnKind, adConfigurationSummaryView, adConfigurationView } from './views.js';
import { defaultPageSizeOf } from '../../../protocol/conventions.js';

/** The page size of ListAdConfigurations when `maxResults` is absent, as the service documents it (src/protocol/conventions.ts). */
export const defaultAdConfigurationPageSize = defaultPageSizeOf('adConfigurations');

/** The post-roll ad break when none is given: disabled, 15 seconds. */
export const defaultPostRoll = { enabled: false, durationSeconds: 15 } as const;

type NoOutput = Record<string, never>;

const label = 'ad configuration';

const byArn: QuotaByArnSpec<AdConfigurationRecord> = {
  records: (partition) => partition.adConfigurations,
  label,
  kind: adConfigurationArnKind,
  quota: 'adConfigurationsPerRegion',
};

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
  const arn = mintArnWithinQuota(store, partition, byArn);
  if (!arn.ok) return arn;
  const record: AdConfigurationRecord = {
    arn: arn.value,
    name: input.name ?? '',
    mediaTailorPlaybackConfigurations: mediaTailor.value,
    postRollConfiguration: { ...(input.postRollConfiguration ?? defaultPostRoll) },
    tags: new Map(Object.entries(input.tags ?? {})),
  };
  partition.adConfigurations.set(record.arn, record);
  return ok({ adConfiguration: adConfigurationView(record) });
};

/** DeleteAdConfiguration: ConflictException while a channel references it. */
export const deleteAdConfiguration: Behaviour<DeleteAdConfigurationRequest, NoOutput> = deleteByArnBehaviour(byArn);

/** GetAdConfiguration: the full ad configuration. */
export const getAdConfiguration: Behaviour<GetAdConfigurationRequest, GetAdConfigurationResponse> = getByArnBehaviour(
  byArn,
  'adConfiguration',
  adConfigurationView,
);

/** ListAdConfigurations: summaries by ARN, paged. */
export const listAdConfigurations: Behaviour<ListAdConfigurationsRequest, ListAdConfigurationsResponse> =
  listByArnBehaviour(
    'ListAdConfigurations',
    'adConfigurations',
    (partition) => partition.adConfigurations,
    defaultAdConfigurationPageSize,
    adConfigurationSummaryView,
  );

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
