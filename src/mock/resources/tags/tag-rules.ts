import { type Result, fail, ok } from '../../result.js';

/** The most tags one resource may carry. */
export const maxTagsPerResource = 50;

/** Refuses tag keys that start with the `aws:` prefix (in any letter case), which AWS reserves for itself. */
export function checkUserTagKeys(keys: Iterable<string>, member: string): Result<void> {
  for (const key of keys) {
    if (key.toLowerCase().startsWith('aws:')) {
      return fail(
        'ValidationException',
        `1 validation error detected: Value at '${member}' failed to satisfy constraint: Tag keys starting with 'aws:' are reserved for AWS use (got '${key}').`,
      );
    }
  }
  return ok(undefined);
}

/** Merges new tags over existing ones, refusing a result with more than 50 tags; nothing is changed here. */
export function mergeTags(
  existing: ReadonlyMap<string, string>,
  added: Readonly<Record<string, string>>,
): Result<Map<string, string>> {
  const merged = new Map(existing);
  for (const [key, value] of Object.entries(added)) merged.set(key, value);
  if (merged.size > maxTagsPerResource) {
    return fail(
      'ValidationException',
      `1 validation error detected: Value at 'tags' failed to satisfy constraint: A resource can have at most ${maxTagsPerResource} tags; this request would leave ${merged.size}.`,
    );
  }
  return ok(merged);
}
