import { afterAll, beforeAll, expect } from 'vitest';
import type { ConformanceReport } from '../../../src/conformance/report.js';
import { type RunOptions, runConformance } from '../../../src/conformance/runner.js';
import { startMockServer, type RunningMockServer } from '../../../src/mock/server.js';
import { createIvsStore, type RecordingConfigurationProgression } from '../../../src/mock/store.js';
import { startRewritingProxy, type Rewrite } from './rewriting-proxy.js';

/** Starts one emulator on 127.0.0.1 before the file's tests and stops it after them; the getter reads it. */
export function sharedEmulator(seed: number): () => RunningMockServer {
  let emulator: RunningMockServer | undefined;
  beforeAll(async () => {
    emulator = await startMockServer({ port: 0, host: '127.0.0.1', seed });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return () => {
    if (emulator === undefined) throw new Error('the shared emulator is read before it started');
    return emulator;
  };
}

/** Runs `body` against a fresh emulator whose recording configurations leave CREATING as `progression` says, then stops it. */
export async function withSlowEmulator<T>(
  progression: RecordingConfigurationProgression,
  body: (url: string) => Promise<T>,
): Promise<T> {
  const store = createIvsStore({ seed: 5, recordingConfigurationProgression: progression });
  const emulator = await startMockServer({ port: 0, host: '127.0.0.1', store });
  try {
    return await body(emulator.url);
  } finally {
    await emulator.close();
  }
}

/** Runs `body` with the URL of a proxy applying `rewrite` in front of `target`, then closes the proxy. */
export async function behindProxy<T>(target: string, rewrite: Rewrite, body: (url: string) => Promise<T>): Promise<T> {
  const proxy = await startRewritingProxy(target, rewrite);
  try {
    return await body(proxy.url);
  } finally {
    await proxy.close();
  }
}

/** Runs the suite and returns its report, failing the test when the run itself fails. */
export async function conformanceReport(options: RunOptions): Promise<ConformanceReport> {
  const result = await runConformance(options);
  if (!result.ok) throw new Error(result.error.message);
  return result.report;
}

/** The outcomes of a report with one of `statuses` (default: failures only), one line each. */
export const findings = (report: ConformanceReport, statuses: readonly string[] = ['fail']): string[] =>
  report.checks.flatMap((c) =>
    c.outcomes
      .filter((o) => statuses.includes(o.status))
      .map((o) => `${c.id} ${o.status} ${o.operation ?? ''}: ${o.message}`),
  );

/** Expects `report` to have at least one check and no failing outcome. */
export function expectPasses(report: ConformanceReport): void {
  expect(report.checks.length).toBeGreaterThan(0);
  expect(findings(report)).toEqual([]);
}

/** What a planted bug says about its catching: the check, and optionally a pattern its failure must match. */
export interface Catch {
  readonly caughtBy: string;
  readonly blames?: RegExp;
}

/** Expects the check `bug.caughtBy` to fail in `report` and, when `bug.blames` is given, one failure to match it; `withDetails` matches the failure's details too. */
export function expectCaught(report: ConformanceReport, bug: Catch, withDetails = false): void {
  const check = report.checks.find((c) => c.id === bug.caughtBy);
  expect(check?.status).toBe('fail');
  if (!bug.blames) return;
  const messages =
    check?.outcomes
      .filter((o) => o.status === 'fail')
      .map((o) => (withDetails ? [o.message, ...(o.details ?? [])].join('\n') : o.message)) ?? [];
  expect(
    messages.some((m) => bug.blames?.test(m)),
    messages.join('\n'),
  ).toBe(true);
}
