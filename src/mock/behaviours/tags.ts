import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
  TagResourceRequest,
  TagResourceResponse,
  UntagResourceRequest,
  UntagResourceResponse,
} from '../../../generated/types.js';
import { parseArn } from '../arn.js';
import type { Partition } from '../records.js';
import { type Result, fail, ok } from '../result.js';
import { checkUserTagKeys, mergeTags } from '../tag-rules.js';
import { tagsToObject } from '../records.js';
import type { Behaviour } from './context.js';

/**
 * Finds the tags of a taggable resource (a channel or a stream key) by its ARN. The model's
 * ResourceArn carries no pattern, so anything that names no resource here is not found.
 */
function findTags(partition: Partition, resourceArn: string): Result<Map<string, string>> {
  const kind = parseArn(resourceArn)?.kind;
  const resource =
    kind === 'channel'
      ? partition.channels.get(resourceArn)
      : kind === 'stream-key'
        ? partition.streamKeys.get(resourceArn)
        : undefined;
  return resource === undefined
    ? fail(
        'ResourceNotFoundException',
        `No channel or stream key with ARN ${resourceArn} exists in this account and region.`,
      )
    : ok(resource.tags);
}

/** ListTagsForResource: every tag of the resource (`{}` when none). */
export const listTagsForResource: Behaviour<ListTagsForResourceRequest, ListTagsForResourceResponse> = (
  { partition },
  input,
) => {
  const tags = findTags(partition, input.resourceArn);
  return tags.ok ? ok({ tags: tagsToObject(tags.value) }) : tags;
};

/** TagResource: adds or overwrites tags; refuses `aws:` keys and a result of more than 50 tags, changing nothing. */
export const tagResource: Behaviour<TagResourceRequest, TagResourceResponse> = ({ partition }, input) => {
  const reserved = checkUserTagKeys(Object.keys(input.tags), 'tags');
  if (!reserved.ok) return reserved;
  const tags = findTags(partition, input.resourceArn);
  if (!tags.ok) return tags;
  const merged = mergeTags(tags.value, input.tags);
  if (!merged.ok) return merged;
  tags.value.clear();
  for (const [key, value] of merged.value) tags.value.set(key, value);
  return ok({});
};

/** UntagResource: removes the given keys; keys not present are skipped; `aws:` keys are refused. */
export const untagResource: Behaviour<UntagResourceRequest, UntagResourceResponse> = ({ partition }, input) => {
  const reserved = checkUserTagKeys(input.tagKeys, 'tagKeys');
  if (!reserved.ok) return reserved;
  const tags = findTags(partition, input.resourceArn);
  if (!tags.ok) return tags;
  for (const key of input.tagKeys) tags.value.delete(key);
  return ok({});
};
