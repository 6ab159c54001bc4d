import { describe, expect, test } from 'vitest';
import { conformanceCredentials } from '../../src/cli/conformance-credentials.js';

describe('conformanceCredentials', () => {
  test("a loopback endpoint without key variables uses the client's dummy credentials", async () => {
    expect(await conformanceCredentials('http://127.0.0.1:4566', {})).toBeUndefined();
  });

  test('a loopback endpoint is signed with the key pair from the environment when both are set', async () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKIDLOCAL', AWS_SECRET_ACCESS_KEY: 'local-secret' };
    expect(await conformanceCredentials('http://localhost:4566', env)).toEqual({
      accessKeyId: 'AKIDLOCAL',
      secretAccessKey: 'local-secret',
    });
  });

  test('half a key pair is not used', async () => {
    expect(await conformanceCredentials('http://[::1]:4566', { AWS_ACCESS_KEY_ID: 'AKIDLOCAL' })).toBeUndefined();
  });
});
