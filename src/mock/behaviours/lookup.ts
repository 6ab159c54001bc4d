import type { ChannelRecord, Partition, StreamKeyRecord } from '../records.js';
import { type Result, fail, ok } from '../result.js';

/** Finds a channel of the caller's partition, or a ResourceNotFoundException naming the ARN. */
export function findChannel(partition: Partition, arn: string): Result<ChannelRecord> {
  const channel = partition.channels.get(arn);
  return channel === undefined
    ? fail('ResourceNotFoundException', `No channel with ARN ${arn} exists in this account and region.`)
    : ok(channel);
}

/** Finds a stream key of the caller's partition, or a ResourceNotFoundException naming the ARN. */
export function findStreamKey(partition: Partition, arn: string): Result<StreamKeyRecord> {
  const key = partition.streamKeys.get(arn);
  return key === undefined
    ? fail('ResourceNotFoundException', `No stream key with ARN ${arn} exists in this account and region.`)
    : ok(key);
}

/** Looks up each distinct ARN of a batch, keeping request order: found items, and one error entry per miss. */
export function batchLookup<R>(
  arns: readonly string[],
  find: (arn: string) => Result<R>,
): { found: R[]; errors: { arn: string; code: string; message: string }[] } {
  const found: R[] = [];
  const errors: { arn: string; code: string; message: string }[] = [];
  for (const arn of new Set(arns)) {
    const result = find(arn);
    if (result.ok) found.push(result.value);
    else errors.push({ arn, code: result.error.type, message: result.error.message });
  }
  return { found, errors };
}
