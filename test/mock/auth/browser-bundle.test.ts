import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the auth option in the browser build of ivs-contract/mock', () => {
  test('bundles for the browser with the SigV4 verifier and nothing Node-only', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../../src/mock/index.ts', import.meta.url))],
      absWorkingDir: root,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/mock/auth/verify.ts');
    expect(
      inputs.filter((input) => /^node:|@smithy\/hash-node|node_modules\/(crypto|buffer|stream)\//.test(input)),
    ).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toMatch(/from\s*["']node:|require\(["'](node:)?crypto["']\)/);
  });
});
