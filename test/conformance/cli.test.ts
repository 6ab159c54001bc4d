import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseConformanceArgs } from '../../src/cli/conformance.js';
import { main } from '../../src/cli/main.js';
import { deadUrl, startServer } from './support/servers.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('ivs-contract conformance arguments', () => {
  test('defaults', () => {
    expect(parseConformanceArgs([])).toMatchObject({
      endpoint: undefined,
      region: 'us-west-2',
      reporters: [{ name: 'console', extension: null }],
      seed: 1,
      streamControl: 'auto',
      shard: { index: 1, count: 1 },
      only: [],
      skip: [],
    });
  });

  test('--recording-state-timeout-ms sets how long a recording configuration may stay CREATING', () => {
    expect(parseConformanceArgs([]).recordingStateTimeoutMs).toBe(60_000);
    expect(parseConformanceArgs(['--recording-state-timeout-ms', '0']).recordingStateTimeoutMs).toBe(0);
  });

  test('repeated options collect', () => {
    expect(parseConformanceArgs(['--only', 'a', '--only', 'b*', '--skip', 'c', '--shard', '2/5'])).toMatchObject({
      only: ['a', 'b*'],
      skip: ['c'],
      shard: { index: 2, count: 5 },
    });
  });

  test.each([
    ['--runs 0', ['--runs', '0'], /--runs must be an integer from 1/],
    ['--seed -1', ['--seed', '-1'], /--seed/],
    [
      '--recording-state-timeout-ms soon',
      ['--recording-state-timeout-ms', 'soon'],
      /--recording-state-timeout-ms must be an integer from 0 to 3600000, got 'soon'/,
    ],
    ['--shard 3/2', ['--shard', '3/2'], /--shard must be I\/N/],
    ['--reporter xml', ['--reporter', 'xml'], /--reporter must be one of console, json, junit/],
    ['--stream-control maybe', ['--stream-control', 'maybe'], /--stream-control must be one of auto, emulator, none/],
    ['--endpoint ftp://x', ['--endpoint', 'ftp://x'], /--endpoint must be an http or https URL/],
    ['--region Mars', ['--region', 'Mars'], /--region must be a region name/],
    ['two reporters without --output', ['--reporter', 'console', '--reporter', 'json'], /give --output PATH/],
    ['an unknown option', ['--frobnicate'], /frobnicate/],
  ])('%s is a one-line usage error with exit code 2', async (_name, args, message) => {
    const { io, err } = capture();
    expect(await main(['conformance', ...args], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });
});

describe('ivs-contract conformance runs', () => {
  test('without --endpoint it checks the built-in emulator and exits 0', async () => {
    const { io, out } = capture();
    expect(
      await main(['conformance', '--only', 'arnFormats', '--only', 'channelDefaults', '--reporter', 'json'], io),
    ).toBe(0);
    const report = JSON.parse(out.join('\n')) as {
      run: { builtInEmulator: boolean };
      summary: { checks: number; fail: number };
    };
    expect(report.run.builtInEmulator).toBe(true);
    expect(report.summary).toMatchObject({ checks: 2, fail: 0 });
  });

  test('--recording-state-timeout-ms is recorded in the JSON report', async () => {
    const { io, out } = capture();
    const args = [
      'conformance',
      '--only',
      'channelDefaults',
      '--recording-state-timeout-ms',
      '2500',
      '--reporter',
      'json',
    ];
    expect(await main(args, io)).toBe(0);
    const report = JSON.parse(out.join('\n')) as { run: { recordingStateTimeoutMs: number } };
    expect(report.run.recordingStateTimeoutMs).toBe(2500);
  });

  test('the console report ends with the summary line and progress goes to stderr', async () => {
    const { io, out, err } = capture();
    expect(await main(['conformance', '--only', 'channelDefaults'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/1 checks: 1 passed, 0 failed/);
    expect(err).toEqual(['conformance: [1/1] channelDefaults', 'conformance: cleaning up']);
  });

  test('an endpoint where nothing listens exits 2 with one line naming it', async () => {
    const url = await deadUrl();
    const { io, err } = capture();
    expect(await main(['conformance', '--endpoint', url, '--timeout-ms', '2000'], io)).toBe(2);
    expect(err.filter((line) => !line.startsWith('conformance: ['))).toEqual([
      expect.stringMatching(new RegExp(`^ivs-contract conformance: cannot reach ${url}`)),
    ]);
  });

  test('a failing check exits 1', async () => {
    const html = await startServer((_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      r.end('<html></html>');
    });
    try {
      const { io, out } = capture();
      expect(
        await main(
          ['conformance', '--endpoint', html.url, '--only', 'unknownRouteRejected', '--stream-control', 'none'],
          io,
        ),
      ).toBe(1);
      expect(out.join('\n')).toContain(`reproduce: npx ivs-contract conformance --endpoint ${html.url} --seed 1`);
    } finally {
      await html.close();
    }
  });

  test('two file reporters write <output>.json and <output>.xml', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ivs-conformance-'));
    try {
      const { io } = capture();
      const args = [
        'conformance',
        '--only',
        'channelDefaults',
        '--reporter',
        'json',
        '--reporter',
        'junit',
        '--output',
        join(dir, 'report'),
      ];
      expect(await main(args, io)).toBe(0);
      expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'))).toMatchObject({
        format: 'ivs-contract/conformance-report@1',
      });
      expect(await readFile(join(dir, 'report.xml'), 'utf8')).toMatch(/^<\?xml version="1.0"/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('--merge joins the JSON reports of the shards into one report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ivs-conformance-'));
    try {
      const { io } = capture();
      const only = [
        '--only',
        'channelDefaults',
        '--only',
        'arnFormats',
        '--only',
        'statefulSequences',
        '--runs',
        '2',
        '--reporter',
        'json',
      ];
      for (const shard of ['1/2', '2/2']) {
        expect(
          await main(['conformance', ...only, '--shard', shard, '--output', join(dir, `${shard[0]}.json`)], io),
        ).toBe(0);
      }
      const merged = capture();
      expect(
        await main(
          ['conformance', '--merge', join(dir, '1.json'), join(dir, '2.json'), '--reporter', 'json'],
          merged.io,
        ),
      ).toBe(0);
      const report = JSON.parse(merged.out.join('\n')) as {
        checks: { id: string; outcomes: unknown[] }[];
        run: { shards: unknown[] };
      };
      expect(report.checks.map((c) => c.id)).toEqual(['channelDefaults', 'arnFormats', 'statefulSequences']);
      expect(report.checks[2]?.outcomes).toHaveLength(2);
      expect(report.run.shards).toEqual([
        { index: 1, count: 2 },
        { index: 2, count: 2 },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('--merge without files is a usage error', async () => {
    const { io, err } = capture();
    expect(await main(['conformance', '--merge'], io)).toBe(2);
    expect(err).toEqual(['ivs-contract conformance: --merge needs the JSON report files of the shards']);
  });
});
