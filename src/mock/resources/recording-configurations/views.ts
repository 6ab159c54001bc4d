import type { RecordingConfiguration, RecordingConfigurationSummary } from '../../../../generated/types.js';
import { tagsToObject } from '../tags/tag-map.js';
import type { RecordingConfigurationRecord } from './state.js';

/** The ARN resource type of recording configurations. */
export const recordingConfigurationArnKind = 'recording-configuration';

/** The full `RecordingConfiguration` shape: the summary's members (in the same order), then the rest. */
export function recordingConfigurationView(record: RecordingConfigurationRecord): RecordingConfiguration {
  return {
    ...recordingConfigurationSummaryView(record),
    thumbnailConfiguration: record.thumbnailConfiguration,
    recordingReconnectWindowSeconds: record.recordingReconnectWindowSeconds,
    renditionConfiguration: record.renditionConfiguration,
  };
}

/** The `RecordingConfigurationSummary` shape that ListRecordingConfigurations returns. */
export function recordingConfigurationSummaryView(record: RecordingConfigurationRecord): RecordingConfigurationSummary {
  return {
    arn: record.arn,
    name: record.name,
    destinationConfiguration: record.destinationConfiguration,
    state: record.state,
    tags: tagsToObject(record.tags),
  };
}
