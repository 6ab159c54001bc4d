import { describe, expect, test } from 'vitest';
import { listsUnderChange } from '../../src/conformance/checks/pagination-under-change.js';
import { listBenignVariants, listPlantedBugs } from './support/list-variants.js';
import {
  behindProxy,
  conformanceReport,
  expectCaught,
  expectPasses,
  findings,
  sharedEmulator,
  withSlowEmulator,
} from './support/self-test-harness.js';

/** The checks of lists and read consistency over every resource kind. */
const LIST_CHECKS = ['listFilters', 'pagination*', 'arnFormats', 'summaryShapes', 'crossOperationConsistency'];

const emulator = sharedEmulator(13);

describe('planted bugs of lists are caught by the check meant to catch them', () => {
  test.each(listPlantedBugs.map((bug) => [bug.name, bug] as const))('%s', async (_name, bug) => {
    await behindProxy(emulator().url, bug.rewrite(), async (url) => {
      expectCaught(await conformanceReport({ endpoint: url, seed: 42, runs: 4, only: [bug.caughtBy] }), bug);
    });
  });
});

describe('the lists paginationUnderChange changes', () => {
  test('are every paginated list of a resource kind that needs no input, read from the operation table', () => {
    expect(listsUnderChange.map((k) => k.list)).toEqual([
      'ListAdConfigurations',
      'ListChannels',
      'ListPlaybackKeyPairs',
      'ListPlaybackRestrictionPolicies',
      'ListRecordingConfigurations',
    ]);
  });
});

describe('the list checks on a faithful emulator', () => {
  test('every list check passes on the emulator with no skip or warning, every resource kind and stream list included', async () => {
    const report = await conformanceReport({ endpoint: emulator().url, seed: 42, runs: 2, only: LIST_CHECKS });
    expect(report.checks.map((c) => c.id)).toEqual([
      'arnFormats',
      'summaryShapes',
      'crossOperationConsistency',
      'listFilters',
      'paginationCompleteness',
      'paginationLimits',
      'paginationUnderChange',
    ]);
    expect(findings(report, ['fail', 'warn', 'skip'])).toEqual([]);
  });

  test.each(listBenignVariants.map((variant) => [variant.name, variant] as const))(
    'a benign variant passes: %s',
    async (_name, variant) => {
      await behindProxy(emulator().url, variant.rewrite(), async (url) => {
        expectPasses(await conformanceReport({ endpoint: url, seed: 42, runs: 2, only: variant.only }));
      });
    },
  );

  test('recording configurations that stay CREATING for a few reads do not upset the list checks', async () => {
    await withSlowEmulator({ afterReads: 3 }, async (url) => {
      const report = await conformanceReport({ endpoint: url, seed: 42, runs: 2, only: LIST_CHECKS });
      expect(findings(report, ['fail', 'warn', 'skip'])).toEqual([]);
    });
  });
});
