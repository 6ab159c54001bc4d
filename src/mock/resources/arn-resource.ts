import { type Result, fail, ok } from '../result.js';
import type { ArnRecord } from './arn-record.js';
import type { SortedMap } from '../sorted-map.js';
import type { Partition } from './partition.js';
import type { ResourcePersistence, ResourceSnapshotPart } from './resource.js';
import { checkNewArn, checkShape } from './snapshot-checks.js';
import { arnTable } from './state-file-tables.js';

/** Finds a record by ARN, or a ResourceNotFoundException naming what was looked for. */
export function findByArn<R>(records: ReadonlyMap<string, R>, arn: string, label: string): Result<R> {
  const found = records.get(arn);
  return found === undefined
    ? fail('ResourceNotFoundException', `No ${label} with ARN ${arn} exists in this account and region.`)
    : ok(found);
}

/** What `arnResourceParts` needs to know of a resource kept by ARN in one `SortedMap` of the partition. */
export interface ArnResourceSpec<R extends ArnRecord> {
  /** Its ARN resource type. */
  readonly kind: string;
  /** Its snapshot member. */
  readonly member: ResourceSnapshotPart['member'];
  /** Its state-file table. */
  readonly table: string;
  /** The model shape a snapshot item must satisfy. */
  readonly shape: string;
  /** Its records in a partition. */
  records(partition: Partition): SortedMap<R>;
  /** The record as the API (and the snapshot) shows it. */
  view(record: R): object;
  /** The record of a snapshot item whose ARN and shape have been checked. */
  fromItem(item: Record<string, unknown>, arn: string, partition: Partition, where: string): Result<R>;
}

/** The snapshot part, state-file part and tag lookup of a resource kept by ARN. */
export function arnResourceParts<R extends ArnRecord>(
  spec: ArnResourceSpec<R>,
): {
  snapshot: ResourceSnapshotPart;
  persistence: ResourcePersistence;
  tagsOf: (partition: Partition, arn: string) => Map<string, string> | undefined;
} {
  return {
    snapshot: {
      member: spec.member,
      optional: true,
      list: (partition) => [...spec.records(partition).values()].map(spec.view),
      restore(partition, item, where) {
        const records = spec.records(partition);
        const arn = checkNewArn(partition, item['arn'], spec.kind, (taken) => records.has(taken), where);
        if (!arn.ok) return arn;
        const shape = checkShape(spec.shape, item, where);
        if (!shape.ok) return shape;
        const record = spec.fromItem(item, arn.value, partition, where);
        if (!record.ok) return record;
        records.set(arn.value, record.value);
        return ok(undefined);
      },
    },
    persistence: {
      ...arnTable(spec.table),
      keyOf: (item) => ({ key: String(item['arn']) }),
      rowsNamedBy(partition, arn, kind) {
        if (kind !== spec.kind) return [];
        const record = spec.records(partition).get(arn);
        return [{ key: arn, body: record === undefined ? undefined : spec.view(record) }];
      },
    },
    tagsOf: (partition, arn) => spec.records(partition).get(arn)?.tags,
  };
}
