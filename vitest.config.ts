import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { decideAllTools } from './test/integration/external-tools.js';

// Suites that drive Debian's AWS CLI, boto3 or Chromium run only where those are installed: each missing tool prints
// one line (what is missing, how to install it) and its suites are left out. With IVS_CONTRACT_REQUIRE_TOOLS=1
// (set by .ci/run) the line says FAIL and test/integration/external-tools.test.ts fails the run.
const decisions = [...decideAllTools()];
// Vitest may evaluate this file more than once per run; the lines are printed once.
const printed = globalThis as { ivsContractToolLinesPrinted?: boolean };
if (printed.ivsContractToolLinesPrinted !== true) {
  printed.ivsContractToolLinesPrinted = true;
  for (const [, decision] of decisions) {
    if (decision.action !== 'run') console.warn(`${decision.action === 'fail' ? 'FAIL' : 'skip'}: ${decision.message}`);
  }
}
const absent = (name: string): boolean => decisions.some(([tool, d]) => tool.name === name && d.action !== 'run');
const leftOut = decisions.flatMap(([tool, d]) =>
  d.action === 'run' ? [] : tool.suites.filter((s) => s.startsWith('test/')),
);

/** The flags Debian's Chromium is started with, headless in a container (test/package/packed-app.test.ts uses them too). */
export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The browser project: the MSW worker and the SDK in Debian's Chromium. */
const browserProject: TestProjectInlineConfiguration = {
  // Serves test/browser/public/mockServiceWorker.js at the site root, where setupWorker registers it.
  publicDir: 'test/browser/public',
  // Bundled up front, so Vite does not discover them mid-run and reload the page under a test.
  optimizeDeps: {
    include: [
      '@aws-sdk/client-ivs',
      'msw',
      'msw/browser',
      'ajv/dist/runtime/ucs2length.js',
      'ajv-formats/dist/formats.js',
    ],
  },
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.ts'],
    // Starts the emulator's HTTP server (node side) for the cross-origin CORS test.
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      // Debian's Chromium, driven by playwright-core: no browser download.
      provider: playwright({
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [...chromiumArgs],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
};

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**', ...leftOut],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
    projects: [
      // The node project is the settings above, unchanged.
      { extends: true, test: { name: 'node' } },
      // Not started at all without Chromium, so no launch error.
      ...(absent('chromium') ? [] : [browserProject]),
    ],
  },
});
