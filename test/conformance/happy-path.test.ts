import { afterAll, beforeAll, expect, test } from 'vitest';
import { operationNames } from '../../generated/operations.js';
import { runConformance } from '../../src/conformance/runner.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';

let emulator: RunningMockServer;

beforeAll(async () => {
  emulator = await startMockServer({ port: 0, host: '127.0.0.1', seed: 13 });
});

afterAll(async () => {
  await emulator.close();
});

test('the happy path reaches every operation of the model, so the response checks judge them all', async () => {
  const result = await runConformance({ endpoint: emulator.url, seed: 3, runs: 1, only: ['statusCodeConformance'] });
  if (!result.ok) throw new Error(result.error.message);

  const outcomes = result.report.checks[0]?.outcomes ?? [];
  const judged = outcomes.filter((o) => o.status === 'pass').map((o) => o.operation);
  expect(outcomes.filter((o) => o.status !== 'pass')).toEqual([]);
  expect([...judged].sort()).toEqual([...operationNames].sort());
  expect(result.report.cleanup.leftovers).toEqual([]);
});
