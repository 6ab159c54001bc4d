import { describe, expect, test } from 'vitest';
import {
  batchGetChannel,
  createChannel,
  deleteChannel,
  getChannel,
  listChannels,
  updateChannel,
} from '../../src/mock/resources/channels/behaviours.js';
import { listStreamKeys } from '../../src/mock/resources/stream-keys/behaviours.js';
import { behaviours } from '../../src/mock/resources/index.js';
import { errorType, testContext, unwrap } from './context.js';

const listTagsForResource = behaviours.ListTagsForResource;

const missing = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';

describe('channel behaviours', () => {
  test('CreateChannel defaults to LOW latency, STANDARD type, an empty name and no tags', () => {
    const { channel } = unwrap(createChannel(testContext().context(), {}));
    expect(channel).toMatchObject({ name: '', latencyMode: 'LOW', type: 'STANDARD', tags: {} });
  });

  test('CreateChannel keeps the given settings and tags, and makes a stream key without tags', () => {
    const { channel, streamKey } = unwrap(
      createChannel(testContext().context(), {
        name: 'show',
        latencyMode: 'NORMAL',
        type: 'BASIC',
        tags: { team: 'a' },
      }),
    );
    expect(channel).toMatchObject({ name: 'show', latencyMode: 'NORMAL', type: 'BASIC', tags: { team: 'a' } });
    expect(streamKey).toMatchObject({ channelArn: channel?.arn, tags: {} });
  });

  test('CreateChannel refuses reserved aws: tag keys without creating anything', () => {
    const { context } = testContext();
    expect(errorType(createChannel(context(), { tags: { 'AWS:x': '1' } }))).toBe('ValidationException');
    expect(context().partition.channels.size).toBe(0);
  });

  test('CreateChannel beyond the channel quota is ServiceQuotaExceededException', () => {
    const { context } = testContext({ limits: { channelsPerRegion: 2 } });
    unwrap(createChannel(context(), {}));
    unwrap(createChannel(context(), {}));
    expect(errorType(createChannel(context(), {}))).toBe('ServiceQuotaExceededException');
  });

  test('GetChannel returns the channel as created', () => {
    const { context } = testContext();
    const { channel } = unwrap(createChannel(context(), { name: 'x' }));
    expect(unwrap(getChannel(context(), { arn: channel?.arn ?? '' }))).toEqual({ channel });
  });

  test('GetChannel of an unknown ARN is ResourceNotFoundException', () => {
    expect(errorType(getChannel(testContext().context(), { arn: missing }))).toBe('ResourceNotFoundException');
  });

  test('a channel of another region is not found', () => {
    const here = testContext();
    const { channel } = unwrap(createChannel(here.context(), {}));
    const there = { ...here.context(), partition: here.store.partition('123456789012', 'eu-west-1') };
    expect(errorType(getChannel(there, { arn: channel?.arn ?? '' }))).toBe('ResourceNotFoundException');
  });

  test('DeleteChannel removes the channel, its stream keys and its tags', () => {
    const { context } = testContext();
    const { channel, streamKey } = unwrap(createChannel(context(), { tags: { a: 'b' } }));
    const arn = channel?.arn ?? '';
    unwrap(deleteChannel(context(), { arn }));
    expect(errorType(getChannel(context(), { arn }))).toBe('ResourceNotFoundException');
    expect(context().partition.streamKeys.has(streamKey?.arn ?? '')).toBe(false);
    expect(errorType(listTagsForResource(context(), { resourceArn: arn }))).toBe('ResourceNotFoundException');
    expect(errorType(listStreamKeys(context(), { channelArn: arn }))).toBe('ResourceNotFoundException');
  });

  test('DeleteChannel of a live channel is ConflictException and deletes nothing', () => {
    const { store, context } = testContext();
    const arn = unwrap(createChannel(context(), {})).channel?.arn ?? '';
    unwrap(store.tryStartStream(arn));
    expect(errorType(deleteChannel(context(), { arn }))).toBe('ConflictException');
    expect(context().partition.channels.has(arn)).toBe(true);
    expect(context().partition.streamKeys.size).toBe(1);
  });

  test('DeleteChannel of an unknown ARN is ResourceNotFoundException', () => {
    expect(errorType(deleteChannel(testContext().context(), { arn: missing }))).toBe('ResourceNotFoundException');
  });

  test('UpdateChannel changes only the members given', () => {
    const { context } = testContext();
    const { channel } = unwrap(createChannel(context(), { name: 'old', latencyMode: 'NORMAL', tags: { k: 'v' } }));
    const updated = unwrap(updateChannel(context(), { arn: channel?.arn ?? '', type: 'BASIC' })).channel;
    expect(updated).toEqual({ ...channel, type: 'BASIC' });
  });

  test('UpdateChannel can set the name to the empty string', () => {
    const { context } = testContext();
    const arn = unwrap(createChannel(context(), { name: 'old' })).channel?.arn ?? '';
    expect(unwrap(updateChannel(context(), { arn, name: '' })).channel?.name).toBe('');
  });

  test('UpdateChannel of a live channel is ConflictException', () => {
    const { store, context } = testContext();
    const arn = unwrap(createChannel(context(), {})).channel?.arn ?? '';
    unwrap(store.tryStartStream(arn));
    expect(errorType(updateChannel(context(), { arn, name: 'x' }))).toBe('ConflictException');
    expect(context().partition.channels.get(arn)?.name).toBe('');
  });

  test('UpdateChannel of an unknown ARN is ResourceNotFoundException', () => {
    expect(errorType(updateChannel(testContext().context(), { arn: missing }))).toBe('ResourceNotFoundException');
  });

  test('ListChannels returns summaries without ingest endpoint, playback URL, SRT, multitrack or container format', () => {
    const { context } = testContext();
    const { channel } = unwrap(createChannel(context(), { name: 'n', tags: { t: '1' } }));
    expect(unwrap(listChannels(context(), {}))).toEqual({
      channels: [
        {
          arn: channel?.arn,
          name: 'n',
          latencyMode: 'LOW',
          authorized: false,
          recordingConfigurationArn: '',
          tags: { t: '1' },
          insecureIngest: false,
          type: 'STANDARD',
          playbackRestrictionPolicyArn: '',
          adConfigurationArn: '',
        },
      ],
    });
  });

  test('ListChannels filterByName keeps only exact name matches', () => {
    const { context } = testContext();
    for (const name of ['alpha', 'alphabet', 'alpha', '']) unwrap(createChannel(context(), { name }));
    expect(unwrap(listChannels(context(), { filterByName: 'alpha' })).channels.map((c) => c.name)).toEqual([
      'alpha',
      'alpha',
    ]);
    expect(unwrap(listChannels(context(), { filterByName: '' })).channels.map((c) => c.name)).toEqual(['']);
  });

  test('ListChannels with nothing to list returns an empty list and no token', () => {
    expect(unwrap(listChannels(testContext().context(), {}))).toEqual({ channels: [] });
  });

  test('BatchGetChannel returns known channels and one error per unknown ARN', () => {
    const { context } = testContext();
    const { channel } = unwrap(createChannel(context(), {}));
    const arn = channel?.arn ?? '';
    const result = unwrap(batchGetChannel(context(), { arns: [missing, arn, missing] }));
    expect(result.channels).toEqual([channel]);
    expect(result.errors).toEqual([{ arn: missing, code: 'ResourceNotFoundException', message: expect.any(String) }]);
  });
});
