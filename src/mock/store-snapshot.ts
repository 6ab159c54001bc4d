import { type IvsPartitionSnapshot, type IvsSnapshot, SNAPSHOT_FORMAT } from '../state/snapshot.js';
import { createPartition, type Partition, resources } from './resources/index.js';
import { type Result, fail, ok } from './result.js';

/** The key of a partition in the store's map. */
export function partitionKey(accountId: string, region: string): string {
  return `${accountId}/${region}`;
}

/** The resources that appear in snapshots, with their part, in registry order. */
const parts = resources.flatMap((resource) => (resource.snapshot === undefined ? [] : [resource.snapshot]));

/** Writes partitions as a snapshot, leaving out the ones that hold nothing. */
export function snapshotPartitions(partitions: Iterable<Partition>): IvsSnapshot {
  const out: IvsPartitionSnapshot[] = [];
  for (const partition of partitions) {
    const lists = parts.map((part) => [part.member, part.list(partition)] as const);
    if (lists.every(([, items]) => items.length === 0)) continue;
    out.push({
      accountId: partition.accountId,
      region: partition.region,
      ...Object.fromEntries(lists),
    } as IvsPartitionSnapshot);
  }
  return { format: SNAPSHOT_FORMAT, partitions: out };
}

function listOf(missing: readonly { readonly member: string }[]): string {
  const names = missing.map((part) => `"${part.member}"`);
  const last = names.pop();
  return names.length === 0 ? `a ${last} array` : `${names.join(', ')} and ${last} arrays`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a snapshot into fresh partitions, checking every reference and ARN first; the caller
 * swaps them in only when the whole snapshot is good, so a bad snapshot changes nothing.
 */
export function restorePartitions(snapshot: unknown): Result<Map<string, Partition>> {
  if (!isRecord(snapshot) || snapshot['format'] !== SNAPSHOT_FORMAT) {
    return fail('ValidationException', `The snapshot must be an object with "format": "${SNAPSHOT_FORMAT}".`);
  }
  const partitions = snapshot['partitions'];
  if (!Array.isArray(partitions)) return fail('ValidationException', 'The snapshot needs a "partitions" array.');
  const restored = new Map<string, Partition>();
  for (const [p, entry] of partitions.entries()) {
    const where = `partitions[${p}]`;
    if (!isRecord(entry)) return fail('ValidationException', `${where} must be an object.`);
    const { accountId, region } = entry;
    if (typeof accountId !== 'string' || !/^[0-9]{12}$/.test(accountId))
      return fail('ValidationException', `${where}.accountId must be 12 digits.`);
    if (typeof region !== 'string' || !/^[a-z0-9-]+$/.test(region))
      return fail('ValidationException', `${where}.region must be a region name.`);
    const missing = parts.filter(
      (part) => !Array.isArray(entry[part.member]) && !(part.optional === true && entry[part.member] === undefined),
    );
    if (missing.length > 0) return fail('ValidationException', `${where} needs ${listOf(missing)}.`);
    const key = partitionKey(accountId, region);
    if (restored.has(key)) return fail('ValidationException', `${where} repeats ${accountId} in ${region}.`);
    const partition = createPartition(accountId, region);
    for (const part of parts) {
      for (const [i, item] of ((entry[part.member] ?? []) as unknown[]).entries()) {
        const at = `${where}.${part.member}[${i}]`;
        if (!isRecord(item)) return fail('ValidationException', `${at} must be an object.`);
        const result = part.restore(partition, item, at);
        if (!result.ok) return result;
      }
    }
    restored.set(key, partition);
  }
  return ok(restored);
}
