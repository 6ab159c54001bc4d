/**
 * Figure 2: the mock over HTTP. Throughput and p99 latency of `ivs-contract mock` under
 * concurrent load (autocannon) on GetChannel and ListChannels, versus Stoplight Prism mocking
 * `generated/openapi.json` on the same requests; then, in a fresh process, the memory of a server
 * holding 100,000 channels and ListChannels latency at 10, 1,000 and 100,000 channels.
 */
import { cliPath, repoPath } from './lib/dist.mjs';
import { runFigure } from './lib/figure-main.mjs';
import { cpuSecondsOf } from './lib/cpu-time.mjs';
import { load } from './lib/load.mjs';
import { freePort } from './lib/ports.mjs';
import { runChild, startChild, stopChild, waitForHttp, waitForOutput } from './lib/processes.mjs';
import { figure } from './lib/results.mjs';
import { median } from './lib/stats.mjs';

const CONNECTIONS = 10;
const WARMUP_S = 2;
const ROUND_S = 4;
const ROUNDS = 3;
const SEEDED_CHANNELS = 10;
const SCALES = [10, 1_000, 100_000];
const AUTHORIZATION =
  'AWS4-HMAC-SHA256 Credential=AKIDBENCHMARK/20260101/us-west-2/ivs/aws4_request, SignedHeaders=host;x-amz-date, Signature=0';
const HEADERS = { 'content-type': 'application/json', authorization: AUTHORIZATION };

async function startOurs() {
  const port = await freePort();
  const child = startChild(
    process.execPath,
    [cliPath, 'mock', '--port', String(port), '--host', '127.0.0.1', '--seed', '1'],
    { cwd: repoPath('.') },
  );
  await waitForOutput(child, /listening on (http:\/\/\S+)/, 30_000);
  return { child, url: `http://127.0.0.1:${port}` };
}

async function startPrism() {
  const port = await freePort();
  const child = startChild(
    process.execPath,
    [
      repoPath('node_modules/.bin/prism'),
      'mock',
      repoPath('generated/openapi.json'),
      '-p',
      String(port),
      '-h',
      '127.0.0.1',
    ],
    {
      cwd: repoPath('.'),
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/ListChannels`, { method: 'POST', headers: HEADERS, body: '{}' }, 60_000);
  return { child, url };
}

async function call(url, path, body) {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: HEADERS, body: JSON.stringify(body) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

async function throughput(report) {
  const ours = await startOurs();
  const prism = await startPrism();
  try {
    let arn;
    for (let i = 0; i < SEEDED_CHANNELS; i += 1) {
      const created = await call(ours.url, '/CreateChannel', { name: `bench-${i}` });
      arn ??= created.channel.arn;
    }
    const requests = [
      ['GetChannel', '/GetChannel', { arn }, 'body {"arn": (a seeded channel)}'],
      // One channel per page, so both servers answer one channel and a nextToken (Prism's example has one).
      ['ListChannels', '/ListChannels', { maxResults: 1 }, 'body {"maxResults": 1}'],
    ];
    const servers = [
      ['ours', ours.url, ours.child.pid],
      ['prism', prism.url, prism.child.pid],
    ];
    // One load run, with the CPU seconds the server process spent on it.
    const measured = async (url, pid, path, text) => {
      const before = cpuSecondsOf(pid);
      const result = await load({
        url: `${url}${path}`,
        headers: HEADERS,
        body: text,
        connections: CONNECTIONS,
        seconds: ROUND_S,
      });
      return { ...result, perCpuSecond: result.total / (cpuSecondsOf(pid) - before) };
    };
    for (const [name, path, body, described] of requests) {
      // Both must answer the request with a success before their speed means anything.
      for (const [, url] of servers) await call(url, path, body);
      const text = JSON.stringify(body);
      const runs = { ours: [], prism: [] };
      for (const [, url] of servers)
        await load({ url: `${url}${path}`, headers: HEADERS, body: text, connections: CONNECTIONS, seconds: WARMUP_S });
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [who, url, pid] of servers) runs[who].push(await measured(url, pid, path, text));
      }
      const failed = (who) => runs[who].reduce((sum, r) => sum + r.failed, 0);
      const note = (who) =>
        failed(who) > 0 ? `; ${who === 'ours' ? 'ours' : 'Prism'}: ${failed(who)} answers not 2xx` : '';
      const rps = (who) => median(runs[who].map((r) => r.perSecond));
      // Rounds alternate between the servers, so the ratio within a round sees the same background load.
      const pairedRatio = (field) => median(runs.ours.map((r, i) => r[field] / runs.prism[i][field]));
      const p99 = (who) => median(runs[who].map((r) => r.p99));
      const load_ = `${described}; autocannon, ${CONNECTIONS} connections, median of ${ROUNDS} × ${ROUND_S} s`;
      report(
        figure({
          name: `http: ${name} throughput, ivs-contract mock`,
          value: rps('ours'),
          unit: 'req/s',
          reference: `Prism mock of generated/openapi.json (${load_}${note('ours')}${note('prism')})`,
          referenceValue: rps('prism'),
          ratio: pairedRatio('perSecond'),
          target: '≥ 2 × Prism (median of per-round ratios)',
          met: failed('ours') === 0 && pairedRatio('perSecond') >= 2,
        }),
      );
      const perCpu = (who) => median(runs[who].map((r) => r.perCpuSecond));
      report(
        figure({
          name: `http: ${name} requests per CPU-second of the server process, ivs-contract mock`,
          value: perCpu('ours'),
          unit: 'req/CPU-s',
          reference: 'Prism, same runs (CPU time from /proc, insensitive to other load on the machine)',
          referenceValue: perCpu('prism'),
          ratio: pairedRatio('perCpuSecond'),
        }),
      );
      report(
        figure({
          name: `http: ${name} p99 latency, ivs-contract mock`,
          value: p99('ours'),
          unit: 'ms',
          reference: 'Prism, same load',
          referenceValue: p99('prism'),
        }),
      );
    }
  } finally {
    await Promise.all([stopChild(ours.child), stopChild(prism.child)]);
  }
}

async function scale(report) {
  const run = await runChild(
    process.execPath,
    ['--expose-gc', repoPath('bench/lib/store-scale-child.mjs'), repoPath('dist'), SCALES.join(',')],
    {
      cwd: repoPath('.'),
      timeoutMs: 300_000,
    },
  );
  if (run.code !== 0)
    throw new Error(
      `the store-scale process failed (${run.timedOut ? 'timed out' : `exit ${run.code}`}):\n${run.output.slice(-3000)}`,
    );
  const result = JSON.parse(run.output.trim().split('\n').pop());
  const mb = (bytes) => bytes / 2 ** 20;
  const { largest, empty } = result;
  report(
    figure({
      name: `http: server heap holding ${largest.count.toLocaleString('en-US')} channels`,
      value: mb(largest.memory.heapUsed - empty.heapUsed),
      unit: 'MiB',
      reference: `the same channels as snapshot JSON (server RSS ${Math.round(mb(largest.memory.rss))} MiB; store.restore() took ${Math.round(largest.restoreMs)} ms)`,
      referenceValue: mb(largest.snapshotBytes),
    }),
  );
  const smallest = result.scales[0];
  const biggest = result.scales[result.scales.length - 1];
  for (const entry of result.scales) {
    const at = entry.count.toLocaleString('en-US');
    const isBiggest = entry === biggest;
    report(
      figure({
        name: `http: ListChannels first page of 50, p50 latency at ${at} channels`,
        value: entry.first.p50,
        unit: 'ms',
        reference: `at ${smallest.count} channels, same run, requests taking turns (p99 here ${entry.first.p99.toFixed(1)} ms)`,
        referenceValue: smallest.first.p50,
        target: isBiggest ? '≤ 2 × the latency at 10 channels' : null,
        met: entry.first.p50 <= 2 * smallest.first.p50,
      }),
    );
    if (entry.deepSkipped > 0) {
      report(
        figure({
          name: `http: ListChannels deep page of 50, p50 latency at ${at} channels`,
          value: entry.deep.p50,
          unit: 'ms',
          reference: `first page, same store (deep page = after ${entry.deepSkipped.toLocaleString('en-US')} channels; p99 here ${entry.deep.p99.toFixed(1)} ms)`,
          referenceValue: entry.first.p50,
          target: isBiggest ? '≤ 2 × the first page' : null,
          met: entry.deep.p50 <= 2 * entry.first.p50,
        }),
      );
    }
  }
}

/** Measures the HTTP server figures and reports them one by one. */
export async function measure(report) {
  await throughput(report);
  await scale(report);
}

await runFigure(import.meta.url, measure);
