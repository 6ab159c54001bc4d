import type { OperationInputs, OperationName, OperationOutputs } from '../../../generated/types.js';
import type { IvsPartitionSnapshot } from '../../state/snapshot.js';
import type { RandomSource } from '../random.js';
import type { Result } from '../result.js';
import type { IvsLimits } from './limits.js';
import type { Partition } from './partition.js';
import type { RecordingConfigurationProgression } from './recording-configurations/state.js';

/** What behaviours use of the store: its clock, random source and quotas (never the store itself). */
export interface StoreServices {
  /** The current time in milliseconds since the epoch. */
  readonly clock: () => number;
  /** The seeded random source behind ids, keys and addresses. */
  readonly random: RandomSource;
  /** The quotas in force. */
  readonly limits: IvsLimits;
  /** How new recording configurations move from CREATING to ACTIVE. */
  readonly recordingConfigurationProgression: RecordingConfigurationProgression;
}

/** What the other resources of the registry say about one resource's ARN, for deletes that cascade or conflict. */
export interface Relations {
  /** Why the resource with this ARN may not be deleted now (a live stream, a channel that references it), if so. */
  blocksDeletion(partition: Partition, arn: string): string | undefined;
  /** Makes every resource forget what it keeps of a resource that has just been deleted. */
  forget(partition: Partition, arn: string): void;
}

/** What a behaviour works on: the store's services, the caller's partition and the time of the request. */
export interface BehaviourContext {
  /** The store's clock, random source and quotas. */
  readonly store: StoreServices;
  /** The caller's account and region. */
  readonly partition: Partition;
  /** The time of the request, in milliseconds since the epoch. */
  readonly now: number;
  /** The registry's cross-resource rules. */
  readonly relations: Relations;
}

/** One operation's behaviour: an already validated input in, an output or an error value out. */
export type Behaviour<I, O> = (context: BehaviourContext, input: I) => Result<O>;

/** The behaviour of every operation, by operation name. */
export type BehaviourTable = { readonly [K in OperationName]: Behaviour<OperationInputs[K], OperationOutputs[K]> };

/** One row of a resource in the state file: its key, its parent's key (if any), and its body (absent: deleted). */
export interface PersistedRow {
  /** The primary key (an ARN, or the channel ARN of a stream). */
  readonly key: string;
  /** The parent row's key, for tables whose rows go when the parent row goes. */
  readonly parent?: string | undefined;
  /** The snapshot item, or `undefined` when the resource is gone. */
  readonly body: unknown;
}

/** How the state file keeps one resource: one table, one row per snapshot item. */
export interface ResourcePersistence {
  /** The table name. */
  readonly table: string;
  /** The `CREATE TABLE IF NOT EXISTS` statement (and its indexes); rows are `key`, optional `parent`, `partition_id`, `body`. */
  readonly schema: string;
  /** The primary-key column. */
  readonly keyColumn: string;
  /** The column naming the parent row, when there is one. */
  readonly parentColumn?: string;
  /**
   * Whether the rows a parent's ARN names are all the rows of that parent (the writer replaces
   * them, so children the store has dropped, such as sessions beyond the bound, go too).
   */
  readonly childrenOnly?: boolean;
  /** The key (and parent key) of the row that holds a snapshot item of this resource. */
  keyOf(item: Readonly<Record<string, unknown>>): { readonly key: string; readonly parent?: string | undefined };
  /** The rows of this resource that an ARN (of resource type `kind`) touched by a change names, read from the partition now. */
  rowsNamedBy(partition: Partition, arn: string, kind: string): readonly PersistedRow[];
}

/** How a resource appears in a snapshot: one member of each partition, a list of API-shaped objects. */
export interface ResourceSnapshotPart {
  /** The member of `IvsPartitionSnapshot`. */
  readonly member: keyof IvsPartitionSnapshot & string;
  /** Whether a snapshot may leave the member out (one made before the resource existed): then it holds none. */
  readonly optional?: boolean;
  /** Every item of the partition, as plain JSON. */
  list(partition: Partition): readonly unknown[];
  /** Checks one item and adds it to a partition being restored (earlier resources of the registry are already in). */
  restore(partition: Partition, item: Record<string, unknown>, where: string): Result<void>;
}

/**
 * Everything the emulator knows of one resource kind; the registry in `index.ts` lists them all.
 * `O` names the operations it answers (`ResourceDefinition` alone: any resource).
 */
export interface ResourceDefinition<O extends OperationName = never> {
  /** The resource's name (its folder). */
  readonly name: string;
  /** The ARN resource type, e.g. `channel` in `arn:aws:ivs:…:channel/…`; absent for resources without ARNs. */
  readonly arnKind?: string;
  /** The operations this resource answers. */
  readonly behaviours: Pick<BehaviourTable, O>;
  /** Its part of a snapshot; absent for resources that hold no state of their own. */
  readonly snapshot?: ResourceSnapshotPart;
  /** Its part of the state file. */
  readonly persistence?: ResourcePersistence;
  /** The tags of the resource with this ARN, for tag operations; absent when the resource is not taggable. */
  tagsOf?(partition: Partition, arn: string): Map<string, string> | undefined;
  /** Why a resource with this ARN may not be deleted now because of this resource (e.g. a live stream), if so. */
  blocksDeletion?(partition: Partition, arn: string): string | undefined;
  /** Forgets what this resource keeps of a resource that has just been deleted (e.g. a channel's keys). */
  forget?(partition: Partition, arn: string): void;
}

/** Declares a resource, inferring from its behaviours which operations it answers. */
export function defineResource<O extends OperationName>(definition: ResourceDefinition<O>): ResourceDefinition<O> {
  return definition;
}
