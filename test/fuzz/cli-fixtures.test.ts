import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { operationNames } from '../../generated/operations.js';
import { main } from '../../src/cli/main.js';
import { generateFixtures } from '../../src/fuzz/index.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ivs-fixtures-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('ivs-contract fixtures', () => {
  test('prints the seeded data set on stdout when no output is given', async () => {
    const { io, out } = capture();
    expect(await main(['fixtures', '--seed', '42', '--channels', '25', '--live', '3'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual(generateFixtures({ seed: 42, channels: 25, liveStreams: 3 }));
  });

  test('the counts of recording configurations, policies and ad configurations are options', async () => {
    const { io, out } = capture();
    const args = ['--recording-configurations', '3', '--policies', '2', '--ad-configurations', '0'];
    expect(await main(['fixtures', '--seed', '5', ...args], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual(
      generateFixtures({ seed: 5, recordingConfigurations: 3, playbackRestrictionPolicies: 2, adConfigurations: 0 }),
    );
  });

  test('the counts of past stream sessions and playback key pairs are options', async () => {
    const { io, out } = capture();
    expect(await main(['fixtures', '--seed', '5', '--past-sessions', '4', '--key-pairs', '3'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual(generateFixtures({ seed: 5, pastStreamSessions: 4, playbackKeyPairs: 3 }));
  });

  test.each([
    ['--past-sessions', '100', /--past-sessions must be a whole number from 0 to 99/],
    ['--key-pairs', '4', /--key-pairs must be a whole number from 0 to 3/],
  ])('%s %s is a one-line usage error', async (flag, value, message) => {
    const { io, err } = capture();
    expect(await main(['fixtures', flag, value], io)).toBe(2);
    expect(err.join('')).toMatch(message);
  });

  test('too many recording configurations is a one-line usage error', async () => {
    const { io, err } = capture();
    expect(await main(['fixtures', '--recording-configurations', '21'], io)).not.toBe(0);
    expect(err.join('')).toMatch(/--recording-configurations must be a whole number from 0 to 20/);
  });

  test('--out writes the data set to a file', async () => {
    const dir = await tempDir();
    const { io, out } = capture();
    expect(await main(['fixtures', '--seed', '7', '--tags', '0', '--out', join(dir, 'fixtures.json')], io)).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'fixtures.json'), 'utf8'))).toEqual(
      generateFixtures({ seed: 7, tagsPerResource: 0 }),
    );
    expect(out).toEqual([`wrote ${join(dir, 'fixtures.json')} (5 channels, 1 live stream, seed 7)`]);
  });

  test('--out-dir --per-operation writes the snapshot and one response file per operation', async () => {
    const dir = await tempDir();
    const { io } = capture();
    expect(await main(['fixtures', '--seed', '42', '--out-dir', dir, '--per-operation'], io)).toBe(0);
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(operationNames.length + 1);
    expect(files).toContain('snapshot.json');
    const getChannel = JSON.parse(await readFile(join(dir, 'GetChannel.json'), 'utf8'));
    expect(getChannel).toMatchObject({ operation: 'GetChannel', status: 200, example: false });
  });

  test.each([
    ['a word where a number belongs', ['--channels', 'many'], "--channels must be a whole number (got 'many')"],
    [
      'more live streams than channels',
      ['--channels', '2', '--live', '3'],
      '--live must be a whole number from 0 to 2 (got 3)',
    ],
    ['too many tags', ['--tags', '51'], '--tags must be a whole number from 0 to 50 (got 51)'],
    ['a bad account id', ['--account', '42'], '--account must be 12 digits (got 42)'],
    ['both outputs', ['--out', 'a.json', '--out-dir', 'b'], 'use either --out or --out-dir, not both'],
    ['--per-operation without --out-dir', ['--per-operation'], '--per-operation needs --out-dir'],
    ['an unknown option', ['--colour'], "Unknown option '--colour'"],
    ['a stray argument', ['extra'], "unexpected argument 'extra'"],
  ])('refuses %s with one line and exit code 2', async (_name, args, message) => {
    const { io, err, out } = capture();
    expect(await main(['fixtures', ...args], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
    expect(out).toEqual([]);
  });
});
