import { describe, expect, test } from 'vitest';
import { createChannel } from '../../src/mock/resources/channels/behaviours.js';
import { behaviours } from '../../src/mock/resources/index.js';
import { errorType, testContext, unwrap } from './context.js';

const listTagsForResource = behaviours.ListTagsForResource;
const tagResource = behaviours.TagResource;
const untagResource = behaviours.UntagResource;

function taggedChannel(tags: Record<string, string> = {}) {
  const setup = testContext();
  const created = unwrap(createChannel(setup.context(), { tags }));
  return { ...setup, arn: created.channel?.arn ?? '', keyArn: created.streamKey?.arn ?? '' };
}

const tagsOf = (n: number, prefix = 'k'): Record<string, string> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, `${i}`]));

describe('tag behaviours', () => {
  test('TagResource merges: new keys are added, existing keys are overwritten', () => {
    const { context, arn } = taggedChannel({ a: '1', b: '2' });
    unwrap(tagResource(context(), { resourceArn: arn, tags: { b: 'two', c: '3' } }));
    expect(unwrap(listTagsForResource(context(), { resourceArn: arn }))).toEqual({
      tags: { a: '1', b: 'two', c: '3' },
    });
  });

  test('stream keys are taggable too', () => {
    const { context, keyArn } = taggedChannel();
    unwrap(tagResource(context(), { resourceArn: keyArn, tags: { x: 'y' } }));
    expect(unwrap(listTagsForResource(context(), { resourceArn: keyArn }))).toEqual({ tags: { x: 'y' } });
  });

  test('TagResource that would leave more than 50 tags is ValidationException and changes nothing', () => {
    const { context, arn } = taggedChannel(tagsOf(30, 'old'));
    expect(errorType(tagResource(context(), { resourceArn: arn, tags: tagsOf(21, 'new') }))).toBe(
      'ValidationException',
    );
    expect(Object.keys(unwrap(listTagsForResource(context(), { resourceArn: arn })).tags)).toHaveLength(30);
  });

  test('TagResource up to exactly 50 tags after merging succeeds', () => {
    const { context, arn } = taggedChannel(tagsOf(30, 'old'));
    unwrap(tagResource(context(), { resourceArn: arn, tags: { ...tagsOf(20, 'new'), old0: 'changed' } }));
    expect(Object.keys(unwrap(listTagsForResource(context(), { resourceArn: arn })).tags)).toHaveLength(50);
  });

  test.each(['aws:x', 'AWS:x', 'Aws:cost'])('TagResource refuses the reserved key %s', (key) => {
    const { context, arn } = taggedChannel();
    expect(errorType(tagResource(context(), { resourceArn: arn, tags: { [key]: 'v' } }))).toBe('ValidationException');
  });

  test('UntagResource refuses reserved aws: keys', () => {
    const { context, arn } = taggedChannel();
    expect(errorType(untagResource(context(), { resourceArn: arn, tagKeys: ['aws:x'] }))).toBe('ValidationException');
  });

  test('keys such as __proto__ and constructor are stored and returned as plain data', () => {
    const { context, arn } = taggedChannel();
    const tags = JSON.parse('{"__proto__":"p","constructor":"c","toString":"t"}') as Record<string, string>;
    unwrap(tagResource(context(), { resourceArn: arn, tags }));
    const listed = unwrap(listTagsForResource(context(), { resourceArn: arn })).tags;
    expect(Object.getPrototypeOf(listed)).toBe(Object.prototype);
    expect(JSON.stringify(listed)).toBe('{"__proto__":"p","constructor":"c","toString":"t"}');
    expect(({} as Record<string, unknown>)['p']).toBeUndefined();
  });

  test('UntagResource removes the given keys and skips absent ones', () => {
    const { context, arn } = taggedChannel({ a: '1', b: '2' });
    unwrap(untagResource(context(), { resourceArn: arn, tagKeys: ['a', 'zzz'] }));
    expect(unwrap(listTagsForResource(context(), { resourceArn: arn }))).toEqual({ tags: { b: '2' } });
  });

  test.each([
    ['an unknown channel', 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh'],
    ['an unknown stream key', 'arn:aws:ivs:us-west-2:123456789012:stream-key/abcdABCDefgh'],
    ['a string that is no IVS ARN', 'not-an-arn'],
    ['an ARN of another resource kind', 'arn:aws:ivs:us-west-2:123456789012:playback-key/abcdABCDefgh'],
  ])('the tag operations answer ResourceNotFoundException for %s', (_name, resourceArn) => {
    const { context } = taggedChannel();
    expect(errorType(listTagsForResource(context(), { resourceArn }))).toBe('ResourceNotFoundException');
    expect(errorType(tagResource(context(), { resourceArn, tags: { a: 'b' } }))).toBe('ResourceNotFoundException');
    expect(errorType(untagResource(context(), { resourceArn, tagKeys: ['a'] }))).toBe('ResourceNotFoundException');
  });
});
