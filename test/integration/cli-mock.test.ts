import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CreateChannelCommand, IvsClient, ListChannelsCommand } from '@aws-sdk/client-ivs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { mockServerOptions } from '../../src/cli/mock.js';
import { generateFixtures } from '../../src/fuzz/index.js';
import { killChildren, spawnCli, startMockCli } from '../cli/cli-process.js';

const builtCommand = fileURLToPath(new URL('../../dist/src/cli/mock.js', import.meta.url));

function client(url: string): IvsClient {
  return new IvsClient({
    endpoint: url,
    region: 'us-west-2',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

async function createChannelArn(url: string): Promise<string> {
  const ivs = client(url);
  try {
    return (await ivs.send(new CreateChannelCommand({ name: 'cli' }))).channel?.arn ?? '';
  } finally {
    ivs.destroy();
  }
}

beforeAll(() => {
  if (!existsSync(builtCommand)) {
    throw new Error(
      `${builtCommand} is missing: run \`npm run build\` first (npm ci runs it through the prepare script)`,
    );
  }
});

afterEach(() => killChildren());

describe('ivs-contract mock as a child process', () => {
  test('prints one line with the URL, serves the SDK, and exits 0 on SIGTERM', async () => {
    const cli = await startMockCli([]);
    expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await createChannelArn(cli.url)).toMatch(/^arn:aws:ivs:us-west-2:123456789012:channel\//);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toMatchObject({ code: 0, signal: null });
  }, 60_000);

  test('exits 0 on SIGINT (Ctrl-C)', async () => {
    const cli = await startMockCli([]);
    cli.child.kill('SIGINT');
    expect((await cli.exited).code).toBe(0);
  }, 60_000);

  test('--account and --region shape the ARNs it hands out', async () => {
    const cli = await startMockCli(['--account', '111122223333', '--region', 'eu-west-1']);
    expect(await createChannelArn(cli.url)).toMatch(/^arn:aws:ivs:eu-west-1:111122223333:channel\//);
    cli.child.kill('SIGTERM');
    await cli.exited;
  }, 60_000);

  test('the same --seed gives the same ids in two runs', async () => {
    const arns: string[] = [];
    for (let run = 0; run < 2; run += 1) {
      const cli = await startMockCli(['--seed', '42']);
      arns.push(await createChannelArn(cli.url));
      cli.child.kill('SIGTERM');
      await cli.exited;
    }
    expect(arns[0]).toBe(arns[1]);
  }, 60_000);

  test('serves the control routes, and --no-control turns them off', async () => {
    const withControl = await startMockCli([]);
    const withoutControl = await startMockCli(['--no-control']);
    expect((await fetch(`${withControl.url}/_ivs-contract/reset`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(`${withoutControl.url}/_ivs-contract/reset`, { method: 'POST' })).status).toBe(404);
    withControl.child.kill('SIGTERM');
    withoutControl.child.kill('SIGTERM');
    await Promise.all([withControl.exited, withoutControl.exited]);
  }, 60_000);

  describe('--fixtures FILE', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'ivs-contract-fixtures-'));
      writeFileSync(join(dir, 'good.json'), JSON.stringify(generateFixtures({ seed: 7, channels: 3, liveStreams: 1 })));
      writeFileSync(join(dir, 'wrong-format.json'), JSON.stringify({ format: 'something-else', partitions: [] }));
      writeFileSync(join(dir, 'not-json.json'), '{ "format": ');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('loads the file at start, so its channels are there from the first call', async () => {
      const cli = await startMockCli(['--fixtures', join(dir, 'good.json')]);
      const ivs = client(cli.url);
      const { channels } = await ivs.send(new ListChannelsCommand({}));
      ivs.destroy();
      expect(channels).toHaveLength(3);
      cli.child.kill('SIGTERM');
      await cli.exited;
    }, 60_000);

    test.each([
      ['wrong-format.json', /is not a valid snapshot: The snapshot must be an object with "format"/],
      ['not-json.json', /is not JSON: /],
      ['missing.json', /cannot be read \(ENOENT\)/],
    ])(
      '%s is refused with one line and exit code 2',
      async (name, reason) => {
        const { exited } = spawnCli(['mock', '--port', '0', '--fixtures', join(dir, name)]);
        const { code, stderr } = await exited;
        expect(code).toBe(2);
        expect(stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(stderr).toMatch(new RegExp(`^ivs-contract mock: --fixtures \\S*${name} `));
        expect(stderr).toMatch(reason);
      },
      60_000,
    );
  });

  describe('a port already in use', () => {
    let blocker: Server;
    let port = 0;

    beforeAll(async () => {
      blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      port = (blocker.address() as { port: number }).port;
    });

    afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

    test('is a one-line error with exit code 2', async () => {
      const { exited } = spawnCli(['mock', '--port', String(port)]);
      const { code, stderr } = await exited;
      expect(code).toBe(2);
      expect(stderr).toBe(`ivs-contract mock: port ${port} on 127.0.0.1 is already in use\n`);
    }, 60_000);
  });
});

describe('ivs-contract mock options', () => {
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
  }

  test.each([
    ['a port out of range', ['--port', '70000'], "--port must be an integer from 0 to 65535, got '70000'"],
    ['a port that is no number', ['--port', 'http'], "--port must be an integer from 0 to 65535, got 'http'"],
    ['a short account id', ['--account', '123'], "--account must be a 12-digit account id, got '123'"],
    ['a malformed region', ['--region', 'Mars'], "--region must be a region name such as us-west-2, got 'Mars'"],
    ['a negative seed', ['--seed=-1'], "--seed must be an integer from 0 to 9007199254740991, got '-1'"],
    ['a fractional seed', ['--seed', '1.5'], "--seed must be an integer from 0 to 9007199254740991, got '1.5'"],
    ['an unknown option', ['--colour'], "Unknown option '--colour'"],
    ['a stray argument', ['now'], "unexpected argument 'now'"],
  ])('%s is a one-line usage error with exit code 2', async (_name, args, message) => {
    const { io, err } = capture();
    expect(await main(['mock', ...args], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
  });

  test('the defaults are 127.0.0.1:4566 with the control routes on', () => {
    expect(mockServerOptions([])).toEqual({ host: '127.0.0.1', port: 4566, control: true });
  });

  test('every option reaches the server options', () => {
    expect(
      mockServerOptions([
        '--host',
        '0.0.0.0',
        '--port',
        '0',
        '--account',
        '111122223333',
        '--region',
        'eu-west-1',
        '--seed',
        '9',
        '--no-control',
      ]),
    ).toEqual({
      host: '0.0.0.0',
      port: 0,
      control: false,
      accountId: '111122223333',
      region: 'eu-west-1',
      seed: 9,
    });
  });

  test('--help prints the usage and exits 0', async () => {
    const { io, out } = capture();
    expect(await main(['mock', '--help'], io)).toBe(0);
    expect(out.join('\n')).toContain('Usage: ivs-contract mock [options]');
  });
});
