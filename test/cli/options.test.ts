import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('bad option values, negative numbers included, get one clear line and exit code 2', () => {
  test.each([
    [['mock', '--port', '-1'], "ivs-contract mock: --port must be an integer from 0 to 65535, got '-1'"],
    [['mock', '--seed', '-5'], "ivs-contract mock: --seed must be an integer from 0 to 9007199254740991, got '-5'"],
    [['fixtures', '--channels', '-1'], 'ivs-contract fixtures: --channels'],
    [['fixtures', '--live', '-2'], 'ivs-contract fixtures: --live'],
    [['mock', '--port', 'abc'], "ivs-contract mock: --port must be an integer from 0 to 65535, got 'abc'"],
  ])('%j', async (args, line) => {
    const { io, err, out } = capture();
    expect(await main(args, io)).toBe(2);
    expect([err.length, out.length]).toEqual([1, 0]);
    expect(err[0]).toContain(line);
    expect(err[0]).not.toMatch(/ambiguous/);
  });

  test('an option that takes no value is still refused by node:util when given a negative number', async () => {
    const { io, err } = capture();
    expect(await main(['mock', '--auth', '-1'], io)).toBe(2);
    expect(err).toHaveLength(1);
  });
});

describe('ivs-contract --version', () => {
  test.each([['--version'], ['-v']])('%s prints the package version and exits 0', async (flag) => {
    const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    const { io, out } = capture();
    expect(await main([flag], io)).toBe(0);
    expect(out).toEqual([version]);
  });
});
