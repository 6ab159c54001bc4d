import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('ivs-contract CLI', () => {
  test('--help lists the commands and exits 0', async () => {
    const { io, out } = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.join('\n')).toContain('Usage: ivs-contract <command>');
  });

  test('an unknown command is a one-line error with exit code 2', async () => {
    const { io, err } = capture();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/unknown command 'frobnicate'/);
  });
});
