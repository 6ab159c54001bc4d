import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ConformanceReport } from '../../src/conformance/report.js';
import { runConformance } from '../../src/conformance/runner.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';
import { createIvsStore, type RecordingConfigurationProgression } from '../../src/mock/store.js';
import { resourceBenignVariants, resourcePlantedBugs } from './support/resource-variants.js';
import { startRewritingProxy, type Rewrite } from './support/rewriting-proxy.js';

/** The checks of today's resources that are not channels (and tagSemantics, which covers them too). */
const RESOURCE_CHECKS = [
  '*Lifecycle',
  'referencedResourceConflicts',
  'recordingConfigurationState',
  'streamSessions',
  'adBreaks',
  'viewerSessionRevocations',
  'tagSemantics',
];

let emulator: RunningMockServer;

beforeAll(async () => {
  emulator = await startMockServer({ port: 0, host: '127.0.0.1', seed: 11 });
});

afterAll(async () => {
  await emulator.close();
});

/** Runs `body` with a proxy applying `rewrite` in front of the shared emulator, or of a fresh one with the given progression. */
async function behindProxy<T>(
  rewrite: Rewrite,
  progression: RecordingConfigurationProgression | undefined,
  body: (url: string) => Promise<T>,
): Promise<T> {
  const own =
    progression === undefined
      ? undefined
      : await startMockServer({
          port: 0,
          host: '127.0.0.1',
          store: createIvsStore({ seed: 5, recordingConfigurationProgression: progression }),
        });
  const proxy = await startRewritingProxy((own ?? emulator).url, rewrite);
  try {
    return await body(proxy.url);
  } finally {
    await proxy.close();
    await own?.close();
  }
}

const failures = (report: ConformanceReport): string[] =>
  report.checks.flatMap((c) =>
    c.outcomes.filter((o) => o.status === 'fail').map((o) => `${c.id} ${o.operation ?? ''}: ${o.message}`),
  );

describe('planted bugs of added resources are caught by the check meant to catch them', () => {
  test.each(resourcePlantedBugs.map((bug) => [bug.name, bug] as const))('%s', async (_name, bug) => {
    await behindProxy(bug.rewrite(), bug.progression, async (url) => {
      const result = await runConformance({
        endpoint: url,
        seed: 42,
        runs: 4,
        only: [bug.caughtBy],
        ...(bug.recordingStateTimeoutMs === undefined ? {} : { recordingStateTimeoutMs: bug.recordingStateTimeoutMs }),
      });
      if (!result.ok) throw new Error(result.error.message);
      const check = result.report.checks.find((c) => c.id === bug.caughtBy);
      expect(check?.status).toBe('fail');
      const messages = check?.outcomes.filter((o) => o.status === 'fail').map((o) => o.message) ?? [];
      if (bug.blames)
        expect(
          messages.some((m) => bug.blames?.test(m)),
          messages.join('\n'),
        ).toBe(true);
    });
  });
});

describe('benign variants of added resources pass', () => {
  test.each(resourceBenignVariants.map((variant) => [variant.name, variant] as const))('%s', async (_name, variant) => {
    await behindProxy(variant.rewrite(), variant.progression, async (url) => {
      const result = await runConformance({ endpoint: url, seed: 42, runs: 2, only: variant.only });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.report.checks.length).toBeGreaterThan(0);
      expect(failures(result.report)).toEqual([]);
      if (variant.warns) {
        const warnings = result.report.checks
          .flatMap((c) => c.outcomes)
          .filter((o) => o.status === 'warn' && o.specSilence)
          .map((o) => o.message);
        expect(
          warnings.some((m) => variant.warns?.test(m)),
          warnings.join('\n'),
        ).toBe(true);
      }
    });
  });

  test('recording configurations that stay CREATING for a few reads', async () => {
    const store = createIvsStore({ seed: 5, recordingConfigurationProgression: { afterReads: 3 } });
    const slow = await startMockServer({ port: 0, host: '127.0.0.1', store });
    try {
      const result = await runConformance({ endpoint: slow.url, seed: 42, runs: 2, only: RESOURCE_CHECKS });
      if (!result.ok) throw new Error(result.error.message);
      expect(failures(result.report)).toEqual([]);
      expect(result.report.cleanup.leftovers).toEqual([]);
    } finally {
      await slow.close();
    }
  });
});
