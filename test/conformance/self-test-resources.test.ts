import { describe, expect, test } from 'vitest';
import type { RecordingConfigurationProgression } from '../../src/mock/store.js';
import { resourceBenignVariants, resourcePlantedBugs } from './support/resource-variants.js';
import type { Rewrite } from './support/rewriting-proxy.js';
import {
  behindProxy,
  conformanceReport,
  expectCaught,
  expectPasses,
  findings,
  sharedEmulator,
  withSlowEmulator,
} from './support/self-test-harness.js';

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

const emulator = sharedEmulator(11);

/** Runs `body` behind a proxy applying `rewrite` to the shared emulator, or to a fresh one with the given progression. */
const behindProxyWith = <T>(
  rewrite: Rewrite,
  progression: RecordingConfigurationProgression | undefined,
  body: (url: string) => Promise<T>,
): Promise<T> =>
  progression === undefined
    ? behindProxy(emulator().url, rewrite, body)
    : withSlowEmulator(progression, (target) => behindProxy(target, rewrite, body));

describe('planted bugs of added resources are caught by the check meant to catch them', () => {
  test.each(resourcePlantedBugs.map((bug) => [bug.name, bug] as const))('%s', async (_name, bug) => {
    await behindProxyWith(bug.rewrite(), bug.progression, async (url) => {
      const report = await conformanceReport({
        endpoint: url,
        seed: 42,
        runs: 4,
        only: [bug.caughtBy],
        ...(bug.recordingStateTimeoutMs === undefined ? {} : { recordingStateTimeoutMs: bug.recordingStateTimeoutMs }),
      });
      expectCaught(report, bug);
    });
  });
});

describe('benign variants of added resources pass', () => {
  test.each(resourceBenignVariants.map((variant) => [variant.name, variant] as const))('%s', async (_name, variant) => {
    await behindProxyWith(variant.rewrite(), variant.progression, async (url) => {
      const report = await conformanceReport({ endpoint: url, seed: 42, runs: 2, only: variant.only });
      expectPasses(report);
      if (variant.warns) {
        const warnings = report.checks
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
    await withSlowEmulator({ afterReads: 3 }, async (url) => {
      const report = await conformanceReport({ endpoint: url, seed: 42, runs: 2, only: RESOURCE_CHECKS });
      expect(findings(report)).toEqual([]);
      expect(report.cleanup.leftovers).toEqual([]);
    });
  });
});
