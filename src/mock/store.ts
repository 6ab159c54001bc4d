import type {
  CreateChannelRequest,
  CreateChannelResponse,
  CreateStreamKeyRequest,
  CreateStreamKeyResponse,
  RecordingConfiguration,
  RecordingConfigurationState,
  Stream,
} from '../../generated/types.js';
import type { IvsSnapshot } from '../state/snapshot.js';
import { parseArn } from './arn.js';
import { defaultAccountId, defaultRegion } from '../protocol/conventions.js';
import { type Caller, invokeOperation } from './invoke.js';
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
import { IvsStoreError } from './store-error.js';
import type { IvsStoreChange, StoreCore } from './store-core.js';
import { partitionKey, restorePartitions, snapshotPartitions } from './store-snapshot.js';

export type { IvsLimits, RecordingConfigurationProgression } from './resources/index.js';
export type { StartStreamOptions } from './resources/streams/live.js';
export type { IvsStoreChange } from './store-core.js';

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

/** The in-memory state of the emulator, partitioned by account and region, with controls for tests. */
export interface IvsStore extends StoreCore {
  /**
   * Puts a channel on air (the ARN names its partition), or updates health and viewers of a live
   * one; throws `IvsStoreError` for an ARN that names no channel.
   */
  startStream(channelArn: string, options?: StartStreamOptions): Stream;
  /** `startStream` that returns the failure as a value instead of throwing it. */
  tryStartStream(channelArn: string, options?: StartStreamOptions): Result<Stream>;
  /** Takes a channel off the air; throws `IvsStoreError` when the channel is unknown or not live. */
  stopStream(channelArn: string): void;
  /** `stopStream` that returns the failure as a value instead of throwing it. */
  tryStopStream(channelArn: string): Result<void>;
  /**
   * Sets the state of a recording configuration (the ARN names its partition), e.g. to CREATE_FAILED;
   * throws `IvsStoreError` for an ARN that names no recording configuration or a state the model lacks.
   */
  setRecordingConfigurationState(arn: string, state: RecordingConfigurationState): RecordingConfiguration;
  /** `setRecordingConfigurationState` that returns the failure as a value instead of throwing it. */
  trySetRecordingConfigurationState(arn: string, state: RecordingConfigurationState): Result<RecordingConfiguration>;
  /** Forgets everything and restarts the id sequence from the seed. */
  reset(): void;
  /** The whole state as plain JSON. */
  snapshot(): IvsSnapshot;
  /**
   * Replaces the whole state with a snapshot, checked at run time (so an imported JSON file needs
   * no cast); throws `IvsStoreError` naming where a bad one is wrong, and then changes nothing.
   */
  restore(snapshot: unknown): void;
  /** `restore` that returns a bad snapshot's `ValidationException` as a value instead of throwing it. */
  tryRestore(snapshot: unknown): Result<void>;
  /**
   * Seeds a channel through the CreateChannel operation itself (same validation, defaults and
   * quota), in the default account and region unless `at` names others; returns what the service
   * would, and throws `IvsStoreError` for an input the service would refuse.
   * @example const { channel, streamKey } = store.createChannel({ name: 'studio-a' })
   */
  createChannel(input?: CreateChannelRequest, at?: Partial<Caller>): CreateChannelResponse;
  /**
   * Seeds a stream key for a channel through the CreateStreamKey operation (in the channel's
   * account and region); throws `IvsStoreError` where the service would answer with an error.
   */
  createStreamKey(channelArn: string, input?: Omit<CreateStreamKeyRequest, 'channelArn'>): CreateStreamKeyResponse;
}

/** The value of a store control's result, or its error thrown as `IvsStoreError`. */
function orThrow<T>(control: string, result: Result<T>): T {
  if (!result.ok) throw new IvsStoreError(control, result.error);
  return result.value;
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

  const tryStartStream = (channelArn: string, startOptions: StartStreamOptions = {}): Result<Stream> => {
    const found = partitionOf(channelArn, channelArnKind);
    if (!found.ok) return found;
    const started = startStreamIn(found.value, channelArn, startOptions, clock(), random);
    if (started.ok) changed({ kind: 'stream', channelArn });
    return started;
  };
  const tryStopStream = (channelArn: string): Result<void> => {
    const found = partitionOf(channelArn, channelArnKind);
    if (!found.ok) return found;
    const stopped = stopStreamIn(found.value, channelArn, clock());
    if (stopped.ok) changed({ kind: 'stream', channelArn });
    return stopped;
  };
  const trySetRecordingConfigurationState = (
    arn: string,
    state: RecordingConfigurationState,
  ): Result<RecordingConfiguration> => {
    const found = partitionOf(arn, recordingConfigurationArnKind);
    if (!found.ok) return found;
    const set = setRecordingConfigurationStateIn(found.value, arn, state);
    if (!set.ok) return set;
    changed({ kind: 'resource', arn });
    return { ok: true, value: recordingConfigurationView(set.value) };
  };
  const tryRestore = (snapshot: unknown): Result<void> => {
    const restored = restorePartitions(snapshot);
    if (!restored.ok) return restored;
    partitions = restored.value;
    changed({ kind: 'restore' });
    return { ok: true, value: undefined };
  };

  const store: IvsStore = {
    clock,
    random,
    limits,
    recordingConfigurationProgression,
    partition,
    startStream: (channelArn, startOptions) => orThrow('startStream', tryStartStream(channelArn, startOptions)),
    tryStartStream,
    stopStream: (channelArn) => orThrow('stopStream', tryStopStream(channelArn)),
    tryStopStream,
    setRecordingConfigurationState: (arn, state) =>
      orThrow('setRecordingConfigurationState', trySetRecordingConfigurationState(arn, state)),
    trySetRecordingConfigurationState,
    reset() {
      partitions = new Map();
      random.restart();
      changed({ kind: 'reset' });
    },
    snapshot() {
      return snapshotPartitions(partitions.values());
    },
    restore: (snapshot) => orThrow('restore', tryRestore(snapshot)),
    tryRestore,
    createChannel(input = {}, at = {}) {
      const caller = { accountId: at.accountId ?? defaultAccountId, region: at.region ?? defaultRegion };
      return orThrow('createChannel', invokeOperation(store, caller, 'CreateChannel', input));
    },
    createStreamKey(channelArn, input = {}) {
      const parsed = parseArn(channelArn);
      const caller = { accountId: parsed?.accountId ?? defaultAccountId, region: parsed?.region ?? defaultRegion };
      return orThrow('createStreamKey', invokeOperation(store, caller, 'CreateStreamKey', { ...input, channelArn }));
    },
    changed,
  };
  return store;
}
