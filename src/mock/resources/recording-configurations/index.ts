import type { RecordingConfiguration } from '../../../../generated/types.js';
import { ok } from '../../result.js';
import { arnResourceParts } from '../arn-resource.js';
import { defineResource } from '../resource.js';
import { tagsFromObject } from '../tags/tag-map.js';
import {
  createRecordingConfiguration,
  deleteRecordingConfiguration,
  getRecordingConfiguration,
  listRecordingConfigurations,
} from './behaviours.js';
import { recordingConfigurationArnKind, recordingConfigurationView } from './views.js';

const parts = arnResourceParts({
  kind: recordingConfigurationArnKind,
  member: 'recordingConfigurations',
  table: 'recording_configurations',
  shape: 'RecordingConfiguration',
  records: (partition) => partition.recordingConfigurations,
  view: recordingConfigurationView,
  fromItem(item, arn) {
    const view = item as unknown as RecordingConfiguration;
    return ok({
      arn,
      name: view.name ?? '',
      destinationConfiguration: view.destinationConfiguration,
      state: view.state,
      thumbnailConfiguration: view.thumbnailConfiguration ?? {},
      recordingReconnectWindowSeconds: view.recordingReconnectWindowSeconds ?? 0,
      renditionConfiguration: view.renditionConfiguration ?? {},
      tags: tagsFromObject(view.tags),
      readsUntilActive: undefined,
    });
  },
});

/** Recording configurations: where broadcasts are recorded; channels reference them. */
export const recordingConfigurationsResource = defineResource({
  name: 'recording-configurations',
  arnKind: recordingConfigurationArnKind,
  behaviours: {
    CreateRecordingConfiguration: createRecordingConfiguration,
    DeleteRecordingConfiguration: deleteRecordingConfiguration,
    GetRecordingConfiguration: getRecordingConfiguration,
    ListRecordingConfigurations: listRecordingConfigurations,
  },
  ...parts,
});
