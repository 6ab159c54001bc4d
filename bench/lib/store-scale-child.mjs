/**
 * Run by `bench/http-server.mjs` in a fresh process with `--expose-gc`: starts the mock server,
 * loads channels through `store.tryRestore()`, and measures (1) the heap the largest store holds and
 * (2) ListChannels latency over HTTP at each store size, for the first page and for a page deep
 * in the list. The sizes live side by side, one region each, and the requests take turns between
 * them, so background load on the machine falls on every size alike. Prints one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [distRoot, countsArg] = process.argv.slice(2);
const counts = countsArg.split(',').map(Number);
const { startMockServer } = await import(pathToFileURL(`${distRoot}/src/mock/server.js`).href);

const ACCOUNT = '123456789012';
const REGIONS = ['us-west-2', 'us-east-1', 'eu-west-1', 'ap-south-1', 'eu-central-1'];
const WARMUP = 20;
const SAMPLES = 200;
const WALK_MS = 45_000;
// The largest page ListChannels allows, so a walk to the end takes as few requests as it can.
const PAGE = 50;

const authorization = (region) =>
  `AWS4-HMAC-SHA256 Credential=AKIDBENCHMARK/20260101/${region}/ivs/aws4_request, SignedHeaders=host, Signature=0`;

function collect() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage();
}

/** One partition of N channels, shaped like the ones the emulator mints. */
function partitionOf(region, count) {
  const channels = [];
  for (let i = 0; i < count; i += 1) {
    const id = `bench${i.toString(36).padStart(7, '0')}`;
    const host = i.toString(16).padStart(12, '0');
    channels.push({
      arn: `arn:aws:ivs:${region}:${ACCOUNT}:channel/${id}`,
      name: `channel-${i}`,
      latencyMode: 'LOW',
      type: 'STANDARD',
      ingestEndpoint: `${host}.global-contribute.live-video.net`,
      playbackUrl: `https://${host}.${region}.playback.live-video.net/api/video/v1/${region}.${ACCOUNT}.channel.${id}.m3u8`,
      tags: { team: 'bench' },
    });
  }
  return { accountId: ACCOUNT, region, channels, streamKeys: [], streams: [] };
}

const snapshotOf = (partitions) => ({ format: 'ivs-contract/snapshot@1', partitions });

function percentile(samples, share) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

async function post(url, region, body) {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: authorization(region) },
    body: JSON.stringify(body),
  };
  try {
    return await fetch(`${url}/ListChannels`, init);
  } catch {
    // A kept-alive socket the server closed as the request went out; one retry on a fresh socket.
    return fetch(`${url}/ListChannels`, init);
  }
}

async function listChannels(url, region, body) {
  const response = await post(url, region, body);
  const parsed = await response.json();
  if (response.status !== 200) throw new Error(`ListChannels answered ${response.status}: ${JSON.stringify(parsed)}`);
  return parsed;
}

/**
 * Walks one region's list PAGE at a time, for at most WALK_MS, and returns the token of the
 * deepest page reached with how many channels come before it (the last page when the walk ends in time).
 */
async function deepPageToken(url, region) {
  const deadline = performance.now() + WALK_MS;
  let token;
  let skipped = 0;
  for (;;) {
    const page = await listChannels(
      url,
      region,
      token === undefined ? { maxResults: PAGE } : { maxResults: PAGE, nextToken: token },
    );
    if (page.nextToken === undefined || performance.now() > deadline) return { token, skipped };
    token = page.nextToken;
    skipped += page.channels.length;
  }
}

/** Latency of each request, taking turns between them; returns p50 and p99 per request. */
async function interleavedLatency(url, requests) {
  const samples = requests.map(() => []);
  for (let i = 0; i < WARMUP + SAMPLES; i += 1) {
    for (const [k, { region, body }] of requests.entries()) {
      const before = performance.now();
      await listChannels(url, region, body);
      if (i >= WARMUP) samples[k].push(performance.now() - before);
    }
  }
  return samples.map((s) => ({ p50: percentile(s, 0.5), p99: percentile(s, 0.99) }));
}

const server = await startMockServer({ port: 0, host: '127.0.0.1', seed: 1 });
const out = { empty: null, largest: null, scales: [] };
try {
  await listChannels(server.url, REGIONS[0], {});
  out.empty = collect();

  const largestCount = Math.max(...counts);
  const largest = snapshotOf([partitionOf(REGIONS[0], largestCount)]);
  const snapshotBytes = Buffer.byteLength(JSON.stringify(largest));
  const before = performance.now();
  const restoredLargest = server.store.tryRestore(largest);
  const restoreMs = performance.now() - before;
  if (!restoredLargest.ok)
    throw new Error(`restore of ${largestCount} channels failed: ${JSON.stringify(restoredLargest.error)}`);
  largest.partitions = [];
  out.largest = { count: largestCount, memory: collect(), snapshotBytes, restoreMs };

  const sized = counts.map((count, i) => ({ count, region: REGIONS[i] }));
  const restored = server.store.tryRestore(snapshotOf(sized.map(({ count, region }) => partitionOf(region, count))));
  if (!restored.ok)
    throw new Error(`restore of ${counts.join(', ')} channels failed: ${JSON.stringify(restored.error)}`);
  for (const entry of sized) entry.walk = await deepPageToken(server.url, entry.region);
  const requests = sized.flatMap(({ region, walk }) => [
    { region, body: { maxResults: PAGE } },
    { region, body: walk.token === undefined ? { maxResults: PAGE } : { maxResults: PAGE, nextToken: walk.token } },
  ]);
  const latencies = await interleavedLatency(server.url, requests);
  for (const [i, { count, walk }] of sized.entries()) {
    out.scales.push({
      count,
      first: latencies[2 * i],
      deep: latencies[2 * i + 1],
      deepSkipped: walk.token === undefined ? 0 : walk.skipped,
    });
  }
} finally {
  await server.close();
}
console.log(JSON.stringify(out));
