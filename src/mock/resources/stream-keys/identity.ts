import { type RandomSource, randomAlphanumeric } from '../../random.js';
import { mintArn } from '../mint-arn.js';
import type { Partition } from '../partition.js';

/** The ARN resource type of stream keys. */
export const streamKeyArnKind = 'stream-key';

/** The server-assigned identity of a new stream key. */
export interface StreamKeyIdentity {
  readonly arn: string;
  readonly value: string;
}

/** Mints a stream-key ARN and a secret value shaped like the documented one (`sk_<region>_<12>_<12>`). */
export function mintStreamKeyIdentity(partition: Partition, random: RandomSource): StreamKeyIdentity {
  return {
    arn: mintArn(random, partition, streamKeyArnKind, partition.streamKeys).arn,
    value: `sk_${partition.region}_${randomAlphanumeric(random, 12)}_${randomAlphanumeric(random, 12)}`,
  };
}
