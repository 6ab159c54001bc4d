import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);

describe('test/browser/public/mockServiceWorker.js', () => {
  test('is the worker of the installed msw (regenerate with `npx msw init test/browser/public --no-save`)', () => {
    const committed = readFileSync(new URL('../../browser/public/mockServiceWorker.js', import.meta.url), 'utf8');
    const installed = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
    expect(committed === installed, 'the committed worker differs from the installed msw version').toBe(true);
  });
});
