import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
  TagResourceRequest,
  TagResourceResponse,
  UntagResourceRequest,
  UntagResourceResponse,
} from '../../../../generated/types.js';
import { parseArn } from '../../arn.js';
import { type Result, fail, ok } from '../../result.js';
import type { Partition } from '../partition.js';
import { type Behaviour, defineResource, type ResourceDefinition } from '../resource.js';
import { tagsToObject } from './tag-map.js';
import { checkUserTagKeys, mergeTags } from './tag-rules.js';

/**
 * The tag operations over every taggable resource of the registry (tags are cross-resource: each
 * resource keeps its own tags; this part only finds them by ARN). The model's ResourceArn carries
 * no pattern, so anything that names no taggable resource here is not found.
 */
export function tagsResource(owners: readonly ResourceDefinition[]) {
  const taggable = owners.filter((owner) => owner.arnKind !== undefined && owner.tagsOf !== undefined);
  const findTags = (partition: Partition, resourceArn: string): Result<Map<string, string>> => {
    const kind = parseArn(resourceArn)?.kind;
    const owner = taggable.find((candidate) => candidate.arnKind === kind);
    const tags = owner?.tagsOf?.(partition, resourceArn);
    return tags === undefined
      ? fail(
          'ResourceNotFoundException',
          `No taggable resource with ARN ${resourceArn} exists in this account and region.`,
        )
      : ok(tags);
  };

  const listTagsForResource: Behaviour<ListTagsForResourceRequest, ListTagsForResourceResponse> = (
    { partition },
    input,
  ) => {
    const tags = findTags(partition, input.resourceArn);
    return tags.ok ? ok({ tags: tagsToObject(tags.value) }) : tags;
  };

  const tagResource: Behaviour<TagResourceRequest, TagResourceResponse> = ({ partition }, input) => {
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

  const untagResource: Behaviour<UntagResourceRequest, UntagResourceResponse> = ({ partition }, input) => {
    const reserved = checkUserTagKeys(input.tagKeys, 'tagKeys');
    if (!reserved.ok) return reserved;
    const tags = findTags(partition, input.resourceArn);
    if (!tags.ok) return tags;
    for (const key of input.tagKeys) tags.value.delete(key);
    return ok({});
  };

  return defineResource({
    name: 'tags',
    behaviours: {
      ListTagsForResource: listTagsForResource,
      TagResource: tagResource,
      UntagResource: untagResource,
    },
  });
}
