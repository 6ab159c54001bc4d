import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Imports a package subpath the way a user's Node program would (by the package name) and lists its exports. */
function exportsOf(specifier: string): string[] {
  const script = `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m).sort()));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out) as string[];
}

describe('the published entry points (built dist/, imported by package name)', () => {
  test('dist/ exists, because `npm ci` builds it through `prepare`', () => {
    expect(existsSync(resolve(root, 'dist/src/index.js')), 'run `npm run build`').toBe(true);
  });

  test.each([
    [
      'ivs-contract',
      ['operations', 'operationNames', 'service', 'errors', 'inputValidators', 'inputSchemas', 'ChannelType'],
    ],
    ['ivs-contract/mock', ['ivsHandlers', 'createIvsStore', 'createFaultController']],
    ['ivs-contract/mock/server', ['startMockServer']],
    [
      'ivs-contract/fuzz',
      ['inputArbitrary', 'invalidInputArbitrary', 'outputArbitrary', 'ivsCommands', 'generateFixtures'],
    ],
    ['ivs-contract/conformance', ['runConformance', 'allChecks', 'mergeReports']],
  ])('%s exports %j', (specifier, names) => {
    expect(exportsOf(specifier)).toEqual(expect.arrayContaining(names));
  });

  test("the mock entry point does not load ajv's schema compiler (validators are precompiled)", () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "await import('ivs-contract/mock');",
      'const loaded = Object.keys(createRequire(import.meta.url).cache);',
      'console.log(JSON.stringify(loaded.filter((p) => /ajv\\/dist\\/(core|compile)/.test(p))));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([]);
  });

  test('JSON schemas and the OpenAPI document resolve as package files', () => {
    const script =
      "import { createRequire } from 'node:module'; const r = createRequire(import.meta.url);" +
      "console.log(JSON.stringify([r.resolve('ivs-contract/openapi.json'), r.resolve('ivs-contract/schemas/shapes/Channel.schema.json')]));";
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }),
    ) as string[];
    expect(out.map((p) => p.replace(root, ''))).toEqual([
      '/generated/openapi.json',
      '/generated/schemas/shapes/Channel.schema.json',
    ]);
  });
});
