import type { OperationName } from '../../../generated/types.js';
import type { Partition } from './partition.js';
import { adConfigurationsResource } from './ad-configurations/index.js';
import { channelsResource } from './channels/index.js';
import { playbackKeyPairsResource } from './playback-key-pairs/index.js';
import { playbackRestrictionPoliciesResource } from './playback-restriction-policies/index.js';
import { recordingConfigurationsResource } from './recording-configurations/index.js';
import { streamSessionsResource } from './stream-sessions/index.js';
import { viewerSessionRevocationsResource } from './viewer-session-revocations/index.js';
import type { BehaviourContext, BehaviourTable, Relations, ResourceDefinition, StoreServices } from './resource.js';
import { streamKeysResource } from './stream-keys/index.js';
import { streamsResource } from './streams/index.js';
import { tagsResource } from './tags/index.js';

export type {
  Behaviour,
  BehaviourContext,
  BehaviourTable,
  ResourceDefinition,
  ResourcePersistence,
  StoreServices,
} from './resource.js';
export { createPartition, type Partition } from './partition.js';
export { defaultLimits, type IvsLimits } from './limits.js';
export type { RecordingConfigurationProgression } from './recording-configurations/state.js';

/** The resources that own state, parents before children (snapshots restore and files write in this order). */
const owners = [
  recordingConfigurationsResource,
  playbackRestrictionPoliciesResource,
  adConfigurationsResource,
  playbackKeyPairsResource,
  channelsResource,
  streamKeysResource,
  streamsResource,
  streamSessionsResource,
  viewerSessionRevocationsResource,
] as const;

const registry = [...owners, tagsResource(owners)] as const;

/** Every resource of the emulator: the store, snapshots, the state file and the behaviour table loop over this. */
export const resources: readonly ResourceDefinition[] = registry;

type Answered = (typeof registry)[number] extends infer R ? (R extends ResourceDefinition<infer O> ? O : never) : never;
/** Fails to compile, naming the operations, while some operation of the model has no behaviour. */
const everyOperationAnswered: [Exclude<OperationName, Answered>] extends [never]
  ? true
  : { readonly missing: Exclude<OperationName, Answered> } = true;

/** The registry's cross-resource rules: what blocks a delete, and what a delete takes with it. */
export const relations: Relations = {
  blocksDeletion(partition, arn) {
    for (const resource of resources) {
      const reason = resource.blocksDeletion?.(partition, arn);
      if (reason !== undefined) return reason;
    }
    return undefined;
  },
  forget(partition, arn) {
    for (const resource of resources) resource.forget?.(partition, arn);
  },
};

/** The behaviour of every operation, by operation name, gathered from the resources (the type makes it complete). */
export const behaviours: BehaviourTable =
  everyOperationAnswered && Object.assign({}, ...registry.map((resource) => resource.behaviours));

/** The context a behaviour runs in. */
export function behaviourContext(store: StoreServices, partition: Partition, now: number): BehaviourContext {
  return { store, partition, now, relations };
}
