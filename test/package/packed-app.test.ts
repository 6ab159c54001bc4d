import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs } from '../../vitest.config.js';
import { decideAllTools, type ToolDecision } from '../integration/external-tools.js';
import { runnableReadmes, typeScriptBlocks } from '../readme/readme-blocks.js';
import { forChromium } from './browser-examples.js';

// Installs the packed tarball into a scratch app the way a user would, msw being the app's own dependency.
const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const dev = manifest.devDependencies;
/** The oldest msw of the peer range (`>=X.Y.Z <3`), the second msw the examples run with. */
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

/** The Vitest environments a user runs the README examples in: Node, the two DOM emulations, and Chromium. */
type Environment = 'node' | 'happy-dom' | 'jsdom' | 'chromium';
/** What `navigator.userAgent` says in each DOM environment (Node has no `document` at all). */
const userAgentMarks: Record<Exclude<Environment, 'node'>, string> = {
  'happy-dom': 'HappyDOM',
  jsdom: 'jsdom',
  chromium: 'HeadlessChrome',
};
/** The Chromium runs follow the project's tool rule: skipped visibly without it, failing under the CI variable. */
const chromium: ToolDecision = [...decideAllTools()].find(([tool]) => tool.name === 'chromium')?.[1] ?? {
  action: 'run',
};
/** msw 3, outside the peer range; it needs Node 22.12, so on Node 20 npm only warns about its engine. */
const msw3 = '3.0.5';

/** The README examples by file name in the app, as this checkout's READMEs hold them (the packed ones are copies). */
function readmeExamples(readFile: (readme: string) => string): Map<string, string> {
  return new Map(
    runnableReadmes.flatMap((readme) =>
      typeScriptBlocks(readFile(readme)).map((code, index): [string, string] => [
        `${readme.replace(/\/?README\.md$/, '').replaceAll('/', '-') || 'readme'}-${index + 1}.test.ts`,
        code,
      ]),
    ),
  );
}
const browserExamples = new Map(
  [...readmeExamples((readme) => readFileSync(resolve(root, readme), 'utf8'))].map(([file, code]) => [
    file,
    forChromium(code),
  ]),
);

/** The scratch app's Vitest config: one project per environment, the README's browser setup for Chromium. */
function appVitestConfig(): string {
  const domProject = (name: Environment) =>
    `{ test: { name: '${name}', environment: '${name}', include: ['test/*.test.ts', 'probes/${name}.test.ts'] } }`;
  const browser = `{
      test: {
        name: 'chromium',
        include: ['chromium/*.test.ts', 'probes/chromium.test.ts'],
        browser: {
          enabled: true,
          headless: true,
          screenshotFailures: false,
          provider: playwright({ launchOptions: { executablePath: '/usr/bin/chromium', args: ${JSON.stringify(chromiumArgs)} } }),
          instances: [{ browser: 'chromium' }],
        },
      },
    }`;
  const projects = [domProject('node'), domProject('happy-dom'), domProject('jsdom')];
  if (chromium.action === 'run') projects.push(browser);
  return [
    ...(chromium.action === 'run' ? ["import { playwright } from '@vitest/browser-playwright';"] : []),
    "import { defineConfig } from 'vitest/config';",
    '',
    `export default defineConfig({ test: { projects: [\n    ${projects.join(',\n    ')},\n  ] } });`,
    '',
  ].join('\n');
}

/** One test file per environment that proves the environment is the one named. */
function probe(environment: Environment): string {
  const check =
    environment === 'node'
      ? "expect(typeof document).toBe('undefined')"
      : `expect(navigator.userAgent).toContain('${userAgentMarks[environment]}')`;
  return `import { expect, test } from 'vitest';\n\ntest('runs in ${environment}', () => {\n  ${check};\n});\n`;
}

/** The outcome of one Vitest project run in the app: the files that passed, and each failed file with its errors. */
interface AppRun {
  readonly passed: readonly string[];
  readonly failed: readonly { file: string; errors: string }[];
  readonly output: string;
}

/** Runs one project of the app's Vitest config; the output names the example that failed. */
function vitestInApp(project: Environment, files: readonly string[] = []): AppRun {
  const report = join(app, `report-${project}.json`);
  rmSync(report, { force: true });
  let output = '';
  try {
    output = run(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--project',
        project,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...files,
      ],
      app,
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    output = `${stdout}\n${stderr}`;
  }
  if (!existsSync(report)) return { passed: [], failed: [], output };
  const { testResults } = JSON.parse(readFileSync(report, 'utf8')) as {
    testResults: { name: string; status: string; message: string; assertionResults: { failureMessages: string[] }[] }[];
  };
  const file = (name: string): string => relative(app, name).replaceAll('\\', '/');
  return {
    passed: testResults
      .filter((result) => result.status === 'passed')
      .map((result) => file(result.name))
      .sort(),
    failed: testResults
      .filter((result) => result.status !== 'passed')
      .map((result) => ({
        file: file(result.name),
        errors: [result.message, ...result.assertionResults.flatMap((test) => test.failureMessages)].join('\n'),
      }))
      .sort((a, b) => a.file.localeCompare(b.file)),
    output,
  };
}

/** The files a project's run must pass: every README example it runs, and its probe. */
function expectedFiles(environment: Environment): string[] {
  const examples =
    environment === 'chromium'
      ? [...browserExamples].filter(([, example]) => example.runs).map(([file]) => `chromium/${file}`)
      : [...browserExamples.keys()].map((file) => `test/${file}`);
  return [...examples, `probes/${environment}.test.ts`].sort();
}

/** Puts msw's worker script where the app serves its static files, as `npx msw init public` does for a user. */
function mswInit(): void {
  run(process.execPath, ['node_modules/msw/cli/index.js', 'init', 'public', '--save'], app);
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
  for (const folder of ['test', 'chromium', 'probes']) mkdirSync(join(app, folder), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  const browserTools = ['@vitest/browser', '@vitest/browser-playwright', 'playwright-core'];
  install(app, [
    join(scratch, result?.filename ?? ''),
    ...['msw', '@aws-sdk/client-ivs', 'vitest', '@fast-check/vitest', '@types/node', 'happy-dom', 'jsdom']
      .concat(chromium.action === 'run' ? browserTools : [])
      .map((name) => `${name}@${dev[name]}`),
  ]);
  // The examples exactly as the installed package's READMEs show them; in Chromium, by the README's browser rule.
  const installed = readmeExamples((readme) => readFileSync(join(app, 'node_modules/ivs-contract', readme), 'utf8'));
  for (const [file, code] of installed) {
    writeFileSync(join(app, 'test', file), code);
    const browser = forChromium(code);
    if (browser.runs) writeFileSync(join(app, 'chromium', file), browser.code);
  }
  for (const environment of ['node', 'happy-dom', 'jsdom', 'chromium'] as const) {
    writeFileSync(join(app, 'probes', `${environment}.test.ts`), probe(environment));
  }
  writeFileSync(join(app, 'vitest.config.ts'), appVitestConfig());
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
});

describe.each([dev['msw'] ?? '', oldestMsw])('the README examples in the scratch app, with msw %s', (version) => {
  beforeAll(() => {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/msw/package.json'), 'utf8')) as {
      version: string;
    };
    if (installed.version !== version) install(app, [`msw@${version}`]);
    mswInit();
  }, 300_000);

  test.each(['node', 'happy-dom', 'jsdom'] as const)(
    'all pass in %s, with setupServer from msw/node',
    (environment) => {
      const { passed, output } = vitestInApp(environment);
      expect(passed, output).toEqual(expectedFiles(environment));
    },
    180_000,
  );

  if (chromium.action === 'run') {
    test('all pass in Chromium (Vitest browser mode), with setupWorker from msw/browser', () => {
      const { passed, output } = vitestInApp('chromium');
      expect(passed, output).toEqual(expectedFiles('chromium'));
    }, 240_000);
  } else if (chromium.action === 'skip') {
    test.skip(`all pass in Chromium (Vitest browser mode): ${chromium.message}`);
  } else {
    test('all pass in Chromium (Vitest browser mode)', () => {
      expect.fail(chromium.message);
    });
  }

  for (const [file, example] of browserExamples) {
    if (!example.runs) test.skip(`${file} in Chromium: skipped, ${example.reason}`);
  }
});

describe(`msw ${msw3}, outside the peer range`, () => {
  test('npm refuses to install it beside the package in a fresh app (ERESOLVE, naming the peer range)', () => {
    const fresh = join(scratch, 'fresh');
    mkdirSync(fresh);
    writeFileSync(join(fresh, 'package.json'), JSON.stringify({ name: 'fresh-app', private: true }));
    const tarball = join(scratch, readdirSync(scratch).find((name) => name.endsWith('.tgz')) ?? '');
    let refusal = '';
    try {
      install(fresh, ['--dry-run', tarball, `msw@${msw3}`]);
    } catch (error) {
      refusal = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(refusal).toMatch(/ERESOLVE unable to resolve[\s\S]*peer msw@">=2\.11\.0 <3" from ivs-contract/);
  }, 120_000);

  test('upgrading msw to it in an app that has the package only warns, and installs it', () => {
    const upgrade = spawnSync(
      npm,
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `msw@${msw3}`],
      { cwd: app, env, encoding: 'utf8', timeout: 240_000 },
    );
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/msw/package.json'), 'utf8')) as {
      version: string;
    };
    expect([upgrade.status, installed.version]).toEqual([0, msw3]);
    expect(upgrade.stderr).toMatch(
      /ERESOLVE overriding peer dependency[\s\S]*peer msw@">=2\.11\.0 <3" from ivs-contract/,
    );
  }, 180_000);

  test('then ivsHandlers() throws IncompatibleMswError naming both versions', () => {
    const { passed, failed, output } = vitestInApp('node', ['test/readme-1.test.ts', 'probes/node.test.ts']);
    const message = `ivs-contract/mock needs msw >=2.11.0 <3, found msw ${msw3}: install a supported msw 2 (npm install --save-dev msw@2)`;
    expect({ passed, failed }, output).toEqual({
      passed: ['probes/node.test.ts'],
      failed: [{ file: 'test/readme-1.test.ts', errors: expect.stringContaining(message) }],
    });
    expect(stripVTControlCharacters(output)).toContain(`IncompatibleMswError: ${message}`);
  }, 120_000);
});
