import type {
  OperationName,
  RecordingConfiguration,
  RecordingConfigurationState,
  Stream,
} from '../../generated/types.js';
import type { IvsSnapshot } from '../state/snapshot.js';
import { parseArn } from './arn.js';
import { createRandom, type RandomSource, randomSeed } from './random.js';
import {
  createPartition,
  defaultLimits,
  type IvsLimits,
  type Partition,
  type RecordingConfigurationProgression,
} from './resources/index.js';
import { setRecordingConfigurationStateIn } from './resources/recording-configurations/behaviours.js';
import {
  recordingConfigurationArnKind,
  recordingConfigurationView,
} from './resources/recording-configurations/views.js';
import { channelArnKind } from './resources/channels/identity.js';
import { type StartStreamOptions, startStreamIn, stopStreamIn } from './resources/streams/live.js';
import { type Result, fail } from './result.js';
import { partitionKey, restorePartitions, snapshotPartitions } from './store-snapshot.js';

export type { IvsLimits, RecordingConfigurationProgression } from './resources/index.js';
export type { StartStreamOptions } from './resources/streams/live.js';

/** Options of `createIvsStore`. */
export interface IvsStoreOptions {
  /** The current time in milliseconds since the epoch; injectable so tests control time. Default `Date.now`. */
  readonly clock?: () => number;
  /** Seed for ids, keys and addresses; the same seed and calls give the same values. Random when absent. */
  readonly seed?: number;
  /** Quotas to enforce instead of the defaults. */
  readonly limits?: Partial<IvsLimits>;
  /**
   * How new recording configurations move from CREATING to ACTIVE: `'immediate'` (default),
   * `{ afterReads: n }` (after n Get/List reads), or `'manual'` (`setRecordingConfigurationState`).
   */
  readonly recordingConfigurationProgression?: RecordingConfigurationProgression;
  /** The random source behind ids, keys and addresses, instead of one made from `seed`. */
  readonly random?: RandomSource;
  /**
   * Told about every accepted change, synchronously, before the caller sees its result; a listener
   * that throws makes the call fail (a persistent store uses this to commit each change first).
   */
  readonly onChange?: (change: IvsStoreChange) => void;
}

/** One accepted change of a store's state, as told to `onChange`. */
export type IvsStoreChange =
  | {
      /** A mutating operation that succeeded. */
      readonly kind: 'operation';
      readonly operation: OperationName;
      readonly accountId: string;
      readonly region: string;
      readonly input: unknown;
      readonly output: unknown;
    }
  | {
      /** `startStream` or `stopStream` on this channel. */
      readonly kind: 'stream';
      readonly channelArn: string;
    }
  | {
      /** A store control changed the resource with this ARN (e.g. `setRecordingConfigurationState`). */
      readonly kind: 'resource';
      readonly arn: string;
    }
  | { readonly kind: 'reset' }
  | { readonly kind: 'restore' };

/** The in-memory state of the emulator, partitioned by account and region, with controls for tests. */
export interface IvsStore {
  /** The store's clock (milliseconds since the epoch). */
  readonly clock: () => number;
  /** The seeded random source behind ids, keys and addresses. */
  readonly random: RandomSource;
  /** The quotas in force. */
  readonly limits: IvsLimits;
  /** How new recording configurations move from CREATING to ACTIVE. */
  readonly recordingConfigurationProgression: RecordingConfigurationProgression;
  /** The partition of one account in one region, made empty on first use. */
  partition(accountId: string, region: string): Partition;
  /** Puts a channel on air (the ARN names its partition), or updates health and viewers of a live one. */
  startStream(channelArn: string, options?: StartStreamOptions): Result<Stream>;
  /** Takes a channel off the air, ending its stream session. */
  stopStream(channelArn: string): Result<void>;
  /** Sets the state of a recording configuration (the ARN names its partition), e.g. to CREATE_FAILED. */
  setRecordingConfigurationState(arn: string, state: RecordingConfigurationState): Result<RecordingConfiguration>;
  /** Forgets everything and restarts the id sequence from the seed. */
  reset(): void;
  /** The whole state as plain JSON. */
  snapshot(): IvsSnapshot;
  /** Replaces the whole state with a snapshot; on any error the state is left as it was. */
  restore(snapshot: IvsSnapshot): Result<void>;
  /** Passes a change made outside the store's own methods to `onChange` (`invokeOperation` reports each mutating operation). */
  changed(change: IvsStoreChange): void;
}

/** Creates an empty emulator state. */
export function createIvsStore(options: IvsStoreOptions = {}): IvsStore {
  const clock = options.clock ?? Date.now;
  const random = options.random ?? createRandom(options.seed ?? randomSeed());
  const changed = options.onChange ?? ((): void => undefined);
  const limits: IvsLimits = { ...defaultLimits, ...options.limits };
  let partitions = new Map<string, Partition>();

  const partition = (accountId: string, region: string): Partition => {
    const key = partitionKey(accountId, region);
    let found = partitions.get(key);
    if (found === undefined) {
      found = createPartition(accountId, region);
      partitions.set(key, found);
    }
    return found;
  };
  const partitionOf = (arn: string, kind: string): Result<Partition> => {
    const parsed = parseArn(arn);
    if (parsed === undefined || parsed.kind !== kind)
      return fail('ValidationException', `${arn} is not a ${kind} ARN.`);
    return { ok: true, value: partition(parsed.accountId, parsed.region) };
  };
  const recordingConfigurationProgression = options.recordingConfigurationProgression ?? 'immediate';

  return {
    clock,
    random,
    limits,
    recordingConfigurationProgression,
    partition,
    startStream(channelArn, startOptions = {}) {
      const found = partitionOf(channelArn, channelArnKind);
      if (!found.ok) return found;
      const started = startStreamIn(found.value, channelArn, startOptions, clock(), random);
      if (started.ok) changed({ kind: 'stream', channelArn });
      return started;
    },
    stopStream(channelArn) {
      const found = partitionOf(channelArn, channelArnKind);
      if (!found.ok) return found;
      const stopped = stopStreamIn(found.value, channelArn, clock());
      if (stopped.ok) changed({ kind: 'stream', channelArn });
      return stopped;
    },
    setRecordingConfigurationState(arn, state) {
      const found = partitionOf(arn, recordingConfigurationArnKind);
      if (!found.ok) return found;
      const set = setRecordingConfigurationStateIn(found.value, arn, state);
      if (!set.ok) return set;
      changed({ kind: 'resource', arn });
      return { ok: true, value: recordingConfigurationView(set.value) };
    },
    reset() {
      partitions = new Map();
      random.restart();
      changed({ kind: 'reset' });
    },
    snapshot() {
      return snapshotPartitions(partitions.values());
    },
    restore(snapshot) {
      const restored = restorePartitions(snapshot);
      if (!restored.ok) return restored;
      partitions = restored.value;
      changed({ kind: 'restore' });
      return { ok: true, value: undefined };
    },
    changed,
  };
}
