import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runnableReadmes, typeScriptBlocks } from '../readme/readme-blocks.js';

// Installs the packed tarball into a scratch app the way a user would, msw being the app's own dependency.
const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const dev = manifest.devDependencies;
/** The oldest msw of the peer range (`>=X.Y.Z <3`), installed by the last test. */
const oldestMsw = /^>=(\d+\.\d+\.\d+)/.exec(manifest.peerDependencies['msw'] ?? '')?.[1] ?? '';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// The scratch app's own Vitest must not think it runs inside ours.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$)/.test(name)));
const run = (command: string, args: readonly string[], cwd: string): string =>
  execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: 'pipe', timeout: 240_000 });
const install = (app: string, specs: readonly string[]): string =>
  run(
    npm,
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...specs],
    app,
  );

let scratch = '';
let app = '';
let packed: readonly string[] = [];

/** Runs Vitest in the app; the output on failure names the example that failed. */
function vitestInApp(): { passed: boolean; output: string } {
  try {
    return { passed: true, output: run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run'], app) };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { passed: false, output: `${stdout}\n${stderr}` };
  }
}

/** Runs the installed `ivs-contract` command in the app. */
function cli(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['node_modules/ivs-contract/bin/ivs-contract.js', ...args], {
    cwd: app,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  expect(existsSync(resolve(root, 'dist/src/index.js')), 'run `npm run build`').toBe(true);
  scratch = mkdtempSync(join(tmpdir(), 'ivs-contract-pack-'));
  const [result] = JSON.parse(
    run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], root),
  ) as {
    filename: string;
    files: { path: string }[];
  }[];
  packed = result?.files.map((file) => file.path) ?? [];
  app = join(scratch, 'app');
  mkdirSync(join(app, 'test'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  install(app, [
    join(scratch, result?.filename ?? ''),
    `msw@${dev['msw']}`,
    `@aws-sdk/client-ivs@${dev['@aws-sdk/client-ivs']}`,
    `vitest@${dev['vitest']}`,
    `@fast-check/vitest@${dev['@fast-check/vitest']}`,
    `@types/node@${dev['@types/node']}`,
  ]);
  // The examples exactly as the installed package's READMEs show them.
  for (const readme of runnableReadmes) {
    const markdown = readFileSync(join(app, 'node_modules/ivs-contract', readme), 'utf8');
    typeScriptBlocks(markdown).forEach((code, index) => {
      const name = `${readme.replace(/\/?README\.md$/, '').replaceAll('/', '-') || 'readme'}-${index + 1}.test.ts`;
      writeFileSync(join(app, 'test', name), code);
    });
  }
}, 300_000);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

describe('the packed tarball, installed into a scratch app', () => {
  test('ships no source maps (their sources are not shipped)', () => {
    expect(packed.filter((path) => path.endsWith('.map'))).toEqual([]);
  });

  test('ships every file a relative link in its READMEs points at', () => {
    const broken = packed
      .filter((path) => path.endsWith('README.md'))
      .flatMap((readme) =>
        [...readFileSync(join(app, 'node_modules/ivs-contract', readme), 'utf8').matchAll(/\]\(([^)#:]+)(#[^)]*)?\)/g)]
          .map((link) => join(dirname(readme), link[1] ?? ''))
          .filter((target) => !packed.includes(target))
          .map((target) => `${readme} -> ${target}`),
      );
    expect(broken).toEqual([]);
  });

  test('has no runtime dependency on msw or @aws-sdk/client-ivs (msw is a peer)', () => {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/ivs-contract/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
    };
    expect([
      Object.hasOwn(installed.dependencies, 'msw'),
      Object.hasOwn(installed.dependencies, '@aws-sdk/client-ivs'),
    ]).toEqual([false, false]);
    expect(installed.peerDependencies['msw']).toBe(manifest.peerDependencies['msw']);
  });

  test('its public type declarations type-check with skipLibCheck: false and no better-sqlite3', () => {
    const subpaths = [
      'ivs-contract',
      'ivs-contract/mock',
      'ivs-contract/mock/server',
      'ivs-contract/fuzz',
      'ivs-contract/conformance',
    ];
    writeFileSync(
      join(app, 'entry-points.ts'),
      `${subpaths.map((path, i) => `import * as e${i} from '${path}';`).join('\n')}\nexport const all = [${subpaths.map((_, i) => `e${i}`).join(', ')}];\n`,
    );
    const compilerOptions = {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: ['node'],
      strict: true,
      skipLibCheck: false,
      noEmit: true,
    };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['entry-points.ts'] }));
    expect(existsSync(join(app, 'node_modules/better-sqlite3'))).toBe(false);
    let output = '';
    try {
      run(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });

  test('its CLI prints the package version', () => {
    const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('its CLI generates from the model it ships into the folder named by --out', () => {
    const { code, stdout } = cli(['generate', '--out', 'ivs-generated']);
    expect([code, stdout]).toEqual([0, expect.stringMatching(/^generate: \d+ files in ivs-generated/)]);
    expect(existsSync(join(app, 'ivs-generated/openapi.json'))).toBe(true);
  });

  test('its CLI refuses to generate without --out outside the checkout, in one line', () => {
    const { code, stderr } = cli(['generate']);
    expect([code, stderr]).toEqual([
      2,
      expect.stringMatching(/^ivs-contract generate: --out <dir> is needed[^\n]*\n$/),
    ]);
  });

  test(`runs every README example with the newest tested msw (${dev['msw']})`, () => {
    const { passed, output } = vitestInApp();
    expect(passed, output).toBe(true);
  }, 120_000);

  test(`runs every README example with the oldest msw of the peer range (${oldestMsw})`, () => {
    install(app, [`msw@${oldestMsw}`]);
    const { passed, output } = vitestInApp();
    expect(passed, output).toBe(true);
  }, 300_000);
});
