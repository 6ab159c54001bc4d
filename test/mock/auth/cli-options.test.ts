import { describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { mockServerOptions } from '../../../src/cli/mock.js';

const env = { AWS_ACCESS_KEY_ID: 'AKIDFROMENV', AWS_SECRET_ACCESS_KEY: 'secret-from-env' };

describe('ivs-contract mock --auth and --credentials', () => {
  test('without --auth there is no verification', () => {
    expect(mockServerOptions([], env).auth).toBeUndefined();
  });

  test.each([
    [
      '--auth alone takes the pair in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY',
      ['--auth'],
      env,
      [{ accessKeyId: 'AKIDFROMENV', secretAccessKey: 'secret-from-env' }],
    ],
    [
      '--auth alone without that pair accepts test/test',
      ['--auth'],
      {},
      [{ accessKeyId: 'test', secretAccessKey: 'test' }],
    ],
    [
      '--auth alone with only half of the pair accepts test/test',
      ['--auth'],
      { AWS_ACCESS_KEY_ID: 'AKIDFROMENV' },
      [{ accessKeyId: 'test', secretAccessKey: 'test' }],
    ],
    [
      '--credentials replaces the environment',
      ['--auth', '--credentials', 'AKID:SECRET'],
      env,
      [{ accessKeyId: 'AKID', secretAccessKey: 'SECRET' }],
    ],
    [
      '--credentials repeats, and a third part is the account',
      ['--auth', '--credentials', 'AKID1:s/e+c=r', '--credentials', 'AKID2:other:210987654321'],
      {},
      [
        { accessKeyId: 'AKID1', secretAccessKey: 's/e+c=r' },
        { accessKeyId: 'AKID2', secretAccessKey: 'other', accountId: '210987654321' },
      ],
    ],
  ] as const)('%s', (_name, args, environment, want) => {
    expect(mockServerOptions(args, environment).auth).toEqual({ credentials: want });
  });

  test.each([
    ['no secret', ['--auth', '--credentials', 'AKID']],
    ['an empty secret', ['--auth', '--credentials', 'AKID:']],
    ['an empty key id', ['--auth', '--credentials', ':SECRET']],
    ['--credentials without --auth', ['--credentials', 'AKID:SECRET']],
  ])('%s is a one-line usage error with exit code 2', async (_name, args) => {
    const err: string[] = [];
    const code = await main(['mock', '--port', '0', ...args], { out: () => undefined, err: (text) => err.push(text) });
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^ivs-contract mock: --credentials /);
  });

  test('a malformed --credentials does not echo the secret', () => {
    expect(() => mockServerOptions(['--auth', '--credentials', 'AKID:top secret'], {})).toThrow(/got 'AKID:…'$/);
  });
});
