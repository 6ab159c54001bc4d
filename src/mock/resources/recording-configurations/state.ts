import type {
  DestinationConfiguration,
  RecordingConfigurationState,
  RenditionConfiguration,
  ThumbnailConfiguration,
} from '../../../../generated/types.js';
import { SortedMap } from '../../sorted-map.js';
import type { ArnRecord } from '../arn-record.js';

/**
 * How a new recording configuration's `state` moves from CREATING: at once (`immediate`, the
 * default), after it has been read (Get or List) a number of times, or only when a test sets it
 * (`manual`: `store.setRecordingConfigurationState` or the control route).
 */
export type RecordingConfigurationProgression = 'immediate' | 'manual' | { readonly afterReads: number };

/** A recording configuration as the store keeps it. */
export interface RecordingConfigurationRecord extends ArnRecord {
  readonly name: string;
  readonly destinationConfiguration: DestinationConfiguration;
  state: RecordingConfigurationState;
  readonly thumbnailConfiguration: ThumbnailConfiguration;
  readonly recordingReconnectWindowSeconds: number;
  readonly renditionConfiguration: RenditionConfiguration;
  /** Reads left before a CREATING configuration turns ACTIVE; `undefined` when it moves only by hand. */
  readsUntilActive: number | undefined;
}

/** What a partition holds of recording configurations. */
export interface RecordingConfigurationsState {
  /** Recording configurations by ARN. */
  readonly recordingConfigurations: SortedMap<RecordingConfigurationRecord>;
}

/** No recording configurations. */
export function createRecordingConfigurationsState(): RecordingConfigurationsState {
  return { recordingConfigurations: new SortedMap() };
}
