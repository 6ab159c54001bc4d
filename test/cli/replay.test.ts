import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseReplayArgs } from '../../src/cli/replay.js';
import { startMockServer } from '../../src/mock/server.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('ivs-contract replay arguments', () => {
  test('a file and an endpoint', () => {
    expect(parseReplayArgs(['run.jsonl', '--endpoint', 'http://127.0.0.1:4566'])).toEqual({
      file: 'run.jsonl',
      endpoint: 'http://127.0.0.1:4566',
      region: undefined,
      timeoutMs: 10_000,
    });
  });

  test.each([
    ['no file', ['--endpoint', 'http://127.0.0.1:1'], /replay needs the recording file/],
    ['no endpoint', ['run.jsonl'], /replay needs --endpoint URL/],
    ['a bad endpoint', ['run.jsonl', '--endpoint', 'ftp://x'], /--endpoint must be an http or https URL/],
    ['two files', ['a', 'b', '--endpoint', 'http://127.0.0.1:1'], /unexpected argument 'b'/],
    ['a bad timeout', ['a', '--endpoint', 'http://127.0.0.1:1', '--timeout-ms', '0'], /--timeout-ms must be/],
  ])('%s is a usage error with exit code 2', async (_name, args, message) => {
    const { io, err } = capture();
    expect(await main(['replay', ...args], io)).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });
});

describe('ivs-contract conformance --record, then ivs-contract replay', () => {
  test('a run recorded against the emulator replays against another emulator with no difference', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ivs-replay-'));
    const target = await startMockServer({ port: 0, host: '127.0.0.1', seed: 11 });
    try {
      const file = join(dir, 'run.jsonl');
      const recording = capture();
      expect(await main(['conformance', '--only', 'channelLifecycle', '--record', file], recording.io)).toBe(0);
      const lines = (await readFile(file, 'utf8')).trim().split('\n');
      expect(JSON.parse(lines[0] ?? '')).toMatchObject({ format: 'ivs-contract/recording@1' });
      const replay = capture();
      expect(await main(['replay', file, '--endpoint', target.url], replay.io)).toBe(0);
      expect(replay.out.join('\n')).toBe(`replay: all ${lines.length - 1} exchanges answered as recorded`);
    } finally {
      await target.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a file that is not a recording is a one-line error with exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ivs-replay-'));
    try {
      const file = join(dir, 'report.json');
      await writeFile(file, '{"format":"ivs-contract/conformance-report@1"}\n');
      const { io, err } = capture();
      expect(await main(['replay', file, '--endpoint', 'http://127.0.0.1:1'], io)).toBe(2);
      expect(err).toEqual([
        `ivs-contract replay: ${file} is not a recording: the first line does not name the format ivs-contract/recording@1`,
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('--record cannot go with --merge', async () => {
    const { io, err } = capture();
    expect(await main(['conformance', '--merge', 'a.json', '--record', 'x.jsonl'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/--record needs a run/);
  });
});
