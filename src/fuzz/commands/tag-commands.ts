import fc from 'fast-check';
import type { ArnScope } from '../overrides.js';
import type { Tags } from '../../../generated/types.js';
import { shapeArbitrary } from '../arbitraries.js';
import { always, IvsCommand } from './command.js';
import { expectError, expectSame, expectSuccess } from './expect.js';
import { pickArbitrary, resolvePick, type IvsModel, type ResourcePick } from './model.js';
import { Expression, sdkCall } from './sdk-call.js';
import { MAX_TAGS, withoutRunTags, type CommandSettings } from './settings.js';

interface Taggable {
  readonly ref: string;
  readonly arn: string;
  tags: Record<string, string>;
}

interface TagPick {
  readonly onKey: boolean;
  readonly pick: ResourcePick;
}

const tagPickArbitrary = (scope: ArnScope): fc.Arbitrary<TagPick> =>
  fc.oneof(
    fc.record({ onKey: fc.constant(false), pick: pickArbitrary('channel', scope) }),
    fc.record({ onKey: fc.constant(true), pick: pickArbitrary('stream-key', scope) }),
  );

function resourceTarget(
  model: IvsModel,
  choice: TagPick,
): { resource: Taggable | undefined; arn: string; shown: unknown } {
  const resource: Taggable | undefined = choice.onKey
    ? resolvePick(model.streamKeys, choice.pick)
    : resolvePick(model.channels, choice.pick);
  return resource === undefined
    ? { resource, arn: choice.pick.unknownArn, shown: choice.pick.unknownArn }
    : { resource, arn: resource.arn, shown: new Expression(resource.ref) };
}

/** Commands that add, remove and read tags on channels and stream keys. */
export function tagCommands(settings: CommandSettings): fc.Arbitrary<IvsCommand>[] {
  const tagPick = tagPickArbitrary(settings.scope);
  const tagResource = fc.tuple(tagPick, shapeArbitrary('Tags') as fc.Arbitrary<Tags>).map(
    ([choice, generated]) =>
      new IvsCommand('TagResource', always, (model) => {
        const { resource, arn, shown } = resourceTarget(model, choice);
        // Run tags mark what a run made, so no command changes them.
        const tags = withoutRunTags(generated, settings);
        return {
          line: sdkCall('TagResource', { resourceArn: shown, tags }),
          async perform(target) {
            const response = await target.send('TagResource', { resourceArn: arn, tags });
            if (resource === undefined) return void expectError('TagResource', response, 'ResourceNotFoundException');
            const merged = { ...resource.tags, ...tags };
            // More than 50 tags after merging is refused and changes nothing.
            if (Object.keys(merged).length > MAX_TAGS)
              return void expectError('TagResource', response, 'ValidationException');
            expectSuccess('TagResource', response);
            resource.tags = merged;
          },
        };
      }),
  );

  const untagResource = fc
    .tuple(
      tagPick,
      fc.array(fc.nat(), { maxLength: 4 }),
      fc.array(shapeArbitrary('TagKey') as fc.Arbitrary<string>, { maxLength: 2 }),
    )
    .map(
      ([choice, existing, extra]) =>
        new IvsCommand('UntagResource', always, (model) => {
          const { resource, arn, shown } = resourceTarget(model, choice);
          const present = Object.keys(withoutRunTags(resource?.tags ?? {}, settings));
          const chosen = present.length === 0 ? [] : existing.map((n) => present[n % present.length] ?? '');
          // At least one key: an empty list sends no parameter, which says nothing about the target.
          const tagKeys = [...new Set([...chosen, ...extra])].filter((key) => !Object.hasOwn(settings.runTags, key));
          if (tagKeys.length === 0) tagKeys.push('absent-key');
          return {
            line: sdkCall('UntagResource', { resourceArn: shown, tagKeys }),
            async perform(target) {
              const response = await target.send('UntagResource', { resourceArn: arn, tagKeys });
              if (resource === undefined)
                return void expectError('UntagResource', response, 'ResourceNotFoundException');
              expectSuccess('UntagResource', response);
              const left = { ...resource.tags };
              for (const key of tagKeys) delete left[key];
              resource.tags = left;
            },
          };
        }),
    );

  const listTagsForResource = tagPick.map(
    (choice) =>
      new IvsCommand('ListTagsForResource', always, (model) => {
        const { resource, arn, shown } = resourceTarget(model, choice);
        return {
          line: sdkCall('ListTagsForResource', { resourceArn: shown }),
          async perform(target) {
            const response = await target.send('ListTagsForResource', { resourceArn: arn });
            if (resource === undefined)
              return void expectError('ListTagsForResource', response, 'ResourceNotFoundException');
            expectSame('ListTagsForResource tags', expectSuccess('ListTagsForResource', response).tags, resource.tags);
          },
        };
      }),
  );

  return [tagResource, untagResource, listTagsForResource];
}
