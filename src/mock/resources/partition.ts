import { type ChannelsState, createChannelsState } from './channels/state.js';
import { createStreamKeysState, type StreamKeysState } from './stream-keys/state.js';
import { createStreamsState, type StreamsState } from './streams/state.js';

/** Which account and region a partition belongs to. */
export interface PartitionIdentity {
  readonly accountId: string;
  readonly region: string;
}

/** Everything one account holds in one region: each resource's state, side by side. */
export interface Partition extends PartitionIdentity, ChannelsState, StreamKeysState, StreamsState {}

/** The state makers of every resource that keeps state in a partition. */
const stateMakers = [createChannelsState, createStreamKeysState, createStreamsState] as const;

/** Makes an empty partition. */
export function createPartition(accountId: string, region: string): Partition {
  const partition = { accountId, region };
  for (const make of stateMakers) Object.assign(partition, make());
  return partition as Partition;
}
