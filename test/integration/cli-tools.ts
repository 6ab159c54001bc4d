import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateChannelCommand, IvsClient } from '@aws-sdk/client-ivs';

/** Debian's AWS CLI (package `awscli`); an absolute path so a pyenv or pip copy cannot shadow it. */
export const awsCliPath = '/usr/bin/aws';
/** Debian's Python, which sees Debian's `python3-boto3`. */
export const pythonPath = '/usr/bin/python3';

/** Throws one clear line when a tool the test needs is not installed. */
export function requireExecutable(path: string, installHint: string): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`${path} is missing: ${installHint} (the apt-get line in .ci/install installs it)`);
  }
}

/** What a finished child process left behind. */
export interface ToolRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program without blocking the event loop (the in-process server must keep answering), feeding `input` to its stdin. */
export function runTool(file: string, args: readonly string[], env: NodeJS.ProcessEnv, input = ''): Promise<ToolRun> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      [...args],
      { env, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}

/** A private HOME and dummy credentials, so the AWS tools read no user config and never ask the EC2 metadata service. */
export interface AwsToolEnvironment {
  readonly env: NodeJS.ProcessEnv;
  /** Removes the temporary HOME. */
  readonly dispose: () => void;
}

/** Makes the environment the AWS CLI and boto3 run in during tests. */
export function awsToolEnvironment(): AwsToolEnvironment {
  const home = mkdtempSync(join(tmpdir(), 'ivs-contract-aws-'));
  const env: NodeJS.ProcessEnv = {
    PATH: '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: 'us-west-2',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    AWS_DEFAULT_OUTPUT: 'json',
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
  };
  return { env, dispose: () => rmSync(home, { recursive: true, force: true }) };
}

/** An SDK client for setting up state quickly in-process, so each tool call under test stands alone. */
export function setupClient(url: string, region = 'us-west-2'): IvsClient {
  return new IvsClient({
    endpoint: url,
    region,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

/** Creates a channel through the SDK and returns its ARN and its stream key's ARN. */
export async function seedChannel(
  client: IvsClient,
  name: string,
): Promise<{ channelArn: string; streamKeyArn: string }> {
  const created = await client.send(new CreateChannelCommand({ name }));
  return { channelArn: created.channel?.arn ?? '', streamKeyArn: created.streamKey?.arn ?? '' };
}

/** Puts a channel on air through the server's control route. */
export async function goLive(url: string, channelArn: string): Promise<void> {
  const response = await fetch(`${url}/_ivs-contract/streams/start`, {
    method: 'POST',
    body: JSON.stringify({ channelArn, viewerCount: 1 }),
  });
  if (!response.ok) throw new Error(`streams/start failed with ${response.status}: ${await response.text()}`);
}
