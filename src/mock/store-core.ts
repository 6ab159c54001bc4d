import type { OperationName } from '../../generated/types.js';
import type { Partition } from './resources/partition.js';
import type { StoreServices } from './resources/resource.js';

// Kept apart from store.ts so that invoke.ts, which the store's seeding helpers call, never imports the store.

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

/** What operations work on: the behaviours' services (clock, ids, quotas) plus the partitions and change reports. */
export interface StoreCore extends StoreServices {
  /** The partition of one account in one region, made empty on first use. */
  partition(accountId: string, region: string): Partition;
  /** Passes a change made outside the store's own methods to `onChange` (`invokeOperation` reports each mutating operation). */
  changed(change: IvsStoreChange): void;
}
