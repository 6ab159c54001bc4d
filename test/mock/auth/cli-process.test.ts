import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IvsClient, ListChannelsCommand } from '@aws-sdk/client-ivs';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const launcher = fileURLToPath(new URL('../../../bin/ivs-contract.js', import.meta.url));
const builtVerifier = fileURLToPath(new URL('../../../dist/src/mock/auth/verify.js', import.meta.url));
const running: ChildProcess[] = [];

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

/** Starts `ivs-contract mock` with the given arguments and waits for its URL line. */
function startCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, [launcher, 'mock', '--port', '0', ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (data: Buffer) => {
      stdout += data.toString('utf8');
      const url = /^ivs-contract mock listening on (http:\/\/\S+)$/m.exec(stdout)?.[1];
      if (url !== undefined) resolve({ child, url, stderr: () => stderr, exited });
    });
    void exited.then((code) => reject(new Error(`ivs-contract mock exited with ${code} before listening: ${stderr}`)));
  });
}

beforeAll(() => {
  if (!existsSync(builtVerifier))
    throw new Error(
      `${builtVerifier} is missing: run \`npm run build\` first (npm ci runs it through the prepare script)`,
    );
});

afterEach(() => {
  for (const child of running.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('ivs-contract mock --auth as a child process', () => {
  test('--auth without --credentials accepts the pair in the environment and refuses other secrets', async () => {
    const cli = await startCli(['--auth'], {
      PATH: process.env.PATH,
      AWS_ACCESS_KEY_ID: 'AKIDENV',
      AWS_SECRET_ACCESS_KEY: 'env-secret',
    });
    const call = (secretAccessKey: string): Promise<unknown> => {
      const ivs = new IvsClient({
        endpoint: cli.url,
        region: 'us-west-2',
        credentials: { accessKeyId: 'AKIDENV', secretAccessKey },
        maxAttempts: 1,
      });
      return ivs.send(new ListChannelsCommand({})).finally(() => ivs.destroy());
    };
    await expect(call('env-secret')).resolves.toMatchObject({ channels: [] });
    await expect(call('other')).rejects.toMatchObject({ name: 'InvalidSignatureException' });
    expect(cli.stderr()).toContain('SigV4 verification on; access keys accepted: AKIDENV');
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  test('a malformed --credentials exits 2 with one line on stderr', async () => {
    const child = spawn(process.execPath, [launcher, 'mock', '--auth', '--credentials', 'no-secret'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    let stderr = '';
    child.stderr?.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^ivs-contract mock: --credentials must be KEYID:SECRET/),
    ]);
  });
});
