import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateChannelCommand, IvsClient } from '@aws-sdk/client-ivs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mockServerOptions } from '../../../src/cli/mock.js';
import { startMockServer, type RunningMockServer } from '../../../src/mock/server.js';
import {
  awsCliPath,
  awsToolEnvironment,
  pythonPath,
  requireExecutable,
  runTool,
  type AwsToolEnvironment,
  type ToolRun,
} from '../../integration/cli-tools.js';

type Json = Record<string, unknown>;

let server: RunningMockServer;
let tools: AwsToolEnvironment;
let boto3: Json;
let cli: ToolRun[];
let channelArn: string;

beforeAll(async () => {
  requireExecutable(pythonPath, 'install the Debian package python3-boto3');
  requireExecutable(awsCliPath, 'install the Debian package awscli');
  server = await startMockServer({
    ...mockServerOptions(['--port', '0', '--auth', '--credentials', 'AKIDTOOLS:tools-secret'], {}),
    seed: 9,
  });
  tools = awsToolEnvironment();
  // The tools find their keys in a shared credentials file: the default profile is right, the `wrong` one has a wrong secret.
  const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...env } = tools.env;
  writeFileSync(
    env.AWS_SHARED_CREDENTIALS_FILE ?? join(env.HOME ?? '', 'credentials'),
    '[default]\naws_access_key_id = AKIDTOOLS\naws_secret_access_key = tools-secret\n\n[wrong]\naws_access_key_id = AKIDTOOLS\naws_secret_access_key = not-the-secret\n',
  );
  const sdk = new IvsClient({
    endpoint: server.url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDTOOLS', secretAccessKey: 'tools-secret' },
    maxAttempts: 1,
  });
  channelArn = (await sdk.send(new CreateChannelCommand({ name: 'for-cli' }))).channel?.arn ?? '';
  sdk.destroy();
  const aws = (...args: string[]): string[] => ['ivs', ...args, '--endpoint-url', server.url, '--region', 'eu-west-1'];
  const commands = [
    aws('get-channel', '--arn', channelArn),
    aws('tag-resource', '--resource-arn', channelArn, '--tags', 'a=1,b=2,c=3'),
    aws('untag-resource', '--resource-arn', channelArn, '--tag-keys', 'a', 'b'),
    aws('list-tags-for-resource', '--resource-arn', channelArn),
    aws('list-channels'),
    aws('get-channel', '--arn', channelArn, '--profile', 'wrong'),
  ];
  const [botoRun, batch] = await Promise.all([
    runTool(
      pythonPath,
      [
        fileURLToPath(new URL('./boto3-signed.py', import.meta.url)),
        server.url,
        'AKIDTOOLS',
        'tools-secret',
        'not-the-secret',
      ],
      env,
    ),
    runTool(
      pythonPath,
      [fileURLToPath(new URL('../../integration/cli-aws-batch.py', import.meta.url))],
      env,
      JSON.stringify(commands),
    ),
  ]);
  if (botoRun.code !== 0) throw new Error(`the boto3 client failed (${botoRun.code}): ${botoRun.stderr.trim()}`);
  if (batch.code !== 0) throw new Error(`the AWS CLI batch failed (${batch.code}): ${batch.stderr.trim()}`);
  boto3 = JSON.parse(botoRun.stdout) as Json;
  cli = JSON.parse(batch.stdout) as ToolRun[];
}, 240_000);

afterAll(async () => {
  tools?.dispose();
  await server?.close();
});

function json(run: ToolRun | undefined): Json {
  if (run === undefined) throw new Error('the command did not run');
  if (run.code !== 0) throw new Error(`exited ${run.code}: ${run.stderr.trim()}`);
  return run.stdout.trim() === '' ? {} : (JSON.parse(run.stdout) as Json);
}

describe('boto3 (Debian python3-boto3) against ivs-contract mock --auth --credentials AKID:SECRET', () => {
  test('create_channel and get_channel pass with the right secret', () => {
    expect(boto3.created).toMatch(/^arn:aws:ivs:us-west-2:123456789012:channel\//);
    expect(boto3.got).toBe('boto-signed');
  });

  test('tag_resource, untag_resource (repeated tagKeys, one with a space) and list_tags_for_resource pass on the percent-encoded /tags/{arn}', () => {
    expect(boto3.tags).toEqual({ team: 'video', b: '2' });
  });

  test('list_channels passes', () => {
    expect(boto3.listed).toEqual([boto3.created]);
  });

  test('a wrong secret raises InvalidSignatureException with status 403', () => {
    expect(boto3.wrongSecret).toEqual({ code: 'InvalidSignatureException', status: 403 });
  });
});

describe('the AWS CLI (Debian awscli) against ivs-contract mock --auth --credentials AKID:SECRET', () => {
  test('get-channel passes with the right secret', () => {
    expect(json(cli[0]).channel).toMatchObject({ arn: channelArn, name: 'for-cli' });
  });

  test('tag-resource, untag-resource with repeated --tag-keys and list-tags-for-resource pass', () => {
    expect([cli[1]?.code, cli[2]?.code]).toEqual([0, 0]);
    expect(json(cli[3]).tags).toEqual({ c: '3' });
  });

  test('list-channels passes', () => {
    expect((json(cli[4]).channels as { arn: string }[]).map((channel) => channel.arn)).toEqual([channelArn]);
  });

  test('a wrong secret fails naming InvalidSignatureException', () => {
    expect(cli[5]?.code).toBe(254);
    expect(cli[5]?.stderr).toContain(
      'An error occurred (InvalidSignatureException) when calling the GetChannel operation',
    );
  });
});
