import { describe, expect, test } from 'vitest';
import { createChannel } from '../../src/mock/resources/channels/behaviours.js';
import { getStream, listStreams, putMetadata, stopStream } from '../../src/mock/resources/streams/behaviours.js';
import { errorType, testContext, unwrap } from './context.js';

const missing = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';

function liveChannel() {
  const setup = testContext();
  const { channel } = unwrap(createChannel(setup.context(), {}));
  const channelArn = channel?.arn ?? '';
  unwrap(setup.store.tryStartStream(channelArn, { viewerCount: 5 }));
  return { ...setup, channelArn, playbackUrl: channel?.playbackUrl };
}

describe('stream behaviours', () => {
  test('GetStream returns the live stream with an ISO 8601 start time', () => {
    const { context, channelArn, playbackUrl } = liveChannel();
    expect(unwrap(getStream(context(), { channelArn }))).toEqual({
      stream: {
        channelArn,
        streamId: expect.stringMatching(/^st-[a-zA-Z0-9]{23}$/),
        playbackUrl,
        startTime: '2026-01-02T03:04:05Z',
        state: 'LIVE',
        health: 'HEALTHY',
        viewerCount: 5,
      },
    });
  });

  test.each([
    ['GetStream', getStream],
    ['StopStream', stopStream],
  ] as const)(
    '%s on an offline channel is ChannelNotBroadcasting, on an unknown one ResourceNotFoundException',
    (_name, behaviour) => {
      const { context } = testContext();
      const arn = unwrap(createChannel(context(), {})).channel?.arn ?? '';
      expect(errorType(behaviour(context(), { channelArn: arn }))).toBe('ChannelNotBroadcasting');
      expect(errorType(behaviour(context(), { channelArn: missing }))).toBe('ResourceNotFoundException');
    },
  );

  test('StopStream ends the stream', () => {
    const { context, channelArn } = liveChannel();
    expect(unwrap(stopStream(context(), { channelArn }))).toEqual({});
    expect(errorType(getStream(context(), { channelArn }))).toBe('ChannelNotBroadcasting');
    expect(unwrap(listStreams(context(), {}))).toEqual({ streams: [] });
  });

  test('ListStreams lists only live channels, as summaries without playback URL', () => {
    const { context, channelArn } = liveChannel();
    unwrap(createChannel(context(), {}));
    expect(unwrap(listStreams(context(), {}))).toEqual({
      streams: [
        {
          channelArn,
          streamId: expect.stringMatching(/^st-/),
          state: 'LIVE',
          health: 'HEALTHY',
          viewerCount: 5,
          startTime: '2026-01-02T03:04:05Z',
        },
      ],
    });
  });

  test('PutMetadata on an offline channel is ChannelNotBroadcasting', () => {
    const { context } = testContext();
    const channelArn = unwrap(createChannel(context(), {})).channel?.arn ?? '';
    expect(errorType(putMetadata(context(), { channelArn, metadata: 'x' }))).toBe('ChannelNotBroadcasting');
  });

  test('PutMetadata on an unknown channel is ResourceNotFoundException', () => {
    expect(errorType(putMetadata(testContext().context(), { channelArn: missing, metadata: 'x' }))).toBe(
      'ResourceNotFoundException',
    );
  });

  test('PutMetadata accepts 5 calls per second per channel and throttles the 6th', () => {
    const { context, channelArn } = liveChannel();
    for (let i = 0; i < 5; i += 1) unwrap(putMetadata(context(), { channelArn, metadata: `m${i}` }));
    expect(errorType(putMetadata(context(), { channelArn, metadata: 'm5' }))).toBe('ThrottlingException');
  });

  test('PutMetadata tokens refill at 5 per second', () => {
    const { context, channelArn, setTime } = liveChannel();
    const start = context().now;
    for (let i = 0; i < 5; i += 1) unwrap(putMetadata(context(), { channelArn, metadata: 'm' }));
    setTime(start + 199);
    expect(errorType(putMetadata(context(), { channelArn, metadata: 'm' }))).toBe('ThrottlingException');
    setTime(start + 200);
    expect(unwrap(putMetadata(context(), { channelArn, metadata: 'm' }))).toEqual({});
    expect(errorType(putMetadata(context(), { channelArn, metadata: 'm' }))).toBe('ThrottlingException');
    setTime(start + 10_000);
    for (let i = 0; i < 5; i += 1) unwrap(putMetadata(context(), { channelArn, metadata: 'm' }));
    expect(errorType(putMetadata(context(), { channelArn, metadata: 'm' }))).toBe('ThrottlingException');
  });

  test('the PutMetadata limit is per channel', () => {
    const { store, context, channelArn } = liveChannel();
    const other = unwrap(createChannel(context(), {})).channel?.arn ?? '';
    unwrap(store.tryStartStream(other));
    for (let i = 0; i < 5; i += 1) unwrap(putMetadata(context(), { channelArn, metadata: 'm' }));
    expect(unwrap(putMetadata(context(), { channelArn: other, metadata: 'm' }))).toEqual({});
  });
});
