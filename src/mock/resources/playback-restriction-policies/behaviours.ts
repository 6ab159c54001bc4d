import type {
  CreatePlaybackRestrictionPolicyRequest,
  CreatePlaybackRestrictionPolicyResponse,
  DeletePlaybackRestrictionPolicyRequest,
  GetPlaybackRestrictionPolicyRequest,
  GetPlaybackRestrictionPolicyResponse,
  ListPlaybackRestrictionPoliciesRequest,
  ListPlaybackRestrictionPoliciesResponse,
  UpdatePlaybackRestrictionPolicyRequest,
  UpdatePlaybackRestrictionPolicyResponse,
} from '../../../../generated/types.js';
import { type Result, fail, ok } from '../../result.js';
import { deleteByArnBehaviour, getByArnBehaviour, listByArnBehaviour, type QuotaByArnSpec } from '../arn-behaviours.js';
import { findByArn } from '../arn-resource.js';
import { mintArnWithinQuota } from '../mint-arn.js';
import type { Partition } from '../partition.js';
import type { Behaviour } from '../resource.js';
import { checkUserTagKeys } from '../tags/tag-rules.js';
import type { PlaybackRestrictionPolicyRecord } from './state.js';
import {
  playbackRestrictionPolicyArnKind,
  playbackRestrictionPolicySummaryView,
  playbackRestrictionPolicyView,
} from './views.js';
import { defaultPageSizeOf } from '../../../protocol/conventions.js';

/** The page size of ListPlaybackRestrictionPolicies when `maxResults` is absent, as the service documents it (src/protocol/conventions.ts). */
export const defaultPlaybackRestrictionPolicyPageSize = defaultPageSizeOf('playbackRestrictionPolicies');

type NoOutput = Record<string, never>;

const label = 'playback restriction policy';

const byArn: QuotaByArnSpec<PlaybackRestrictionPolicyRecord> = {
  records: (partition) => partition.playbackRestrictionPolicies,
  label,
  kind: playbackRestrictionPolicyArnKind,
  quota: 'playbackRestrictionPoliciesPerRegion',
};

/** Finds a playback restriction policy of the partition, or ResourceNotFoundException. */
export function findPlaybackRestrictionPolicy(
  partition: Partition,
  arn: string,
): Result<PlaybackRestrictionPolicyRecord> {
  return findByArn(partition.playbackRestrictionPolicies, arn, label);
}

/** Checks the lists' entries: ISO 3166-1 alpha-2 codes, and origins of the form `scheme://host[:port]`. */
function checkLists(countries: readonly string[] | undefined, origins: readonly string[] | undefined): Result<void> {
  for (const country of countries ?? []) {
    if (!/^[A-Z]{2}$/.test(country))
      return fail('ValidationException', `allowedCountries: ${country} is not an ISO 3166-1 alpha-2 country code.`);
  }
  for (const origin of origins ?? []) {
    if (origin !== '*' && !/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/\s?#]+$/.test(origin))
      return fail('ValidationException', `allowedOrigins: ${origin} is not an origin (scheme://host[:port]).`);
  }
  return ok(undefined);
}

/** CreatePlaybackRestrictionPolicy: empty lists mean every country and every origin. */
export const createPlaybackRestrictionPolicy: Behaviour<
  CreatePlaybackRestrictionPolicyRequest,
  CreatePlaybackRestrictionPolicyResponse
> = ({ store, partition }, input) => {
  const tagCheck = checkUserTagKeys(Object.keys(input.tags ?? {}), 'tags');
  if (!tagCheck.ok) return tagCheck;
  const lists = checkLists(input.allowedCountries, input.allowedOrigins);
  if (!lists.ok) return lists;
  const arn = mintArnWithinQuota(store, partition, byArn);
  if (!arn.ok) return arn;
  const record: PlaybackRestrictionPolicyRecord = {
    arn: arn.value,
    name: input.name ?? '',
    allowedCountries: [...(input.allowedCountries ?? [])],
    allowedOrigins: [...(input.allowedOrigins ?? [])],
    enableStrictOriginEnforcement: input.enableStrictOriginEnforcement ?? false,
    tags: new Map(Object.entries(input.tags ?? {})),
  };
  partition.playbackRestrictionPolicies.set(record.arn, record);
  return ok({ playbackRestrictionPolicy: playbackRestrictionPolicyView(record) });
};

/** DeletePlaybackRestrictionPolicy: ConflictException while a channel references it. */
export const deletePlaybackRestrictionPolicy: Behaviour<DeletePlaybackRestrictionPolicyRequest, NoOutput> =
  deleteByArnBehaviour(byArn);

/** GetPlaybackRestrictionPolicy: the full policy. */
export const getPlaybackRestrictionPolicy: Behaviour<
  GetPlaybackRestrictionPolicyRequest,
  GetPlaybackRestrictionPolicyResponse
> = getByArnBehaviour(byArn, 'playbackRestrictionPolicy', playbackRestrictionPolicyView);

/** ListPlaybackRestrictionPolicies: summaries by ARN, paged. */
export const listPlaybackRestrictionPolicies: Behaviour<
  ListPlaybackRestrictionPoliciesRequest,
  ListPlaybackRestrictionPoliciesResponse
> = listByArnBehaviour(
  'ListPlaybackRestrictionPolicies',
  'playbackRestrictionPolicies',
  (partition) => partition.playbackRestrictionPolicies,
  defaultPlaybackRestrictionPolicyPageSize,
  playbackRestrictionPolicySummaryView,
);

/** UpdatePlaybackRestrictionPolicy: changes only the members given. */
export const updatePlaybackRestrictionPolicy: Behaviour<
  UpdatePlaybackRestrictionPolicyRequest,
  UpdatePlaybackRestrictionPolicyResponse
> = ({ partition }, input) => {
  const found = findPlaybackRestrictionPolicy(partition, input.arn);
  if (!found.ok) return found;
  const lists = checkLists(input.allowedCountries, input.allowedOrigins);
  if (!lists.ok) return lists;
  const record = found.value;
  if (input.name !== undefined) record.name = input.name;
  if (input.allowedCountries !== undefined) record.allowedCountries = [...input.allowedCountries];
  if (input.allowedOrigins !== undefined) record.allowedOrigins = [...input.allowedOrigins];
  if (input.enableStrictOriginEnforcement !== undefined)
    record.enableStrictOriginEnforcement = input.enableStrictOriginEnforcement;
  return ok({ playbackRestrictionPolicy: playbackRestrictionPolicyView(record) });
};
