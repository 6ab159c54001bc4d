/**
 * Run by `bench/http-server.mjs` in a fresh process with `--expose-gc`: starts the mock server,
 * loads N channels through `store.restore()`, and measures the heap it holds and ListChannels
 * latency over HTTP (first page, and a page deep in the list). Prints one JSON object on stdout.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [distRoot, countsArg] = process.argv.slice(2);
const counts = countsArg.split(',').map(Number);
const { startMockServer } = await import(pathToFileURL(`${distRoot}/src/mock/server.js`).href);

const ACCOUNT = '123456789012';
const REGION = 'us-west-2';
const SAMPLES = 200;
const WALK_MS = 60_000;
// The largest page ListChannels allows, so a walk to the end takes as few requests as it can.
const PAGE = 50;
const AUTHORIZATION = `AWS4-HMAC-SHA256 Credential=AKIDBENCHMARK/20260101/${REGION}/ivs/aws4_request, SignedHeaders=host, Signature=0`;

function collect() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage();
}

function channelId(i) {
  return `bench${i.toString(36).padStart(7, '0')}`;
}

/** N channels as a snapshot partition, shaped like the ones the emulator mints. */
function snapshotOf(count) {
  const channels = [];
  for (let i = 0; i < count; i += 1) {
    const id = channelId(i);
    const host = i.toString(16).padStart(12, '0');
    channels.push({
      arn: `arn:aws:ivs:${REGION}:${ACCOUNT}:channel/${id}`,
      name: `channel-${i}`,
      latencyMode: 'LOW',
      type: 'STANDARD',
      ingestEndpoint: `${host}.global-contribute.live-video.net`,
      playbackUrl: `https://${host}.${REGION}.playback.live-video.net/api/video/v1/${REGION}.${ACCOUNT}.channel.${id}.m3u8`,
      tags: { team: 'bench' },
    });
  }
  return { format: 'ivs-contract/snapshot@1', partitions: [{ accountId: ACCOUNT, region: REGION, channels, streamKeys: [], streams: [] }] };
}

function percentile(samples, share) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

async function post(url, body) {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', authorization: AUTHORIZATION }, body: JSON.stringify(body) };
  try {
    return await fetch(`${url}/ListChannels`, init);
  } catch {
    // A kept-alive socket the server closed as the request went out; one retry on a fresh socket.
    return fetch(`${url}/ListChannels`, init);
  }
}

async function listChannels(url, body) {
  const response = await post(url, body);
  const parsed = await response.json();
  if (response.status !== 200) throw new Error(`ListChannels answered ${response.status}: ${JSON.stringify(parsed)}`);
  return parsed;
}

async function latency(url, body) {
  for (let i = 0; i < 20; i += 1) await listChannels(url, body);
  const samples = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const before = performance.now();
    await listChannels(url, body);
    samples.push(performance.now() - before);
  }
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}

/**
 * Walks the list PAGE at a time, for at most WALK_MS, and returns the token of the deepest page
 * reached with how many channels come before it (the last page when the walk ends in time).
 */
async function deepPageToken(url) {
  const deadline = performance.now() + WALK_MS;
  let token;
  let skipped = 0;
  for (;;) {
    const page = await listChannels(url, token === undefined ? { maxResults: PAGE } : { maxResults: PAGE, nextToken: token });
    if (page.nextToken === undefined || performance.now() > deadline) return { token, skipped };
    token = page.nextToken;
    skipped += page.channels.length;
  }
}

const server = await startMockServer({ port: 0, host: '127.0.0.1', seed: 1 });
const out = { empty: null, scales: [] };
try {
  await listChannels(server.url, {});
  out.empty = collect();
  for (const count of counts) {
    const snapshot = snapshotOf(count);
    const before = performance.now();
    const restored = server.store.restore(snapshot);
    const restoreMs = performance.now() - before;
    if (!restored.ok) throw new Error(`restore of ${count} channels failed: ${JSON.stringify(restored.error)}`);
    const snapshotBytes = Buffer.byteLength(JSON.stringify(snapshot));
    snapshot.partitions = [];
    const memory = collect();
    const first = await latency(server.url, { maxResults: PAGE });
    const walk = await deepPageToken(server.url);
    const deep = walk.token === undefined ? first : await latency(server.url, { maxResults: PAGE, nextToken: walk.token });
    out.scales.push({ count, memory, snapshotBytes, restoreMs, first, deep, deepSkipped: walk.skipped });
  }
} finally {
  await server.close();
}
console.log(JSON.stringify(out));
