import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runConformance } from '../../src/conformance/runner.js';
import type { ConformanceReport } from '../../src/conformance/report.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';
import { startRewritingProxy } from './support/rewriting-proxy.js';
import { benignVariants, plantedBugs } from './support/variants.js';

let emulator: RunningMockServer;

beforeAll(async () => {
  emulator = await startMockServer({ port: 0, host: '127.0.0.1', seed: 7 });
});

afterAll(async () => {
  await emulator.close();
});

const failures = (report: ConformanceReport): string[] =>
  report.checks.flatMap((c) =>
    c.outcomes.filter((o) => o.status === 'fail').map((o) => `${c.id} ${o.operation ?? ''}: ${o.message}`),
  );

describe('the suite against the built-in emulator', () => {
  test('every check passes, with no warning except where the spec is silent', async () => {
    const result = await runConformance({ endpoint: emulator.url, seed: 42 });
    if (!result.ok) throw new Error(result.error.message);
    expect(failures(result.report)).toEqual([]);
    const warnings = result.report.checks
      .flatMap((c) => c.outcomes)
      .filter((o) => o.status === 'warn' && !o.specSilence);
    expect(warnings).toEqual([]);
    expect(result.report.run.streamControl.available).toBe(true);
    expect(result.report.cleanup.leftovers).toEqual([]);
  }, 120_000);
});

describe('planted bugs are caught by the check meant to catch them', () => {
  test('there are at least 25 planted bugs', () => {
    expect(plantedBugs.length).toBeGreaterThanOrEqual(25);
  });

  test.each(plantedBugs.map((bug) => [bug.name, bug] as const))('%s', async (_name, bug) => {
    const proxy = await startRewritingProxy(emulator.url, bug.rewrite());
    try {
      const result = await runConformance({
        endpoint: proxy.url,
        seed: 42,
        runs: bug.runs ?? 4,
        only: [bug.caughtBy],
        streamControl: 'auto',
      });
      if (!result.ok) throw new Error(result.error.message);
      const check = result.report.checks.find((c) => c.id === bug.caughtBy);
      expect(check?.status).toBe('fail');
      if (bug.blames) {
        const messages =
          check?.outcomes.filter((o) => o.status === 'fail').map((o) => [o.message, ...(o.details ?? [])].join('\n')) ??
          [];
        expect(
          messages.some((m) => bug.blames?.test(m)),
          messages.join('\n'),
        ).toBe(true);
      }
    } finally {
      await proxy.close();
    }
  });
});

describe('benign variants pass', () => {
  test.each(benignVariants.map((variant) => [variant.name, variant] as const))(
    '%s',
    async (_name, variant) => {
      const proxy = await startRewritingProxy(emulator.url, variant.rewrite());
      try {
        const result = await runConformance({ endpoint: proxy.url, seed: 42, runs: 2, only: variant.only });
        if (!result.ok) throw new Error(result.error.message);
        expect(failures(result.report)).toEqual([]);
      } finally {
        await proxy.close();
      }
    },
    120_000,
  );
});
