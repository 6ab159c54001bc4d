import { describe, expect, test } from 'vitest';
import { behindProxy, conformanceReport, expectCaught, findings, sharedEmulator } from './support/self-test-harness.js';
import { benignVariants, plantedBugs } from './support/variants.js';

const emulator = sharedEmulator(7);

describe('the suite against the built-in emulator', () => {
  test('every check passes, with no warning except where the spec is silent', async () => {
    const report = await conformanceReport({ endpoint: emulator().url, seed: 42 });
    expect(findings(report)).toEqual([]);
    const warnings = report.checks.flatMap((c) => c.outcomes).filter((o) => o.status === 'warn' && !o.specSilence);
    expect(warnings).toEqual([]);
    expect(report.run.streamControl.available).toBe(true);
    expect(report.cleanup.leftovers).toEqual([]);
  }, 120_000);
});

describe('planted bugs are caught by the check meant to catch them', () => {
  test('there are at least 25 planted bugs', () => {
    expect(plantedBugs.length).toBeGreaterThanOrEqual(25);
  });

  test.each(plantedBugs.map((bug) => [bug.name, bug] as const))('%s', async (_name, bug) => {
    await behindProxy(emulator().url, bug.rewrite(), async (url) => {
      const report = await conformanceReport({
        endpoint: url,
        seed: 42,
        runs: bug.runs ?? 4,
        only: [bug.caughtBy],
        streamControl: 'auto',
      });
      expectCaught(report, bug, true);
    });
  });
});

describe('benign variants pass', () => {
  test.each(benignVariants.map((variant) => [variant.name, variant] as const))(
    '%s',
    async (_name, variant) => {
      await behindProxy(emulator().url, variant.rewrite(), async (url) => {
        const report = await conformanceReport({ endpoint: url, seed: 42, runs: 2, only: variant.only });
        expect(findings(report)).toEqual([]);
      });
    },
    120_000,
  );
});
