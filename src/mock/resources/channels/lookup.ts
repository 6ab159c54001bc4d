import { type Result, fail, ok } from '../../result.js';
import type { Partition } from '../partition.js';
import type { ChannelRecord } from './state.js';

/** Finds a channel of the caller's partition, or a ResourceNotFoundException naming the ARN. */
export function findChannel(partition: Partition, arn: string): Result<ChannelRecord> {
  const channel = partition.channels.get(arn);
  return channel === undefined
    ? fail('ResourceNotFoundException', `No channel with ARN ${arn} exists in this account and region.`)
    : ok(channel);
}
