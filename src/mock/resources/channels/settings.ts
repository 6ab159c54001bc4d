import type {
  ChannelType,
  ContainerFormat,
  CreateChannelRequest,
  MultitrackInputConfiguration,
  TranscodePreset,
} from '../../../../generated/types.js';
import { type Result, fail, ok } from '../../result.js';
import type { Partition } from '../partition.js';
import type { ChannelRecord } from './state.js';

/** The members of a channel that CreateChannel sets and UpdateChannel changes, after the cross-member rules. */
export interface ChannelSettings {
  readonly type: ChannelType;
  readonly preset: TranscodePreset | undefined;
  readonly multitrackInputConfiguration: MultitrackInputConfiguration | undefined;
  readonly containerFormat: ContainerFormat;
  readonly recordingConfigurationArn: string;
  readonly playbackRestrictionPolicyArn: string;
  readonly adConfigurationArn: string;
}

const isAdvanced = (type: ChannelType): boolean => type === 'ADVANCED_HD' || type === 'ADVANCED_SD';

const invalid = (message: string): Result<never> => fail('ValidationException', message);

function checkReference(
  records: ReadonlyMap<string, unknown>,
  arn: string,
  member: string,
  label: string,
): Result<string> {
  return arn === '' || records.has(arn)
    ? ok(arn)
    : fail('ResourceNotFoundException', `${member}: no ${label} with ARN ${arn} exists in this account and region.`);
}

/**
 * Applies a create or update request over a channel's current settings (none for a create) with
 * the documented rules: `preset` only for ADVANCED_* types (default HIGHER_BANDWIDTH_DELIVERY
 * there); multitrack input only on STANDARD, and when enabled it needs `policy`,
 * `maximumResolution` and `containerFormat` FRAGMENTED_MP4; referenced resources must exist.
 */
export function resolveChannelSettings(
  partition: Partition,
  current: ChannelRecord | undefined,
  input: Omit<CreateChannelRequest, 'name' | 'latencyMode' | 'tags' | 'authorized' | 'insecureIngest'>,
): Result<ChannelSettings> {
  const type = input.type ?? current?.type ?? 'STANDARD';
  if (input.preset !== undefined && !isAdvanced(type)) {
    return invalid(`preset can be set only for ADVANCED_HD and ADVANCED_SD channels, not ${type}.`);
  }
  const preset = isAdvanced(type) ? (input.preset ?? current?.preset ?? 'HIGHER_BANDWIDTH_DELIVERY') : undefined;
  const multitrack = input.multitrackInputConfiguration ?? current?.multitrackInputConfiguration;
  const containerFormat = input.containerFormat ?? current?.containerFormat ?? 'TS';
  if (multitrack?.enabled === true) {
    if (type !== 'STANDARD') return invalid(`multitrack input can be enabled only on STANDARD channels, not ${type}.`);
    if (multitrack.policy === undefined || multitrack.maximumResolution === undefined) {
      return invalid('multitrackInputConfiguration needs policy and maximumResolution when enabled is true.');
    }
    if (containerFormat !== 'FRAGMENTED_MP4') {
      return invalid('containerFormat must be FRAGMENTED_MP4 when multitrack input is enabled.');
    }
  }
  const recording = checkReference(
    partition.recordingConfigurations,
    input.recordingConfigurationArn ?? current?.recordingConfigurationArn ?? '',
    'recordingConfigurationArn',
    'recording configuration',
  );
  if (!recording.ok) return recording;
  const policy = checkReference(
    partition.playbackRestrictionPolicies,
    input.playbackRestrictionPolicyArn ?? current?.playbackRestrictionPolicyArn ?? '',
    'playbackRestrictionPolicyArn',
    'playback restriction policy',
  );
  if (!policy.ok) return policy;
  const ads = checkReference(
    partition.adConfigurations,
    input.adConfigurationArn ?? current?.adConfigurationArn ?? '',
    'adConfigurationArn',
    'ad configuration',
  );
  if (!ads.ok) return ads;
  return ok({
    type,
    preset,
    multitrackInputConfiguration: multitrack === undefined ? undefined : { ...multitrack },
    containerFormat,
    recordingConfigurationArn: recording.value,
    playbackRestrictionPolicyArn: policy.value,
    adConfigurationArn: ads.value,
  });
}
