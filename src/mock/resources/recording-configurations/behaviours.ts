import type {
  CreateRecordingConfigurationRequest,
  CreateRecordingConfigurationResponse,
  DeleteRecordingConfigurationRequest,
  GetRecordingConfigurationRequest,
  GetRecordingConfigurationResponse,
  ListRecordingConfigurationsRequest,
  ListRecordingConfigurationsResponse,
  RecordingConfigurationState,
  ThumbnailConfiguration,
} from '../../../../generated/types.js';
import { type Result, fail, ok } from '../../result.js';
import { deleteByArnBehaviour, getByArnBehaviour, listByArnBehaviour, type QuotaByArnSpec } from '../arn-behaviours.js';
import { findByArn } from '../arn-resource.js';
import { mintArnWithinQuota } from '../mint-arn.js';
import type { Partition } from '../partition.js';
import type { Behaviour } from '../resource.js';
import { checkUserTagKeys } from '../tags/tag-rules.js';
import type { RecordingConfigurationProgression, RecordingConfigurationRecord } from './state.js';
import {
  recordingConfigurationArnKind,
  recordingConfigurationSummaryView,
  recordingConfigurationView,
} from './views.js';
import { defaultPageSizeOf } from '../../../protocol/conventions.js';

/** The page size of ListRecordingConfigurations when `maxResults` is absent, as the service documents it (src/protocol/conventions.ts). */
export const defaultRecordingConfigurationPageSize = defaultPageSizeOf('recordingConfigurations');

type NoOutput = Record<string, never>;

const label = 'recording configuration';

const byArn: QuotaByArnSpec<RecordingConfigurationRecord> = {
  records: (partition) => partition.recordingConfigurations,
  label,
  kind: recordingConfigurationArnKind,
  quota: 'recordingConfigurationsPerRegion',
};

/** Finds a recording configuration of the partition, or ResourceNotFoundException. */
export function findRecordingConfiguration(partition: Partition, arn: string): Result<RecordingConfigurationRecord> {
  return findByArn(partition.recordingConfigurations, arn, label);
}

/** A read of a configuration: one step nearer ACTIVE when it progresses by reads. */
function read(record: RecordingConfigurationRecord): RecordingConfigurationRecord {
  if (record.state === 'CREATING' && record.readsUntilActive !== undefined) {
    record.readsUntilActive -= 1;
    if (record.readsUntilActive <= 0) {
      record.state = 'ACTIVE';
      record.readsUntilActive = undefined;
    }
  }
  return record;
}

function initialState(progression: RecordingConfigurationProgression): {
  state: RecordingConfigurationState;
  readsUntilActive: number | undefined;
} {
  if (progression === 'immediate') return { state: 'ACTIVE', readsUntilActive: undefined };
  if (progression === 'manual') return { state: 'CREATING', readsUntilActive: undefined };
  return progression.afterReads <= 0
    ? { state: 'ACTIVE', readsUntilActive: undefined }
    : { state: 'CREATING', readsUntilActive: progression.afterReads };
}

/** The documented thumbnail defaults (INTERVAL, every 60 seconds, SEQUENTIAL storage) under the members given. */
function thumbnailsOf(given: ThumbnailConfiguration | undefined): Result<ThumbnailConfiguration> {
  const recordingMode = given?.recordingMode ?? 'INTERVAL';
  if (recordingMode === 'DISABLED' && given?.targetIntervalSeconds !== undefined) {
    return fail('ValidationException', 'thumbnailConfiguration.targetIntervalSeconds is only allowed with INTERVAL.');
  }
  return ok({
    recordingMode,
    ...(recordingMode === 'INTERVAL' ? { targetIntervalSeconds: given?.targetIntervalSeconds ?? 60 } : {}),
    ...(given?.resolution === undefined ? {} : { resolution: given.resolution }),
    storage: given?.storage ?? ['SEQUENTIAL'],
  });
}

/** CreateRecordingConfiguration: a configuration whose state starts as the store's progression says, within the quota. */
export const createRecordingConfiguration: Behaviour<
  CreateRecordingConfigurationRequest,
  CreateRecordingConfigurationResponse
> = ({ store, partition }, input) => {
  const tagCheck = checkUserTagKeys(Object.keys(input.tags ?? {}), 'tags');
  if (!tagCheck.ok) return tagCheck;
  if (input.destinationConfiguration.s3 === undefined) {
    return fail('ValidationException', 'destinationConfiguration needs exactly one destination: s3.');
  }
  const renditions = input.renditionConfiguration;
  if (renditions?.renditionSelection === 'CUSTOM' && (renditions.renditions ?? []).length === 0) {
    return fail(
      'ValidationException',
      'renditionConfiguration.renditions is required when renditionSelection is CUSTOM.',
    );
  }
  const thumbnails = thumbnailsOf(input.thumbnailConfiguration);
  if (!thumbnails.ok) return thumbnails;
  const arn = mintArnWithinQuota(store, partition, byArn);
  if (!arn.ok) return arn;
  const record: RecordingConfigurationRecord = {
    arn: arn.value,
    name: input.name ?? '',
    destinationConfiguration: { s3: { bucketName: input.destinationConfiguration.s3.bucketName } },
    ...initialState(store.recordingConfigurationProgression),
    thumbnailConfiguration: thumbnails.value,
    recordingReconnectWindowSeconds: input.recordingReconnectWindowSeconds ?? 0,
    renditionConfiguration: {
      renditionSelection: renditions?.renditionSelection ?? 'ALL',
      ...(renditions?.renditions === undefined ? {} : { renditions: renditions.renditions }),
    },
    tags: new Map(Object.entries(input.tags ?? {})),
  };
  partition.recordingConfigurations.set(record.arn, record);
  return ok({ recordingConfiguration: recordingConfigurationView(record) });
};

/** DeleteRecordingConfiguration: ConflictException while a channel references it. */
export const deleteRecordingConfiguration: Behaviour<DeleteRecordingConfigurationRequest, NoOutput> =
  deleteByArnBehaviour(byArn);

/** GetRecordingConfiguration: the full configuration (a read, for the by-reads progression). */
export const getRecordingConfiguration: Behaviour<GetRecordingConfigurationRequest, GetRecordingConfigurationResponse> =
  getByArnBehaviour(byArn, 'recordingConfiguration', (record) => recordingConfigurationView(read(record)));

/** ListRecordingConfigurations: summaries by ARN, paged (each listed one counts as read). */
export const listRecordingConfigurations: Behaviour<
  ListRecordingConfigurationsRequest,
  ListRecordingConfigurationsResponse
> = listByArnBehaviour(
  'ListRecordingConfigurations',
  'recordingConfigurations',
  (partition) => partition.recordingConfigurations,
  defaultRecordingConfigurationPageSize,
  (record) => recordingConfigurationSummaryView(read(record)),
);

/** Sets a configuration's state by hand (tests: `store.setRecordingConfigurationState`, the control route). */
export function setRecordingConfigurationStateIn(
  partition: Partition,
  arn: string,
  state: RecordingConfigurationState,
): Result<RecordingConfigurationRecord> {
  const found = findRecordingConfiguration(partition, arn);
  if (!found.ok) return found;
  if (!['CREATING', 'ACTIVE', 'CREATE_FAILED'].includes(state)) {
    return fail('ValidationException', 'state must be one of CREATING, ACTIVE, CREATE_FAILED.');
  }
  found.value.state = state;
  found.value.readsUntilActive = undefined;
  return found;
}
