import type { MediaTailorPlaybackConfiguration, PostRollConfiguration } from '../../../../generated/types.js';
import { SortedMap } from '../../sorted-map.js';
import type { ArnRecord } from '../arn-record.js';

/** An ad configuration as the store keeps it. */
export interface AdConfigurationRecord extends ArnRecord {
  name: string;
  mediaTailorPlaybackConfigurations: MediaTailorPlaybackConfiguration[];
  postRollConfiguration: PostRollConfiguration;
}

/** What a partition holds of ad configurations. */
export interface AdConfigurationsState {
  /** Ad configurations by ARN. */
  readonly adConfigurations: SortedMap<AdConfigurationRecord>;
}

/** No ad configurations. */
export function createAdConfigurationsState(): AdConfigurationsState {
  return { adConfigurations: new SortedMap() };
}
