import { shapeValidators } from '../../../generated/validators.js';
import { parseArn } from '../arn.js';
import { validateBounded } from '../bounded-validation.js';
import { type Result, fail, ok } from '../result.js';
import type { Partition } from './partition.js';

/** Checks one snapshot item against the generated validator of its shape. */
export function checkShape(shape: string, item: unknown, where: string): Result<void> {
  const validate = shapeValidators[shape as keyof typeof shapeValidators];
  const invalid = validate === undefined ? undefined : validateBounded(validate, item);
  return invalid === undefined ? ok(undefined) : fail('ValidationException', `${where}: ${invalid}`);
}

/** Whether a value is an ARN of the given kind in the partition's account and region. */
export function arnIn(partition: Partition, arn: unknown, kind: string): arn is string {
  if (typeof arn !== 'string') return false;
  const parsed = parseArn(arn);
  return (
    parsed !== undefined &&
    parsed.kind === kind &&
    parsed.accountId === partition.accountId &&
    parsed.region === partition.region
  );
}

/** Checks that a restored item's ARN is a new ARN of this kind in the partition. */
export function checkNewArn(
  partition: Partition,
  arn: unknown,
  kind: string,
  taken: (arn: string) => boolean,
  where: string,
): Result<string> {
  if (!arnIn(partition, arn, kind))
    return fail(
      'ValidationException',
      `${where}.arn is not a ${kind} ARN of ${partition.accountId} in ${partition.region}.`,
    );
  if (taken(arn)) return fail('ValidationException', `${where}.arn repeats ${arn}.`);
  return ok(arn);
}
