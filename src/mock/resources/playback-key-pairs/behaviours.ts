import { operations } from '../../../../generated/operations.js';
import type {
  DeletePlaybackKeyPairRequest,
  DeletePlaybackKeyPairResponse,
  GetPlaybackKeyPairRequest,
  GetPlaybackKeyPairResponse,
  ImportPlaybackKeyPairRequest,
  ImportPlaybackKeyPairResponse,
  ListPlaybackKeyPairsRequest,
  ListPlaybackKeyPairsResponse,
} from '../../../../generated/types.js';
import { formatArn } from '../../arn.js';
import { fail, ok } from '../../result.js';
import { checkQuota, findByArn, listByArn } from '../arn-resource.js';
import { unusedId } from '../ids.js';
import type { Behaviour } from '../resource.js';
import { checkUserTagKeys } from '../tags/tag-rules.js';
import { parsePlaybackPublicKey, publicKeyFingerprint } from './public-key.js';
import type { PlaybackKeyPairRecord } from './state.js';
import { playbackKeyPairArnKind, playbackKeyPairSummaryView, playbackKeyPairView } from './views.js';

/** The page size of ListPlaybackKeyPairs when `maxResults` is absent: the documented 100. */
export const defaultPlaybackKeyPairPageSize = 100;

const label = 'playback key pair';

/** ImportPlaybackKeyPair: a real ECDSA P-384 public key, not imported before, within the quota. */
export const importPlaybackKeyPair: Behaviour<ImportPlaybackKeyPairRequest, ImportPlaybackKeyPairResponse> = (
  { store, partition },
  input,
) => {
  const tagCheck = checkUserTagKeys(Object.keys(input.tags ?? {}), 'tags');
  if (!tagCheck.ok) return tagCheck;
  const der = parsePlaybackPublicKey(input.publicKeyMaterial);
  if (!der.ok) return der;
  const fingerprint = publicKeyFingerprint(der.value);
  for (const existing of partition.playbackKeyPairs.values()) {
    if (existing.fingerprint === fingerprint)
      return fail('ConflictException', `This public key is already imported as ${existing.arn}.`);
  }
  const quota = checkQuota(
    partition.playbackKeyPairs.size,
    store.limits.playbackKeyPairsPerRegion,
    label,
    partition.region,
  );
  if (!quota.ok) return quota;
  const { region, accountId } = partition;
  const id = unusedId(store.random, (candidate) =>
    partition.playbackKeyPairs.has(formatArn(region, accountId, playbackKeyPairArnKind, candidate)),
  );
  const record: PlaybackKeyPairRecord = {
    arn: formatArn(region, accountId, playbackKeyPairArnKind, id),
    name: input.name ?? '',
    fingerprint,
    tags: new Map(Object.entries(input.tags ?? {})),
  };
  partition.playbackKeyPairs.set(record.arn, record);
  return ok({ keyPair: playbackKeyPairView(record) });
};

/** DeletePlaybackKeyPair: forgets the key; tokens it signed stop working. */
export const deletePlaybackKeyPair: Behaviour<DeletePlaybackKeyPairRequest, DeletePlaybackKeyPairResponse> = (
  { partition },
  input,
) => {
  const found = findByArn(partition.playbackKeyPairs, input.arn, label);
  if (!found.ok) return found;
  partition.playbackKeyPairs.delete(input.arn);
  return ok({});
};

/** GetPlaybackKeyPair: name, fingerprint and tags. */
export const getPlaybackKeyPair: Behaviour<GetPlaybackKeyPairRequest, GetPlaybackKeyPairResponse> = (
  { partition },
  input,
) => {
  const found = findByArn(partition.playbackKeyPairs, input.arn, label);
  return found.ok ? ok({ keyPair: playbackKeyPairView(found.value) }) : found;
};

/** ListPlaybackKeyPairs: summaries by ARN, paged. */
export const listPlaybackKeyPairs: Behaviour<ListPlaybackKeyPairsRequest, ListPlaybackKeyPairsResponse> = (
  { partition },
  input,
) => {
  const listName = operations.ListPlaybackKeyPairs.paginated?.items ?? 'keyPairs';
  const page = listByArn(
    partition.playbackKeyPairs,
    input,
    listName,
    defaultPlaybackKeyPairPageSize,
    playbackKeyPairSummaryView,
  );
  if (!page.ok) return page;
  const output: ListPlaybackKeyPairsResponse = { keyPairs: page.value.items };
  return ok(page.value.nextToken === undefined ? output : { ...output, nextToken: page.value.nextToken });
};
