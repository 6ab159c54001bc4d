import { describe, expect, test } from 'vitest';
import { createChannel } from '../../src/mock/resources/channels/behaviours.js';
import {
  batchGetStreamKey,
  createStreamKey,
  deleteStreamKey,
  getStreamKey,
  listStreamKeys,
} from '../../src/mock/resources/stream-keys/behaviours.js';
import { errorType, testContext, unwrap } from './context.js';

const missingKey = 'arn:aws:ivs:us-west-2:123456789012:stream-key/abcdABCDefgh';
const missingChannel = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';

function channelWithKey() {
  const setup = testContext();
  const created = unwrap(createChannel(setup.context(), {}));
  return { ...setup, channelArn: created.channel?.arn ?? '', key: created.streamKey };
}

describe('stream key behaviours', () => {
  test('a second stream key on a channel is ServiceQuotaExceededException', () => {
    const { context, channelArn } = channelWithKey();
    expect(errorType(createStreamKey(context(), { channelArn }))).toBe('ServiceQuotaExceededException');
    expect(context().partition.streamKeys.size).toBe(1);
  });

  test('after DeleteStreamKey a new key can be created, with its tags', () => {
    const { context, channelArn, key } = channelWithKey();
    unwrap(deleteStreamKey(context(), { arn: key?.arn ?? '' }));
    const { streamKey } = unwrap(createStreamKey(context(), { channelArn, tags: { role: 'backup' } }));
    expect(streamKey).toMatchObject({ channelArn, tags: { role: 'backup' } });
    expect(streamKey?.arn).not.toBe(key?.arn);
  });

  test('DeleteStreamKey keeps the channel', () => {
    const { context, channelArn, key } = channelWithKey();
    unwrap(deleteStreamKey(context(), { arn: key?.arn ?? '' }));
    expect(context().partition.channels.has(channelArn)).toBe(true);
  });

  test('CreateStreamKey on an unknown channel is ResourceNotFoundException', () => {
    expect(errorType(createStreamKey(testContext().context(), { channelArn: missingChannel }))).toBe(
      'ResourceNotFoundException',
    );
  });

  test('CreateStreamKey refuses reserved aws: tag keys', () => {
    const { context, channelArn, key } = channelWithKey();
    unwrap(deleteStreamKey(context(), { arn: key?.arn ?? '' }));
    expect(errorType(createStreamKey(context(), { channelArn, tags: { 'aws:team': 'x' } }))).toBe(
      'ValidationException',
    );
  });

  test('GetStreamKey returns the secret value', () => {
    const { context, key } = channelWithKey();
    expect(unwrap(getStreamKey(context(), { arn: key?.arn ?? '' }))).toEqual({ streamKey: key });
  });

  test.each([
    ['GetStreamKey', () => getStreamKey(testContext().context(), { arn: missingKey })],
    ['DeleteStreamKey', () => deleteStreamKey(testContext().context(), { arn: missingKey })],
    ['ListStreamKeys', () => listStreamKeys(testContext().context(), { channelArn: missingChannel })],
  ])('%s of an unknown ARN is ResourceNotFoundException', (_name, call) => {
    expect(errorType(call())).toBe('ResourceNotFoundException');
  });

  test('ListStreamKeys summaries never carry the secret value', () => {
    const { context, channelArn, key } = channelWithKey();
    expect(unwrap(listStreamKeys(context(), { channelArn }))).toEqual({
      streamKeys: [{ arn: key?.arn, channelArn, tags: {} }],
    });
  });

  test('BatchGetStreamKey returns full keys and errors for unknown ARNs', () => {
    const { context, key } = channelWithKey();
    const result = unwrap(batchGetStreamKey(context(), { arns: [key?.arn ?? '', missingKey] }));
    expect(result.streamKeys).toEqual([key]);
    expect(result.errors?.map((e) => [e.arn, e.code])).toEqual([[missingKey, 'ResourceNotFoundException']]);
  });
});
