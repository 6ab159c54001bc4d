/**
 * Figure 2: the mock over HTTP. Throughput, requests per CPU-second and p99 latency of
 * `ivs-contract mock` under concurrent load (autocannon) on GetChannel and ListChannels (10
 * channels, maxResults 10), versus a constant node:http server that parses the body (the floor),
 * in the same runs: the mock with `--auth` (every request signed) and Stoplight Prism mocking
 * `generated/openapi.json`; then, in a fresh process, the memory of a server
 * holding 100,000 channels and ListChannels latency at 10, 1,000 and 100,000 channels.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
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
const AUTH_KEY = 'AKIDBENCHMARK';
const AUTH_SECRET = 'bench-secret';

async function startOurs(extraArgs = []) {
  const port = await freePort();
  const child = startChild(
    process.execPath,
    [cliPath, 'mock', '--port', String(port), '--host', '127.0.0.1', '--seed', '1', ...extraArgs],
    { cwd: repoPath('.') },
  );
  await waitForOutput(child, /listening on (http:\/\/\S+)/, 30_000);
  return { child, url: `http://127.0.0.1:${port}`, port };
}

async function startFloor(answers) {
  const port = await freePort();
  const child = startChild(process.execPath, [repoPath('bench/lib/constant-server.mjs'), String(port)], {
    cwd: repoPath('.'),
    env: { ...process.env, CONSTANT_ANSWERS: JSON.stringify(answers) },
  });
  await waitForOutput(child, /listening on/, 30_000);
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

async function call(url, path, body, headers = HEADERS) {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** Headers of a SigV4-signed request (valid for the 5 minutes the emulator allows), made now with the benchmark's key. */
async function signedHeaders(port, path, text) {
  const signer = new SignatureV4({
    service: 'ivs',
    region: 'us-west-2',
    credentials: { accessKeyId: AUTH_KEY, secretAccessKey: AUTH_SECRET },
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: 'http:',
    hostname: '127.0.0.1',
    port,
    path,
    query: {},
    headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json' },
    body: text,
  });
  const { host, ...headers } = signed.headers;
  return headers;
}

async function throughput(report) {
  const ours = await startOurs();
  const authed = await startOurs(['--auth', '--credentials', `${AUTH_KEY}:${AUTH_SECRET}`]);
  const prism = await startPrism();
  let floor;
  try {
    let arn;
    for (let i = 0; i < SEEDED_CHANNELS; i += 1) {
      const created = await call(ours.url, '/CreateChannel', { name: `bench-${i}` });
      arn ??= created.channel.arn;
      const signedBody = JSON.stringify({ name: `bench-${i}` });
      await call(
        authed.url,
        '/CreateChannel',
        { name: `bench-${i}` },
        await signedHeaders(authed.port, '/CreateChannel', signedBody),
      );
    }
    const requests = [
      ['GetChannel', '/GetChannel', { arn }, 'body {"arn": (a seeded channel)}'],
      ['ListChannels', '/ListChannels', { maxResults: 10 }, `body {"maxResults": 10}, ${SEEDED_CHANNELS} channels`],
    ];
    // The floor answers what the emulator answers, without doing any of its work.
    const answers = {};
    for (const [, path, body] of requests) answers[path] = await call(ours.url, path, body);
    floor = await startFloor(answers);
    // One load run, with the CPU seconds the server process spent on it.
    const measured = async (url, pid, path, text, headers) => {
      const before = cpuSecondsOf(pid);
      const result = await load({
        url: `${url}${path}`,
        headers,
        body: text,
        connections: CONNECTIONS,
        seconds: ROUND_S,
      });
      return { ...result, perCpuSecond: result.total / (cpuSecondsOf(pid) - before) };
    };
    for (const [name, path, body, described] of requests) {
      const text = JSON.stringify(body);
      // The signed request is made once and replayed; the emulator accepts it for 5 minutes.
      const authHeaders = await signedHeaders(authed.port, path, text);
      const servers = [
        ['ours', ours.url, ours.child.pid, HEADERS],
        ['floor', floor.url, floor.child.pid, HEADERS],
        ['auth', authed.url, authed.child.pid, authHeaders],
        ['prism', prism.url, prism.child.pid, HEADERS],
      ];
      // Every server must answer the request with a success before its speed means anything.
      for (const [, url, , headers] of servers) await call(url, path, body, headers);
      const runs = Object.fromEntries(servers.map(([who]) => [who, []]));
      for (const [, url, , headers] of servers)
        await load({ url: `${url}${path}`, headers, body: text, connections: CONNECTIONS, seconds: WARMUP_S });
      // Rounds alternate between the servers, so the ratio within a round sees the same background load.
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [who, url, pid, headers] of servers) runs[who].push(await measured(url, pid, path, text, headers));
      }
      const failed = (who) => runs[who].reduce((sum, r) => sum + r.failed, 0);
      const notes = servers
        .map(([who]) => who)
        .filter((who) => failed(who) > 0)
        .map((who) => `; ${who}: ${failed(who)} answers not 2xx`)
        .join('');
      const rps = (who) => median(runs[who].map((r) => r.perSecond));
      const pairedRatio = (who, of, field) => median(runs[who].map((r, i) => r[field] / runs[of][i][field]));
      const p99 = (who) => median(runs[who].map((r) => r.p99));
      const perCpu = (who) => median(runs[who].map((r) => r.perCpuSecond));
      const load_ = `${described}; autocannon, ${CONNECTIONS} connections, median of ${ROUNDS} × ${ROUND_S} s, rounds alternating${notes}`;
      const floorName = 'constant node:http server that parses the body (floor)';
      const floorRatio = pairedRatio('ours', 'floor', 'perSecond');
      report(
        figure({
          name: `http: ${name} throughput, ivs-contract mock`,
          value: rps('ours'),
          unit: 'req/s',
          reference: `${floorName} (${load_})`,
          referenceValue: rps('floor'),
          ratio: floorRatio,
          target: '≥ 0.5 × floor (median of per-round ratios)',
          met: failed('ours') === 0 && floorRatio >= 0.5,
        }),
      );
      report(
        figure({
          name: `http: ${name} requests per CPU-second of the server process, ivs-contract mock`,
          value: perCpu('ours'),
          unit: 'req/CPU-s',
          reference: 'the floor, same runs (CPU time from /proc, insensitive to other load on the machine)',
          referenceValue: perCpu('floor'),
          ratio: pairedRatio('ours', 'floor', 'perCpuSecond'),
        }),
      );
      report(
        figure({
          name: `http: ${name} p99 latency, ivs-contract mock`,
          value: p99('ours'),
          unit: 'ms',
          reference: 'the floor, same load',
          referenceValue: p99('floor'),
        }),
      );
      report(
        figure({
          name: `http: ${name} throughput with --auth (every request signed), ivs-contract mock`,
          value: rps('auth'),
          unit: 'req/s',
          reference: `the floor, same runs (per CPU-second: ${Math.round(perCpu('auth'))} vs ${Math.round(perCpu('floor'))}; p99 ${p99('auth')} ms)`,
          referenceValue: rps('floor'),
          ratio: pairedRatio('auth', 'floor', 'perSecond'),
        }),
      );
      const prismRatio = pairedRatio('ours', 'prism', 'perSecond');
      report(
        figure({
          name: `http: ${name} throughput vs Prism, ivs-contract mock`,
          value: rps('ours'),
          unit: 'req/s',
          reference: `Prism mock of generated/openapi.json, same runs (answers its one example; per CPU-second ${Math.round(perCpu('prism'))}; p99 ${p99('prism')} ms)`,
          referenceValue: rps('prism'),
          ratio: prismRatio,
          target: '≥ 2 × Prism (median of per-round ratios)',
          met: failed('ours') === 0 && prismRatio >= 2,
        }),
      );
    }
  } finally {
    await Promise.all([ours, authed, prism, floor].filter(Boolean).map((server) => stopChild(server.child)));
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
