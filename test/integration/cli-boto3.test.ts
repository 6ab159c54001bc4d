import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';
import { awsToolEnvironment, pythonPath, requireExecutable, runTool, type AwsToolEnvironment } from './cli-tools.js';

type Json = Record<string, unknown>;

interface ClientError {
  readonly code: string;
  readonly status: number;
  readonly modeled: string;
  readonly exceptionMessage: string;
}

interface Paginated {
  readonly pages: number;
  readonly items: readonly string[];
}

let server: RunningMockServer;
let tools: AwsToolEnvironment;
let seen: Json;

const errorOf = (key: string): ClientError => seen[key] as ClientError;
const pagesOf = (key: string): Paginated => seen[key] as Paginated;
const sorted = (items: readonly string[]): string[] => [...items].sort();

beforeAll(async () => {
  requireExecutable(pythonPath, 'install the Debian package python3-boto3');
  server = await startMockServer({ port: 0, seed: 5 });
  tools = awsToolEnvironment();
  const script = fileURLToPath(new URL('./cli-boto3-client.py', import.meta.url));
  const run = await runTool(pythonPath, [script, server.url], tools.env);
  if (run.code !== 0)
    throw new Error(`the boto3 client failed (${run.code}); is python3-boto3 installed? ${run.stderr.trim()}`);
  seen = JSON.parse(run.stdout) as Json;
}, 240_000);

afterAll(async () => {
  tools?.dispose();
  await server?.close();
});

describe('boto3 (Debian python3-boto3) against the mock server with endpoint_url', () => {
  test('create_channel returns the channel and a stream key of that channel', () => {
    const created = seen.CreateChannel as { channel: Json; streamKeyChannel: string };
    expect(created.channel).toMatchObject({
      name: 'boto',
      latencyMode: 'NORMAL',
      type: 'STANDARD',
      tags: { team: 'video' },
    });
    expect(created.streamKeyChannel).toBe(created.channel.arn);
  });

  test('get_channel and update_channel return the channel, updated only where asked', () => {
    expect(seen.GetChannel).toMatchObject({ name: 'boto', type: 'STANDARD' });
    expect(seen.UpdateChannel).toMatchObject({ name: 'boto', latencyMode: 'NORMAL', type: 'BASIC' });
  });

  test('batch_get_channel reports the unknown ARN in errors', () => {
    const batch = seen.BatchGetChannel as { channels: string[]; errors: string[]; missing: string };
    expect(batch.channels).toHaveLength(1);
    expect(batch.errors).toEqual([batch.missing]);
  });

  test('get_stream_key and batch_get_stream_key return the key', () => {
    const key = seen.GetStreamKey as Json;
    expect(key.value).toEqual(expect.any(String));
    expect(seen.BatchGetStreamKey).toEqual([key.arn]);
  });

  test('a second create_stream_key raises the modeled ServiceQuotaExceededException with status 402', () => {
    expect(errorOf('SecondStreamKey')).toMatchObject({
      code: 'ServiceQuotaExceededException',
      status: 402,
      modeled: 'ServiceQuotaExceededException',
    });
  });

  test('delete_stream_key then create_stream_key gives the channel a new key', () => {
    expect((seen.CreateStreamKey as Json).arn).not.toBe((seen.GetStreamKey as Json).arn);
  });

  test('tag_resource, untag_resource and list_tags_for_resource manage tags', () => {
    expect(seen.ListTagsForResource).toEqual({ team: 'video', stage: 'prod' });
  });

  test('get_stream parses startTime as a timestamp and reports the live stream', () => {
    expect(seen.GetStream).toMatchObject({ state: 'LIVE', health: 'HEALTHY', viewerCount: 2 });
    expect((seen.GetStream as Json).startTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  });

  test('put_metadata answers 204, stop_stream 200, and then the channel is not broadcasting', () => {
    expect([seen.PutMetadata, seen.StopStream]).toEqual([204, 200]);
    expect(errorOf('GetStreamOffline')).toMatchObject({
      code: 'ChannelNotBroadcasting',
      status: 404,
      modeled: 'ChannelNotBroadcasting',
    });
  });

  test('the list_channels paginator visits every channel once, one per page', () => {
    const channels = pagesOf('ListChannels');
    expect(sorted(channels.items)).toEqual(sorted(seen.channelArns as string[]));
    expect(channels.pages).toBe(channels.items.length);
  });

  test('the list_streams paginator visits every live channel once', () => {
    expect(sorted(pagesOf('ListStreams').items)).toEqual(sorted(seen.liveArns as string[]));
    expect(pagesOf('ListStreams').pages).toBe(3);
  });

  test('the list_stream_keys paginator returns the channel key', () => {
    expect(pagesOf('ListStreamKeys').items).toEqual([(seen.CreateStreamKey as Json).arn]);
  });

  test('delete_channel answers 204 and the channel is gone', () => {
    expect(seen.DeleteChannel).toBe(204);
    expect(errorOf('GetDeleted')).toMatchObject({
      code: 'ResourceNotFoundException',
      status: 404,
      modeled: 'ResourceNotFoundException',
    });
  });

  test('a constraint violation raises ValidationException whose exceptionMessage names the member', () => {
    expect(errorOf('Validation')).toMatchObject({
      code: 'ValidationException',
      status: 400,
      modeled: 'ValidationException',
    });
    expect(errorOf('Validation').exceptionMessage).toMatch(/name/);
  });

  test('a garbage nextToken raises ValidationException', () => {
    expect(errorOf('BadToken')).toMatchObject({ code: 'ValidationException', status: 400 });
  });
});
