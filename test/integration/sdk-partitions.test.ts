import {
  CreateChannelCommand,
  GetChannelCommand,
  GetStreamCommand,
  ListChannelsCommand,
  ListStreamsCommand,
  PutMetadataCommand,
} from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { SNAPSHOT_FORMAT } from '../../src/state/snapshot.js';
import { rejection, useIvsMock } from './sdk-harness.js';

const mock = useIvsMock({ accounts: { AKIDTEAMB: '222222222222' }, controlRoutes: true });
const teamB = { accessKeyId: 'AKIDTEAMB', secretAccessKey: 'y' };
const control = (path: string, body?: unknown) =>
  fetch(
    `http://localhost:4566/_ivs-contract/${path}`,
    body === undefined
      ? { method: path === 'snapshot' ? 'GET' : 'POST' }
      : { method: 'POST', body: JSON.stringify(body) },
  );

describe('state is partitioned by account and region', () => {
  test('callers with different credentials see only their own channels', async () => {
    const a = await mock.client().send(new CreateChannelCommand({ name: 'a' }));
    const b = await mock.client({ credentials: teamB }).send(new CreateChannelCommand({ name: 'b' }));
    expect(a.channel?.arn).toContain(':123456789012:');
    expect(b.channel?.arn).toContain(':222222222222:');
    expect((await mock.client().send(new ListChannelsCommand({}))).channels?.map((c) => c.name)).toEqual(['a']);
    expect(
      (await mock.client({ credentials: teamB }).send(new ListChannelsCommand({}))).channels?.map((c) => c.name),
    ).toEqual(['b']);
    expect((await rejection(mock.client().send(new GetChannelCommand({ arn: b.channel?.arn ?? '' })))).name).toBe(
      'ResourceNotFoundException',
    );
  });

  test('callers in different regions see only their region', async () => {
    await mock.client({ region: 'eu-west-1' }).send(new CreateChannelCommand({ name: 'eu' }));
    expect((await mock.client({ region: 'us-east-1' }).send(new ListChannelsCommand({}))).channels).toEqual([]);
    expect(
      (await mock.client({ region: 'eu-west-1' }).send(new ListChannelsCommand({}))).channels?.map((c) => c.name),
    ).toEqual(['eu']);
  });

  test('store.startStream finds the partition from the ARN', async () => {
    const b = await mock.client({ credentials: teamB, region: 'eu-west-1' }).send(new CreateChannelCommand({}));
    mock.store.startStream(b.channel?.arn ?? '');
    expect(
      (await mock.client({ credentials: teamB, region: 'eu-west-1' }).send(new ListStreamsCommand({}))).streams,
    ).toHaveLength(1);
    expect((await mock.client().send(new ListStreamsCommand({}))).streams).toEqual([]);
  });

  test('the PutMetadata limit follows the injected clock', async () => {
    const { channel } = await mock.client().send(new CreateChannelCommand({}));
    const channelArn = channel?.arn ?? '';
    mock.store.startStream(channelArn);
    const client = mock.client({ maxAttempts: 1 });
    for (let i = 0; i < 5; i += 1) await client.send(new PutMetadataCommand({ channelArn, metadata: 'm' }));
    expect((await rejection(client.send(new PutMetadataCommand({ channelArn, metadata: 'm' })))).name).toBe(
      'ThrottlingException',
    );
    mock.setTime(mock.now() + 1000);
    expect((await client.send(new PutMetadataCommand({ channelArn, metadata: 'm' }))).$metadata.httpStatusCode).toBe(
      204,
    );
  });
});

describe('snapshot and restore', () => {
  test('a snapshot restored after a reset brings every partition back', async () => {
    await mock.client().send(new CreateChannelCommand({ name: 'kept', tags: { t: '1' } }));
    await mock.client({ credentials: teamB, region: 'ap-south-1' }).send(new CreateChannelCommand({ name: 'other' }));
    const snapshot = mock.store.snapshot();
    mock.store.reset();
    expect((await mock.client().send(new ListChannelsCommand({}))).channels).toEqual([]);
    expect(mock.store.tryRestore(snapshot).ok).toBe(true);
    expect((await mock.client().send(new ListChannelsCommand({}))).channels?.map((c) => [c.name, c.tags])).toEqual([
      ['kept', { t: '1' }],
    ]);
    expect(
      (await mock.client({ credentials: teamB, region: 'ap-south-1' }).send(new ListChannelsCommand({}))).channels,
    ).toHaveLength(1);
  });

  test('restored live streams answer GetStream', async () => {
    const arn = 'arn:aws:ivs:us-west-2:123456789012:channel/restoredChan';
    const restored = mock.store.tryRestore({
      format: SNAPSHOT_FORMAT,
      partitions: [
        {
          accountId: '123456789012',
          region: 'us-west-2',
          channels: [
            {
              arn,
              name: 'r',
              latencyMode: 'NORMAL',
              type: 'BASIC',
              ingestEndpoint: 'abc.global-contribute.live-video.net',
              playbackUrl: 'https://abc/x.m3u8',
              tags: {},
            },
          ],
          streamKeys: [],
          streams: [
            {
              channelArn: arn,
              playbackUrl: 'https://abc/x.m3u8',
              startTime: '2020-05-05T21:55:38Z',
              state: 'LIVE',
              health: 'UNKNOWN',
              viewerCount: 9,
            },
          ],
        },
      ],
    });
    expect(restored.ok).toBe(true);
    const { stream } = await mock.client().send(new GetStreamCommand({ channelArn: arn }));
    expect(stream).toMatchObject({ startTime: new Date('2020-05-05T21:55:38Z'), health: 'UNKNOWN', viewerCount: 9 });
  });
});

describe('control routes (controlRoutes: true)', () => {
  test('streams/start and streams/stop put a channel on and off the air', async () => {
    const { channel } = await mock.client().send(new CreateChannelCommand({}));
    const started = await control('streams/start', { channelArn: channel?.arn, health: 'STARVING', viewerCount: 4 });
    expect(started.status).toBe(200);
    expect(((await started.json()) as { stream: { health: string } }).stream.health).toBe('STARVING');
    expect((await mock.client().send(new ListStreamsCommand({}))).streams?.map((s) => s.viewerCount)).toEqual([4]);
    expect((await control('streams/stop', { channelArn: channel?.arn })).status).toBe(200);
    expect((await mock.client().send(new ListStreamsCommand({}))).streams).toEqual([]);
  });

  test('snapshot, reset and restore round-trip the state', async () => {
    await mock.client().send(new CreateChannelCommand({ name: 'x' }));
    const snapshot: unknown = await (await control('snapshot')).json();
    expect((await control('reset')).status).toBe(200);
    expect((await mock.client().send(new ListChannelsCommand({}))).channels).toEqual([]);
    expect((await control('restore', snapshot)).status).toBe(200);
    expect((await mock.client().send(new ListChannelsCommand({}))).channels?.map((c) => c.name)).toEqual(['x']);
  });

  test.each([
    [
      'streams/start of an unknown channel',
      'streams/start',
      { channelArn: 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh' },
      404,
      'ResourceNotFoundException',
    ],
    [
      'streams/stop of an unknown channel',
      'streams/stop',
      { channelArn: 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh' },
      404,
      'ResourceNotFoundException',
    ],
    ['streams/start without channelArn', 'streams/start', {}, 400, 'ValidationException'],
    ['restore of a bad snapshot', 'restore', { format: 'nope' }, 400, 'ValidationException'],
  ])('%s is an AWS-style error', async (_name, path, body, status, type) => {
    const response = await control(path, body);
    expect([response.status, response.headers.get('x-amzn-ErrorType')]).toEqual([status, type]);
  });

  test('a malformed control body is SerializationException', async () => {
    const response = await fetch('http://localhost:4566/_ivs-contract/restore', { method: 'POST', body: '{' });
    expect([response.status, response.headers.get('x-amzn-ErrorType')]).toEqual([400, 'SerializationException']);
  });
});
