import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
    projects: [
      // The node project is the settings above, unchanged.
      { extends: true, test: { name: 'node' } },
      {
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
                args: [
                  '--headless',
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                  '--disable-quic',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
