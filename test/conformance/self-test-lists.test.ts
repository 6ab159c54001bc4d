import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listsUnderChange } from '../../src/conformance/checks/pagination-under-change.js';
import type { ConformanceReport } from '../../src/conformance/report.js';
import { runConformance } from '../../src/conformance/runner.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';
import { createIvsStore } from '../../src/mock/store.js';
import { listBenignVariants, listPlantedBugs } from './support/list-variants.js';
import { startRewritingProxy } from './support/rewriting-proxy.js';

/** The checks of lists and read consistency over every resource kind. */
const LIST_CHECKS = ['listFilters', 'pagination*', 'arnFormats', 'summaryShapes', 'crossOperationConsistency'];

let emulator: RunningMockServer;

beforeAll(async () => {
  emulator = await startMockServer({ port: 0, host: '127.0.0.1', seed: 13 });
});

afterAll(async () => {
  await emulator.close();
});

/** The findings of a report that are not passes (or only its failures), one line each. */
const findings = (report: ConformanceReport, statuses: readonly string[] = ['fail', 'warn', 'skip']): string[] =>
  report.checks.flatMap((c) =>
    c.outcomes
      .filter((o) => statuses.includes(o.status))
      .map((o) => `${c.id} ${o.status} ${o.operation ?? ''}: ${o.message}`),
  );

describe('planted bugs of lists are caught by the check meant to catch them', () => {
  test.each(listPlantedBugs.map((bug) => [bug.name, bug] as const))('%s', async (_name, bug) => {
    const proxy = await startRewritingProxy(emulator.url, bug.rewrite());
    try {
      const result = await runConformance({ endpoint: proxy.url, seed: 42, runs: 4, only: [bug.caughtBy] });
      if (!result.ok) throw new Error(result.error.message);
      const check = result.report.checks.find((c) => c.id === bug.caughtBy);
      expect(check?.status).toBe('fail');
      const messages = check?.outcomes.filter((o) => o.status === 'fail').map((o) => o.message) ?? [];
      if (bug.blames)
        expect(
          messages.some((m) => bug.blames?.test(m)),
          messages.join('\n'),
        ).toBe(true);
    } finally {
      await proxy.close();
    }
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
    const result = await runConformance({ endpoint: emulator.url, seed: 42, runs: 2, only: LIST_CHECKS });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.checks.map((c) => c.id)).toEqual([
      'arnFormats',
      'summaryShapes',
      'crossOperationConsistency',
      'listFilters',
      'paginationCompleteness',
      'paginationLimits',
      'paginationUnderChange',
    ]);
    expect(findings(result.report)).toEqual([]);
  });

  test.each(listBenignVariants.map((variant) => [variant.name, variant] as const))(
    'a benign variant passes: %s',
    async (_name, variant) => {
      const proxy = await startRewritingProxy(emulator.url, variant.rewrite());
      try {
        const result = await runConformance({ endpoint: proxy.url, seed: 42, runs: 2, only: variant.only });
        if (!result.ok) throw new Error(result.error.message);
        expect(result.report.checks.length).toBeGreaterThan(0);
        expect(findings(result.report, ['fail'])).toEqual([]);
      } finally {
        await proxy.close();
      }
    },
  );

  test('recording configurations that stay CREATING for a few reads do not upset the list checks', async () => {
    const store = createIvsStore({ seed: 5, recordingConfigurationProgression: { afterReads: 3 } });
    const slow = await startMockServer({ port: 0, host: '127.0.0.1', store });
    try {
      const result = await runConformance({ endpoint: slow.url, seed: 42, runs: 2, only: LIST_CHECKS });
      if (!result.ok) throw new Error(result.error.message);
      expect(findings(result.report)).toEqual([]);
    } finally {
      await slow.close();
    }
  });
});
