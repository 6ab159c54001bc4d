import type { PlaybackKeyPair } from '../../../../generated/types.js';
import { fail, ok } from '../../result.js';
import { arnResourceParts } from '../arn-resource.js';
import { defineResource } from '../resource.js';
import { tagsFromObject } from '../tags/tag-map.js';
import {
  deletePlaybackKeyPair,
  getPlaybackKeyPair,
  importPlaybackKeyPair,
  listPlaybackKeyPairs,
} from './behaviours.js';
import { playbackKeyPairArnKind, playbackKeyPairView } from './views.js';

const parts = arnResourceParts({
  kind: playbackKeyPairArnKind,
  member: 'playbackKeyPairs',
  table: 'playback_key_pairs',
  shape: 'PlaybackKeyPair',
  records: (partition) => partition.playbackKeyPairs,
  view: playbackKeyPairView,
  fromItem(item, arn, _partition, where) {
    const view = item as unknown as PlaybackKeyPair;
    if (typeof view.fingerprint !== 'string')
      return fail('ValidationException', `${where}.fingerprint must be a string.`);
    return ok({ arn, name: view.name ?? '', fingerprint: view.fingerprint, tags: tagsFromObject(view.tags) });
  },
});

/** Playback key pairs: public keys that verify viewers' tokens for private channels. */
export const playbackKeyPairsResource = defineResource({
  name: 'playback-key-pairs',
  arnKind: playbackKeyPairArnKind,
  behaviours: {
    DeletePlaybackKeyPair: deletePlaybackKeyPair,
    GetPlaybackKeyPair: getPlaybackKeyPair,
    ImportPlaybackKeyPair: importPlaybackKeyPair,
    ListPlaybackKeyPairs: listPlaybackKeyPairs,
  },
  ...parts,
});
