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
import { fail, ok } from '../../result.js';
import { deleteByArnBehaviour, getByArnBehaviour, listByArnBehaviour, type QuotaByArnSpec } from '../arn-behaviours.js';
import { mintArnWithinQuota } from '../mint-arn.js';
import type { Behaviour } from '../resource.js';
import { checkUserTagKeys } from '../tags/tag-rules.js';
import { playbackKeyFingerprint } from '../../../protocol/playback-public-key.js';
import { parsePlaybackPublicKey } from './public-key.js';
import type { PlaybackKeyPairRecord } from './state.js';
import { playbackKeyPairArnKind, playbackKeyPairSummaryView, playbackKeyPairView } from './views.js';
import { defaultPageSizeOf } from '../../../protocol/conventions.js';

/** The page size of ListPlaybackKeyPairs when `maxResults` is absent, as the service documents it (src/protocol/conventions.ts). */
export const defaultPlaybackKeyPairPageSize = defaultPageSizeOf('keyPairs');

const label = 'playback key pair';

const byArn: QuotaByArnSpec<PlaybackKeyPairRecord> = {
  records: (partition) => partition.playbackKeyPairs,
  label,
  kind: playbackKeyPairArnKind,
  quota: 'playbackKeyPairsPerRegion',
};

/** ImportPlaybackKeyPair: a real ECDSA P-384 public key, not imported before, within the quota. */
export const importPlaybackKeyPair: Behaviour<ImportPlaybackKeyPairRequest, ImportPlaybackKeyPairResponse> = (
  { store, partition },
  input,
) => {
  const tagCheck = checkUserTagKeys(Object.keys(input.tags ?? {}), 'tags');
  if (!tagCheck.ok) return tagCheck;
  const der = parsePlaybackPublicKey(input.publicKeyMaterial);
  if (!der.ok) return der;
  const fingerprint = playbackKeyFingerprint(der.value);
  for (const existing of partition.playbackKeyPairs.values()) {
    if (existing.fingerprint === fingerprint)
      return fail('ConflictException', `This public key is already imported as ${existing.arn}.`);
  }
  const arn = mintArnWithinQuota(store, partition, byArn);
  if (!arn.ok) return arn;
  const record: PlaybackKeyPairRecord = {
    arn: arn.value,
    name: input.name ?? '',
    fingerprint,
    tags: new Map(Object.entries(input.tags ?? {})),
  };
  partition.playbackKeyPairs.set(record.arn, record);
  return ok({ keyPair: playbackKeyPairView(record) });
};

/** DeletePlaybackKeyPair: forgets the key; tokens it signed stop working (no other resource refers to key pairs). */
export const deletePlaybackKeyPair: Behaviour<DeletePlaybackKeyPairRequest, DeletePlaybackKeyPairResponse> =
  deleteByArnBehaviour(byArn);

/** GetPlaybackKeyPair: name, fingerprint and tags. */
export const getPlaybackKeyPair: Behaviour<GetPlaybackKeyPairRequest, GetPlaybackKeyPairResponse> = getByArnBehaviour(
  byArn,
  'keyPair',
  playbackKeyPairView,
);

/** ListPlaybackKeyPairs: summaries by ARN, paged. */
export const listPlaybackKeyPairs: Behaviour<ListPlaybackKeyPairsRequest, ListPlaybackKeyPairsResponse> =
  listByArnBehaviour(
    'ListPlaybackKeyPairs',
    'keyPairs',
    (partition) => partition.playbackKeyPairs,
    defaultPlaybackKeyPairPageSize,
    playbackKeyPairSummaryView,
  );
