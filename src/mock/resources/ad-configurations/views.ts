import type { AdConfiguration, AdConfigurationSummary } from '../../../../generated/types.js';
import { tagsToObject } from '../tags/tag-map.js';
import type { AdConfigurationRecord } from './state.js';

/** The ARN resource type of ad configurations. */
export const adConfigurationArnKind = 'ad-configuration';

/** The full `AdConfiguration` shape. */
export function adConfigurationView(record: AdConfigurationRecord): AdConfiguration {
  return {
    arn: record.arn,
    name: record.name,
    mediaTailorPlaybackConfigurations: record.mediaTailorPlaybackConfigurations.map((item) => ({ ...item })),
    postRollConfiguration: { ...record.postRollConfiguration },
    tags: tagsToObject(record.tags),
  };
}

/** The `AdConfigurationSummary` shape (the same members). */
export function adConfigurationSummaryView(record: AdConfigurationRecord): AdConfigurationSummary {
  return adConfigurationView(record);
}
