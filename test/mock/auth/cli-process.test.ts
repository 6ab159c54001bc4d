import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IvsClient, ListChannelsCommand } from '@aws-sdk/client-ivs';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { killChildren, spawnCli, startMockCli } from '../../cli/cli-process.js';

const builtVerifier = fileURLToPath(new URL('../../../dist/src/mock/auth/verify.js', import.meta.url));

beforeAll(() => {
  if (!existsSync(builtVerifier))
    throw new Error(
      `${builtVerifier} is missing: run \`npm run build\` first (npm ci runs it through the prepare script)`,
    );
});

afterEach(() => killChildren());

describe('ivs-contract mock --auth as a child process', () => {
  test('--auth without --credentials accepts the pair in the environment and refuses other secrets', async () => {
    const cli = await startMockCli(['--auth'], {
      env: { PATH: process.env.PATH, AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: 'env-secret' },
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
    expect((await cli.exited).code).toBe(0);
  });

  test('a malformed --credentials exits 2 with one line on stderr', async () => {
    const { code, stderr } = await spawnCli(['mock', '--auth', '--credentials', 'no-secret']).exited;
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^ivs-contract mock: --credentials must be KEYID:SECRET/),
    ]);
  });
});
