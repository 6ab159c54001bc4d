import type { Result } from '../result.js';

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
