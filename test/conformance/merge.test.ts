import { describe, expect, test } from 'vitest';
import { mergeReports } from '../../src/conformance/merge.js';
import { fail, pass, silence } from '../../src/conformance/outcome.js';
import { checkReport, report } from './support/report-fixture.js';

describe('mergeReports', () => {
  const shard1 = report(
    [
      checkReport('channelLifecycle', [pass('GetChannel', 'ok')]),
      checkReport('statefulSequences', [pass(null, '2 sequences')], 'stateful'),
    ],
    {
      shards: [{ index: 1, count: 2 }],
      durationMs: 100,
    },
  );
  const shard2 = report(
    [
      checkReport('errorConformance', [fail('GetChannel', 'wrong')]),
      checkReport('statefulSequences', [fail(null, 'sequence 3')], 'stateful'),
    ],
    {
      shards: [{ index: 2, count: 2 }],
      durationMs: 300,
    },
  );

  test('the merged report holds every check once, in registry order', () => {
    const merged = mergeReports([shard2, shard1]);
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.checks.map((c) => c.id)).toEqual(['errorConformance', 'channelLifecycle', 'statefulSequences']);
  });

  test('a check in several shards keeps every finding and the worst status', () => {
    const merged = mergeReports([shard1, shard2]);
    if (!merged.ok) throw new Error(merged.error.message);
    const stateful = merged.value.checks.find((c) => c.id === 'statefulSequences');
    expect(stateful?.outcomes.map((o) => o.status)).toEqual(['pass', 'fail']);
    expect(stateful?.status).toBe('fail');
  });

  test('the summary, shards and duration are recomputed', () => {
    const merged = mergeReports([shard1, shard2]);
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.summary).toEqual({ checks: 3, pass: 1, fail: 2, warn: 0, skip: 0 });
    expect(merged.value.run.shards).toEqual([
      { index: 1, count: 2 },
      { index: 2, count: 2 },
    ]);
    expect(merged.value.run.durationMs).toBe(300);
  });

  test('coverage adds up', () => {
    const a = report([]);
    const b = report([]);
    a.coverage.GetChannel.calls = 2;
    a.coverage.GetChannel.errors.push('ValidationException');
    b.coverage.GetChannel.calls = 3;
    b.coverage.GetChannel.errors.push('ResourceNotFoundException');
    const merged = mergeReports([a, b]);
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.coverage.GetChannel).toMatchObject({
      calls: 5,
      errors: ['ResourceNotFoundException', 'ValidationException'],
    });
  });

  test('the coverage plan columns are the union of the shards, and a report without them still merges', () => {
    const a = report([]);
    const b = report([]);
    a.coverage.GetChannel.planned.push('arn:pattern', 'arn:required');
    a.coverage.GetChannel.confirmed.push('arn:pattern');
    b.coverage.GetChannel.planned.push('arn:required');
    b.coverage.GetChannel.broken.push('arn:required');
    const { planned: _a, broken: _b, confirmed: _c, ...old } = b.coverage.GetStream;
    const legacy = { ...b, coverage: { ...b.coverage, GetStream: old as typeof b.coverage.GetStream } };
    const merged = mergeReports([a, legacy]);
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.coverage.GetChannel).toMatchObject({
      planned: ['arn:pattern', 'arn:required'],
      broken: ['arn:required'],
      confirmed: ['arn:pattern'],
    });
    expect(merged.value.coverage.GetStream).toMatchObject({ planned: [], broken: [], confirmed: [] });
  });

  test('reports of different seeds do not merge', () => {
    const merged = mergeReports([shard1, report([], { seed: 8 })]);
    expect(merged.ok).toBe(false);
    if (!merged.ok) expect(merged.error.message).toMatch(/seed/);
  });

  test('no reports is an error', () => {
    expect(mergeReports([]).ok).toBe(false);
  });

  test('a warning stays a warning', () => {
    const merged = mergeReports([report([checkReport('batchGetSemantics', [silence('BatchGetChannel', 'code')])])]);
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.checks[0]?.status).toBe('warn');
  });
});
