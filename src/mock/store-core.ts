import type { OperationName } from '../../generated/types.js';
import type { RandomSource } from './random.js';
import type { Partition } from './records.js';

// Kept apart from store.ts so that invoke.ts and the behaviours, which the store's seeding helpers call, never import the store.

/** Service quotas the emulator enforces; the defaults are the service's documented ones. */
export interface IvsLimits {
  /** Channels per account and region; CreateChannel beyond it is ServiceQuotaExceededException. Default 5000. */
  readonly channelsPerRegion: number;
  /** Accepted PutMetadata calls per channel within any one second. Default 5. */
  readonly metadataPerSecond: number;
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
  | { readonly kind: 'reset' }
  | { readonly kind: 'restore' };

/** What operations work on: the partitions, the clock, the ids and the quotas of a store. */
export interface StoreCore {
  /** The store's clock (milliseconds since the epoch). */
  readonly clock: () => number;
  /** The seeded random source behind ids, keys and addresses. */
  readonly random: RandomSource;
  /** The quotas in force. */
  readonly limits: IvsLimits;
  /** The partition of one account in one region, made empty on first use. */
  partition(accountId: string, region: string): Partition;
  /** Passes a change made outside the store's own methods to `onChange` (`invokeOperation` reports each mutating operation). */
  changed(change: IvsStoreChange): void;
}
