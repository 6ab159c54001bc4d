import { formatArn } from '../arn.js';
import { type RandomSource, randomAlphanumeric } from '../random.js';
import { type Result, fail, ok } from '../result.js';
import type { IvsLimits } from './limits.js';
import type { Partition, PartitionIdentity } from './partition.js';
import type { StoreServices } from './resource.js';

/** A fresh 12-character alphanumeric resource id that `taken` does not know. */
function unusedId(random: RandomSource, taken: (id: string) => boolean): string {
  for (;;) {
    const id = randomAlphanumeric(random, 12);
    if (!taken(id)) return id;
  }
}

/** A new resource's ARN and the 12-character id it ends with. */
export interface MintedArn {
  readonly arn: string;
  readonly id: string;
}

/** Mints an ARN of this kind in the partition whose fresh id no ARN in `records` has yet. */
export function mintArn(
  random: RandomSource,
  partition: PartitionIdentity,
  kind: string,
  records: ReadonlyMap<string, unknown>,
): MintedArn {
  const { region, accountId } = partition;
  const id = unusedId(random, (candidate) => records.has(formatArn(region, accountId, kind, candidate)));
  return { arn: formatArn(region, accountId, kind, id), id };
}

/** Refuses a create beyond a per-region quota. */
function checkQuota(count: number, quota: number, label: string, region: string): Result<void> {
  return count >= quota
    ? fail(
        'ServiceQuotaExceededException',
        `This account already has ${count} ${label} resources in ${region}, the most allowed (${quota}).`,
      )
    : ok(undefined);
}

/** What `mintArnWithinQuota` needs to know of the resource being created. */
export interface QuotaArnSpec {
  /** Its records in a partition, keyed by ARN. */
  records(partition: Partition): ReadonlyMap<string, unknown>;
  /** Its ARN resource type. */
  readonly kind: string;
  /** The store limit that caps how many a partition may hold. */
  readonly quota: keyof IvsLimits;
  /** What the quota error calls one of them (`playback key pair`). */
  readonly label: string;
}

/**
 * The ARN of a resource being created, once the partition has room for it: the create path of
 * every resource kept by ARN, or ServiceQuotaExceededException when its records fill the quota.
 */
export function mintArnWithinQuota(
  store: Pick<StoreServices, 'random' | 'limits'>,
  partition: Partition,
  spec: QuotaArnSpec,
): Result<string> {
  const records = spec.records(partition);
  const quota = checkQuota(records.size, store.limits[spec.quota], spec.label, partition.region);
  if (!quota.ok) return quota;
  return ok(mintArn(store.random, partition, spec.kind, records).arn);
}
