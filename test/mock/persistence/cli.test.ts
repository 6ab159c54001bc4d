import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { mockServerOptions } from '../../../src/cli/mock.js';
import { killChildren, spawnCli, startMockCli } from '../../cli/cli-process.js';
import { tempDir } from './helpers.js';

const builtCommand = fileURLToPath(new URL('../../../dist/src/cli/mock.js', import.meta.url));

// A module hook that makes better-sqlite3 unresolvable, as if it were not installed.
const hideSqlite = `export async function resolve(specifier, context, next) {
  if (specifier === 'better-sqlite3') throw Object.assign(new Error("Cannot find package 'better-sqlite3'"), { code: 'ERR_MODULE_NOT_FOUND' });
  return next(specifier, context);
}`;
const withoutSqlite = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hideSqlite)}`)});`,
)}`;

let temp: ReturnType<typeof tempDir>;

beforeAll(() => {
  if (!existsSync(builtCommand))
    throw new Error(
      `${builtCommand} is missing: run \`npm run build\` first (npm ci runs it through the prepare script)`,
    );
});

beforeEach(() => {
  temp = tempDir();
});

afterEach(() => {
  killChildren();
  temp.remove();
});

function capture(): { io: { out: (t: string) => void; err: (t: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

describe('ivs-contract mock --state-file', () => {
  test('passes the path to the server, and no path means memory only', () => {
    expect(mockServerOptions(['--state-file', 'a/state.db'])).toMatchObject({ stateFile: 'a/state.db' });
    expect(mockServerOptions([])).not.toHaveProperty('stateFile');
  });

  test('an empty path is a usage error', () => {
    expect(() => mockServerOptions(['--state-file', ''])).toThrow('--state-file needs a path');
  });

  test('a file that is not a state database is one line, exit 2, and the file is left as it was', async () => {
    const path = `${temp.dir}/notes.txt`;
    writeFileSync(path, 'my notes\n');
    const { io, out, err } = capture();
    expect(await main(['mock', '--port', '0', '--state-file', path], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `ivs-contract mock: ${path} is not an ivs-contract state file (not an SQLite database); it was left untouched`,
    ]);
    expect(readFileSync(path, 'utf8')).toBe('my notes\n');
  });

  test('without better-sqlite3 installed it says how to install it, exit 2', async () => {
    const cli = spawnCli(['mock', '--port', '0', '--state-file', `${temp.dir}/state.db`], {
      nodeArgs: ['--import', withoutSqlite],
    });
    const { code, stderr } = await cli.exited;
    expect(code).toBe(2);
    expect(stderr).toBe(
      'ivs-contract mock --state-file needs the better-sqlite3 package (npm install better-sqlite3@12)\n',
    );
    expect(existsSync(`${temp.dir}/state.db`)).toBe(false);
  }, 60_000);

  test('without --state-file the server runs even when better-sqlite3 is missing', async () => {
    const cli = spawnCli(['mock', '--port', '0'], { nodeArgs: ['--import', withoutSqlite] });
    await new Promise<void>((resolve) =>
      cli.child.stdout?.on('data', () => /listening on/.test(cli.stdout()) && resolve()),
    );
    cli.child.kill('SIGTERM');
    expect((await cli.exited).code).toBe(0);
  }, 60_000);

  test('state survives an orderly stop and start, and the start says how much it loaded', async () => {
    const path = `${temp.dir}/state.db`;
    const first = await startMockCli(['--state-file', path]);
    const created = await fetch(`${first.url}/CreateChannel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"kept"}',
    });
    const { channel } = (await created.json()) as { channel: { arn: string } };
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    const second = await startMockCli(['--state-file', path]);
    const got = await fetch(`${second.url}/GetChannel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ arn: channel.arn }),
    });
    expect(got.status).toBe(200);
    second.child.kill('SIGTERM');
    expect((await second.exited).stderr).toContain(`ivs-contract mock: state kept in ${path} (1 channel loaded)`);
  }, 60_000);

  test('a second server on the same file is refused while the first runs', async () => {
    const path = `${temp.dir}/state.db`;
    const first = await startMockCli(['--state-file', path]);
    const second = spawnCli(['mock', '--port', '0', '--state-file', path]);
    const { code, stderr } = await second.exited;
    expect(code).toBe(2);
    expect(stderr).toBe(`ivs-contract mock: the state file ${path} is in use by another process\n`);
    first.child.kill('SIGTERM');
    await first.exited;
  }, 60_000);
});
