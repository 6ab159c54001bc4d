import type { AdConfiguration } from '../../../../generated/types.js';
import { ok } from '../../result.js';
import { arnResourceParts } from '../arn-resource.js';
import { defineResource } from '../resource.js';
import { tagsFromObject } from '../tags/tag-map.js';
import {
  createAdConfiguration,
  defaultPostRoll,
  deleteAdConfiguration,
  getAdConfiguration,
  listAdConfigurations,
  updateAdConfiguration,
} from './behaviours.js';
import { adConfigurationArnKind, adConfigurationView } from './views.js';

const parts = arnResourceParts({
  kind: adConfigurationArnKind,
  member: 'adConfigurations',
  table: 'ad_configurations',
  shape: 'AdConfiguration',
  records: (partition) => partition.adConfigurations,
  view: adConfigurationView,
  fromItem(item, arn) {
    const view = item as unknown as AdConfiguration;
    return ok({
      arn,
      name: view.name ?? '',
      mediaTailorPlaybackConfigurations: view.mediaTailorPlaybackConfigurations.map((entry) => ({ ...entry })),
      postRollConfiguration: { ...(view.postRollConfiguration ?? defaultPostRoll) },
      tags: tagsFromObject(view.tags),
    });
  },
});

/** Ad configurations: server-side ad insertion through MediaTailor; channels reference them. */
export const adConfigurationsResource = defineResource({
  name: 'ad-configurations',
  arnKind: adConfigurationArnKind,
  behaviours: {
    CreateAdConfiguration: createAdConfiguration,
    DeleteAdConfiguration: deleteAdConfiguration,
    GetAdConfiguration: getAdConfiguration,
    ListAdConfigurations: listAdConfigurations,
    UpdateAdConfiguration: updateAdConfiguration,
  },
  ...parts,
});
