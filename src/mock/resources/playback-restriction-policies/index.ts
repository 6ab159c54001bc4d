import type { PlaybackRestrictionPolicy } from '../../../../generated/types.js';
import { ok } from '../../result.js';
import { arnResourceParts } from '../arn-resource.js';
import { defineResource } from '../resource.js';
import { tagsFromObject } from '../tags/tag-map.js';
import {
  createPlaybackRestrictionPolicy,
  deletePlaybackRestrictionPolicy,
  getPlaybackRestrictionPolicy,
  listPlaybackRestrictionPolicies,
  updatePlaybackRestrictionPolicy,
} from './behaviours.js';
import { playbackRestrictionPolicyArnKind, playbackRestrictionPolicyView } from './views.js';

const parts = arnResourceParts({
  kind: playbackRestrictionPolicyArnKind,
  member: 'playbackRestrictionPolicies',
  table: 'playback_restriction_policies',
  shape: 'PlaybackRestrictionPolicy',
  records: (partition) => partition.playbackRestrictionPolicies,
  view: playbackRestrictionPolicyView,
  fromItem(item, arn) {
    const view = item as unknown as PlaybackRestrictionPolicy;
    return ok({
      arn,
      name: view.name ?? '',
      allowedCountries: [...view.allowedCountries],
      allowedOrigins: [...view.allowedOrigins],
      enableStrictOriginEnforcement: view.enableStrictOriginEnforcement ?? false,
      tags: tagsFromObject(view.tags),
    });
  },
});

/** Playback restriction policies: where a channel may be watched from; channels reference them. */
export const playbackRestrictionPoliciesResource = defineResource({
  name: 'playback-restriction-policies',
  arnKind: playbackRestrictionPolicyArnKind,
  behaviours: {
    CreatePlaybackRestrictionPolicy: createPlaybackRestrictionPolicy,
    DeletePlaybackRestrictionPolicy: deletePlaybackRestrictionPolicy,
    GetPlaybackRestrictionPolicy: getPlaybackRestrictionPolicy,
    ListPlaybackRestrictionPolicies: listPlaybackRestrictionPolicies,
    UpdatePlaybackRestrictionPolicy: updatePlaybackRestrictionPolicy,
  },
  ...parts,
});
