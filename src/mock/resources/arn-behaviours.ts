import type { OperationName } from '../../../generated/types.js';
import type { SortedMap } from '../sorted-map.js';
import { listPageRequest, type PagedInput, pageOutput, paginateOrdered } from '../pagination.js';
import { fail, ok } from '../result.js';
import type { ArnRecord } from './arn-record.js';
import type { QuotaArnSpec } from './mint-arn.js';
import { findByArn } from './arn-resource.js';
import type { Partition } from './partition.js';
import type { Behaviour } from './resource.js';

/** The records of one resource kept by ARN, and what a not-found error calls one of them. */
export interface ByArnSpec<R> {
  /** Its records in a partition. */
  records(partition: Partition): Map<string, R>;
  /** What ResourceNotFoundException calls one of them (`playback key pair`). */
  readonly label: string;
}

/** A resource kept by ARN with a per-region quota: what its Get, Delete and List and its create need. */
export interface QuotaByArnSpec<R> extends ByArnSpec<R>, QuotaArnSpec {
  /** Its records in a partition (the behaviours' view of them wins over the create's). */
  records(partition: Partition): Map<string, R>;
}

/** The Get operation of a resource kept by ARN: `{ [member]: view(record) }`, or ResourceNotFoundException. */
export function getByArnBehaviour<R, M extends string, V>(
  spec: ByArnSpec<R>,
  member: M,
  view: (record: R) => V,
): Behaviour<{ readonly arn: string }, { [K in M]: V }> {
  return ({ partition }, input) => {
    const found = findByArn(spec.records(partition), input.arn, spec.label);
    return found.ok ? ok({ [member]: view(found.value) } as { [K in M]: V }) : found;
  };
}

/**
 * The Delete operation of a resource kept by ARN: ResourceNotFoundException when it is absent,
 * ConflictException while another resource needs it; then every resource forgets it.
 */
export function deleteByArnBehaviour<R>(
  spec: ByArnSpec<R>,
): Behaviour<{ readonly arn: string }, Record<string, never>> {
  return ({ partition, relations }, input) => {
    const found = findByArn(spec.records(partition), input.arn, spec.label);
    if (!found.ok) return found;
    const blocked = relations.blocksDeletion(partition, input.arn);
    if (blocked !== undefined) return fail('ConflictException', blocked);
    spec.records(partition).delete(input.arn);
    relations.forget(partition, input.arn);
    return ok({});
  };
}

/**
 * The List operation of a resource kept by ARN: one page of `view(record)` in ARN order under
 * `member` (the model's paginated items of `operation`), with `nextToken` when more follow.
 */
export function listByArnBehaviour<R extends ArnRecord, M extends string, V>(
  operation: OperationName,
  member: M,
  records: (partition: Partition) => SortedMap<R>,
  defaultPageSize: number,
  view: (record: R) => V,
): Behaviour<PagedInput, { [K in M]: V[] } & { nextToken?: string }> {
  return ({ partition }, input) => {
    const page = paginateOrdered(
      (after) => records(partition).valuesAfter(after),
      (record) => record.arn,
      listPageRequest(operation, member, input, defaultPageSize),
    );
    return page.ok ? ok(pageOutput(member, page.value, view)) : page;
  };
}
