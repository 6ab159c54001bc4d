import type { RandomSource } from '../../random.js';
import { type Result, fail, ok } from '../../result.js';
import type { Partition } from '../partition.js';
import { mintStreamKeyIdentity } from './identity.js';
import type { StreamKeyRecord } from './state.js';

/** Adds a new stream key to an existing channel (no checks: callers have made them). */
export function createStreamKeyFor(
  random: RandomSource,
  partition: Partition,
  channelArn: string,
  tags: Readonly<Record<string, string>>,
): StreamKeyRecord {
  const identity = mintStreamKeyIdentity(partition, random);
  const key: StreamKeyRecord = {
    arn: identity.arn,
    value: identity.value,
    channelArn,
    tags: new Map(Object.entries(tags)),
  };
  partition.streamKeys.set(key.arn, key);
  return key;
}

/** The stream keys of one channel, in creation order. */
export function keysOf(partition: Partition, channelArn: string): StreamKeyRecord[] {
  return [...partition.streamKeys.values()].filter((key) => key.channelArn === channelArn);
}

/** Finds a stream key of the caller's partition, or a ResourceNotFoundException naming the ARN. */
export function findStreamKey(partition: Partition, arn: string): Result<StreamKeyRecord> {
  const key = partition.streamKeys.get(arn);
  return key === undefined
    ? fail('ResourceNotFoundException', `No stream key with ARN ${arn} exists in this account and region.`)
    : ok(key);
}
