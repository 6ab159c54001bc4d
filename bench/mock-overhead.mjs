/**
 * Figure 1: the in-process mock. `@aws-sdk/client-ivs` round trips per second through MSW's
 * `setupServer` with `ivsHandlers()` on a realistic mix of calls, versus the same calls answered by
 * MSW handlers that return constant valid responses (the floor MSW itself sets); the cold start
 * (import to first answered request, in a fresh process); and the minified, gzipped size of a
 * browser bundle of `ivs-contract/mock`, which must carry neither the Smithy parser nor ajv's compiler.
 */
import { gzipSync } from 'node:zlib';
import {
  BatchGetChannelCommand,
  CreateChannelCommand,
  DeleteChannelCommand,
  GetChannelCommand,
  IvsClient,
  ListChannelsCommand,
  TagResourceCommand,
} from '@aws-sdk/client-ivs';
import { build } from 'esbuild';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { importBuilt, repoPath } from './lib/dist.mjs';
import { runFigure } from './lib/figure-main.mjs';
import { runChild } from './lib/processes.mjs';
import { figure } from './lib/results.mjs';
import { median } from './lib/stats.mjs';

const ROUNDS = 7;
const ROUND_MS = 2000;
const SEEDED_CHANNELS = 20;
const COLD_RUNS = 5;

function sdkClient() {
  return new IvsClient({
    region: 'us-west-2',
    credentials: { accessKeyId: 'AKIDBENCHMARK', secretAccessKey: 'bench-secret' },
    maxAttempts: 1,
  });
}

/**
 * One pass of the mix: create a channel, read it, list two pages, tag it, batch-get it with a
 * seeded one, then delete it so the store stays the same size from pass to pass. Returns the
 * outputs by step, which the floor replays as its constant answers.
 */
async function mix(client, seededArn) {
  const out = {};
  out.CreateChannel = await client.send(
    new CreateChannelCommand({ name: 'bench-mix', latencyMode: 'LOW', type: 'BASIC' }),
  );
  const arn = out.CreateChannel.channel?.arn ?? seededArn;
  out.GetChannel = await client.send(new GetChannelCommand({ arn }));
  out.ListChannels = await client.send(new ListChannelsCommand({ maxResults: 5 }));
  out.ListChannelsPage2 = await client.send(
    new ListChannelsCommand({ maxResults: 5, nextToken: out.ListChannels.nextToken }),
  );
  out.TagResource = await client.send(new TagResourceCommand({ resourceArn: arn, tags: { team: 'bench' } }));
  out.BatchGetChannel = await client.send(new BatchGetChannelCommand({ arns: [arn, seededArn] }));
  out.DeleteChannel = await client.send(new DeleteChannelCommand({ arn }));
  return out;
}
const CALLS_PER_MIX = 7;

function wireBody(output) {
  const { $metadata, ...body } = output;
  return body;
}

/** MSW handlers that answer every call of the mix with a fixed response recorded from the emulator. */
function constantHandlers(recorded) {
  const json = (output) => {
    const text = JSON.stringify(wireBody(output));
    return () => new HttpResponse(text, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return [
    http.post('*/CreateChannel', json(recorded.CreateChannel)),
    http.post('*/GetChannel', json(recorded.GetChannel)),
    http.post('*/ListChannels', json(recorded.ListChannels)),
    http.post('*/tags/*', json(recorded.TagResource)),
    http.post('*/BatchGetChannel', json(recorded.BatchGetChannel)),
    http.post('*/DeleteChannel', () => new HttpResponse(null, { status: 204 })),
  ];
}

async function overhead(report) {
  const { ivsHandlers, createIvsStore } = await importBuilt('src/mock/index.js');
  const store = createIvsStore({ seed: 7 });
  const ivs = ivsHandlers({ store });
  const server = setupServer(...ivs);
  server.listen({ onUnhandledRequest: 'error' });
  const client = sdkClient();
  try {
    let seededArn;
    for (let i = 0; i < SEEDED_CHANNELS; i += 1) {
      const created = await client.send(new CreateChannelCommand({ name: `bench-seed-${i}` }));
      seededArn ??= created.channel?.arn;
    }
    const recorded = await mix(client, seededArn);
    const floor = constantHandlers(recorded);
    const pass = async () => {
      await mix(client, seededArn);
    };
    const oursCpu = [];
    const floorCpu = [];
    const oursWall = [];
    const floorWall = [];
    // Within a round the two handler sets take turns pass by pass, so bursts of other work on the machine hit both alike.
    const interleaved = async (ms) => {
      const totals = { ours: { passes: 0, wall: 0, cpu: 0 }, floor: { passes: 0, wall: 0, cpu: 0 } };
      const start = performance.now();
      while (performance.now() - start < ms) {
        for (const [who, handlers] of [
          ['ours', ivs],
          ['floor', floor],
        ]) {
          server.resetHandlers(...handlers);
          const cpuBefore = process.cpuUsage();
          const before = performance.now();
          await pass();
          totals[who].wall += performance.now() - before;
          const cpu = process.cpuUsage(cpuBefore);
          totals[who].cpu += (cpu.user + cpu.system) / 1000;
          totals[who].passes += 1;
        }
      }
      return totals;
    };
    // Warm-up of both paths (JIT, SDK middleware caches).
    await interleaved(ROUND_MS);
    for (let round = 0; round < ROUNDS; round += 1) {
      const { ours, floor: base } = await interleaved(2 * ROUND_MS);
      oursWall.push((ours.passes * CALLS_PER_MIX * 1000) / ours.wall);
      floorWall.push((base.passes * CALLS_PER_MIX * 1000) / base.wall);
      oursCpu.push((ours.passes * CALLS_PER_MIX * 1000) / ours.cpu);
      floorCpu.push((base.passes * CALLS_PER_MIX * 1000) / base.cpu);
    }
    const ours = median(oursWall);
    const floorRate = median(floorWall);
    const ratio = median(oursWall.map((rate, i) => rate / floorWall[i]));
    const cpuRatio = median(oursCpu.map((rate, i) => rate / floorCpu[i]));
    const cpu = `per CPU-second of the process: ${Math.round(median(oursCpu))} vs ${Math.round(median(floorCpu))}, ratio ${cpuRatio.toFixed(2)}`;
    report(
      figure({
        name: 'mock: SDK round trips/s through setupServer + ivsHandlers() (create, get, 2 list pages, tag, batch get, delete)',
        value: ours,
        unit: 'calls/s',
        reference: `same SDK calls, MSW handlers with constant responses (floor; ${cpu})`,
        referenceValue: floorRate,
        ratio,
        target: '≥ 0.9 × floor (median of per-round ratios)',
        met: ratio >= 0.9,
      }),
    );
  } finally {
    server.close();
    client.destroy();
  }
}

async function coldStart(report) {
  const script = repoPath('bench/lib/cold-start-child.mjs');
  const once = async (kind) => {
    const run = await runChild(process.execPath, [script, kind], { cwd: repoPath('.'), timeoutMs: 60_000 });
    if (run.code !== 0) throw new Error(`cold start (${kind}) failed:\n${run.output.slice(-2000)}`);
    return JSON.parse(run.output.trim().split('\n').pop()).ms;
  };
  await once('ivs');
  await once('floor');
  const ours = [];
  const floor = [];
  for (let i = 0; i < COLD_RUNS; i += 1) {
    ours.push(await once('ivs'));
    floor.push(await once('floor'));
  }
  report(
    figure({
      name: "mock: cold start, import of 'ivs-contract/mock' + msw/node to first answered fetch (fresh process)",
      value: median(ours),
      unit: 'ms',
      reference: 'msw/node with one constant handler',
      referenceValue: median(floor),
    }),
  );
}

/** Bundles for the browser and returns the gzipped size, the esbuild inputs and the bundle text. */
async function browserBundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: repoPath('.'), sourcefile: 'bench-entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  return {
    gzipBytes: gzipSync(text, { level: 9 }).length,
    rawBytes: Buffer.byteLength(text),
    inputs: Object.keys(result.metafile.inputs),
    text,
  };
}

// What must never reach the browser: modules by path, and strings only those modules contain.
const forbiddenModules = [
  [/(^|\/)src\/smithy\//, 'the Smithy parser (src/smithy)'],
  [/(^|\/)src\/codegen\//, 'the code generator (src/codegen)'],
  [/node_modules\/ajv\/dist\/(core|ajv|compile\/index)\.js$/, "ajv's schema compiler"],
];
const forbiddenStrings = [
  ['schema with key or id', "ajv's schema compiler"],
  ['use statements must come before', 'the Smithy IDL parser'],
  ['a shape type or apply statement', 'the Smithy IDL parser'],
];

async function bundleSize(report) {
  // The package's own subpath, resolved through package.json "exports" like an app would.
  const ours = await browserBundle("export * from 'ivs-contract/mock';");
  const floor = await browserBundle("export { http, HttpResponse } from 'msw';");
  const found = [];
  for (const [pattern, what] of forbiddenModules) {
    const hit = ours.inputs.find((input) => pattern.test(input));
    if (hit) found.push(`${what} (${hit})`);
  }
  for (const [marker, what] of forbiddenStrings)
    if (ours.text.includes(marker)) found.push(`${what} (string "${marker}")`);
  report(
    figure({
      name: 'mock: browser bundle of ivs-contract/mock, esbuild minified + gzipped',
      value: ours.gzipBytes / 1024,
      unit: 'KiB',
      reference: `msw's http + HttpResponse alone (ours: ${Math.round(ours.rawBytes / 1024)} KiB minified${found.length === 0 ? ', no parser or compiler found' : `; CONTAINS ${[...new Set(found)].join('; ')}`})`,
      referenceValue: floor.gzipBytes / 1024,
      target: 'no Smithy parser, no schema compiler',
      met: found.length === 0,
    }),
  );
}

/** Measures the in-process mock figures and reports them one by one. */
export async function measure(report) {
  await bundleSize(report);
  await coldStart(report);
  await overhead(report);
}

await runFigure(import.meta.url, measure);
