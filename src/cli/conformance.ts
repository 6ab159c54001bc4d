import { readFile, writeFile } from 'node:fs/promises';
import { mergeReports } from '../conformance/merge.js';
import { createRecorder } from '../conformance/recording.js';
import type { ConformanceReport } from '../conformance/report.js';
import {
  findReporter,
  reportPath,
  reporters as reporterRegistry,
  type ConformanceReporter,
} from '../conformance/reporters/index.js';
import {
  DEFAULT_RECORDING_STATE_TIMEOUT_MS,
  DEFAULT_RUNS,
  DEFAULT_TIMEOUT_MS,
  newRunId,
  runConformance,
  type RunOptions,
  type RunProgress,
} from '../conformance/runner.js';
import type { StreamControlMode } from '../conformance/streams.js';
import { parseShard } from '../conformance/suite.js';
import { startMockServer, type RunningMockServer } from '../mock/server.js';
import { UsageError, processIo, type Command, type CommandIo } from './command.js';
import { conformanceCredentials } from './conformance-credentials.js';
import { parseOptions } from './parse-options.js';
import { controlPrefix, defaultRegion } from '../protocol/conventions.js';

const reporterNames = reporterRegistry.map((r) => r.name);

const usage = `Usage: ivs-contract conformance [options]

Checks an IVS implementation against the model over HTTP and reports, operation by operation,
where it departs from the spec. Without --endpoint it starts the built-in emulator and checks it.

Options:
  --endpoint <url>          implementation under test (default: the built-in emulator on a free port)
  --region <name>           region to sign requests for (default ${defaultRegion})
  --reporter <name>         ${reporterNames.join(', ')}; repeat for several (default console)
  --output <path>           write the report there (with several file reporters: <path>.<extension> each)
  --only <pattern>          run only checks whose id, family or operation matches (* wildcards); repeatable
  --skip <pattern>          leave out matching checks; repeatable
  --seed <n>                seed of every random choice (default 1)
  --runs <n>                random sequences; validation sends n/2 inputs per operation (default ${DEFAULT_RUNS})
  --timeout-ms <n>          per-request timeout (default ${DEFAULT_TIMEOUT_MS})
  --recording-state-timeout-ms <n>
                            how long a new recording configuration may stay CREATING (default ${DEFAULT_RECORDING_STATE_TIMEOUT_MS})
  --stream-control <mode>   auto (probe ${controlPrefix}/streams), emulator, or none (default auto)
  --shard <i/n>             run shard i of n; the JSON reports of all shards merge into one
  --record <file>           write every exchange as JSON Lines, run-specific values as placeholders
                            (replay it against another implementation with ivs-contract replay)
  --merge <report.json>...  merge the JSON reports of the shards instead of running, then report
  -h, --help                show this help

Exit codes: 0 every check passed, 1 a check failed, 2 usage or connection error.
Credentials come from the standard AWS chain; a loopback endpoint is signed with AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY when both are set, else with dummy credentials.`;

const optionTable = {
  endpoint: { type: 'string' },
  region: { type: 'string' },
  reporter: { type: 'string', multiple: true },
  output: { type: 'string' },
  only: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  seed: { type: 'string' },
  runs: { type: 'string' },
  'timeout-ms': { type: 'string' },
  'recording-state-timeout-ms': { type: 'string' },
  'stream-control': { type: 'string' },
  shard: { type: 'string' },
  merge: { type: 'boolean' },
  record: { type: 'string' },
} as const;

/** The parsed command line of `conformance`. */
export interface ConformanceArgs {
  readonly endpoint: string | undefined;
  readonly region: string;
  readonly reporters: readonly ConformanceReporter[];
  readonly output: string | undefined;
  readonly only: readonly string[];
  readonly skip: readonly string[];
  readonly seed: number;
  readonly runs: number;
  readonly timeoutMs: number;
  readonly recordingStateTimeoutMs: number;
  readonly streamControl: StreamControlMode;
  readonly shard: { readonly index: number; readonly count: number };
  /** With `--merge`: the shard reports to merge instead of running. */
  readonly merge: readonly string[] | undefined;
  /** With `--record FILE`: where the recording goes. */
  readonly record: string | undefined;
}

function integerIn(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got '${text}'`);
  return value;
}

function oneOf<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got '${text}'`);
  return text as T;
}

/** Turns the command line into run settings, or throws a one-line `UsageError`. */
export function parseConformanceArgs(args: readonly string[]): ConformanceArgs {
  const { values, positionals } = parseOptions(args, optionTable);
  if (values.merge === true && positionals.length === 0)
    throw new UsageError('--merge needs the JSON report files of the shards');
  if (values.merge !== true && positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (values.merge === true && values.record !== undefined)
    throw new UsageError('--record needs a run; it cannot be used with --merge');
  if (values.endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(values.endpoint);
    } catch {
      throw new UsageError(`--endpoint must be an http or https URL, got '${values.endpoint}'`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new UsageError(`--endpoint must be an http or https URL, got '${values.endpoint}'`);
  }
  const region = values.region ?? defaultRegion;
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
    throw new UsageError(`--region must be a region name such as ${defaultRegion}, got '${region}'`);
  const names = [...new Set((values.reporter ?? ['console']).map((r) => oneOf('reporter', r, reporterNames)))];
  const reporters = names.flatMap((name) => findReporter(name) ?? []);
  if (values.output === undefined && reporters.length > 1) {
    throw new UsageError(`--reporter ${names.join(' and ')} cannot share standard output; give --output PATH`);
  }
  const shard = values.shard === undefined ? { index: 1, count: 1 } : parseShard(values.shard);
  if (!shard) throw new UsageError(`--shard must be I/N with 1 <= I <= N, got '${values.shard ?? ''}'`);
  return {
    endpoint: values.endpoint,
    region,
    reporters,
    output: values.output,
    only: values.only ?? [],
    skip: values.skip ?? [],
    seed: integerIn('seed', values.seed, 1, 0, 2 ** 32 - 1),
    runs: integerIn('runs', values.runs, DEFAULT_RUNS, 1, 100_000),
    timeoutMs: integerIn('timeout-ms', values['timeout-ms'], DEFAULT_TIMEOUT_MS, 1, 3_600_000),
    recordingStateTimeoutMs: integerIn(
      'recording-state-timeout-ms',
      values['recording-state-timeout-ms'],
      DEFAULT_RECORDING_STATE_TIMEOUT_MS,
      0,
      3_600_000,
    ),
    streamControl: oneOf('stream-control', values['stream-control'] ?? 'auto', ['auto', 'emulator', 'none'] as const),
    shard,
    merge: values.merge === true ? positionals : undefined,
    record: values.record,
  };
}

/** Where each reporter writes: standard output, or a file derived from `--output`. */
function destinations(args: ConformanceArgs): { reporter: ConformanceReporter; path: string | undefined }[] {
  const files = args.reporters.filter((r) => r.extension !== null);
  return args.reporters.map((reporter) => {
    if (args.output === undefined) return { reporter, path: undefined };
    if (reporter.extension === null) return { reporter, path: files.length > 0 ? undefined : args.output };
    if (files.length === 1) return { reporter, path: args.output };
    return { reporter, path: reportPath(args.output, reporter) };
  });
}

function progressReporter(io: CommandIo): (progress: RunProgress) => void {
  // Rewriting one line in place only makes sense on a terminal; elsewhere each step gets its own line.
  const tty = io === processIo && process.stderr.isTTY === true;
  return (progress) => {
    const text =
      progress.id === 'cleanup'
        ? 'conformance: cleaning up'
        : `conformance: [${progress.index}/${progress.total}] ${progress.id}`;
    if (tty) process.stderr.write(`\r\u001b[K${text}`);
    else io.err(text);
  };
}

/** Writes a report with every reporter asked for; resolves to an exit code when writing failed. */
async function writeReports(
  args: ConformanceArgs,
  report: ConformanceReport,
  io: CommandIo,
): Promise<number | undefined> {
  for (const { reporter, path } of destinations(args)) {
    const text = reporter.render(report);
    if (path === undefined) {
      io.out(text);
      continue;
    }
    try {
      await writeFile(path, text.endsWith('\n') ? text : `${text}\n`);
    } catch (error) {
      io.err(
        `ivs-contract conformance: cannot write ${reporter.name} report to ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 2;
    }
  }
  return undefined;
}

async function mergeCommand(files: readonly string[], args: ConformanceArgs, io: CommandIo): Promise<number> {
  const reports: ConformanceReport[] = [];
  for (const file of files) {
    try {
      reports.push(JSON.parse(await readFile(file, 'utf8')) as ConformanceReport);
    } catch (error) {
      io.err(
        `ivs-contract conformance: cannot read report ${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
      return 2;
    }
  }
  const merged = mergeReports(reports);
  if (!merged.ok) {
    io.err(`ivs-contract conformance: cannot merge: ${merged.error.message}`);
    return 2;
  }
  return (await writeReports(args, merged.value, io)) ?? (merged.value.summary.fail > 0 ? 1 : 0);
}

/** Runs the suite with parsed arguments and returns the exit code. */
export async function runConformanceCommand(args: ConformanceArgs, io: CommandIo, progress = true): Promise<number> {
  let server: RunningMockServer | undefined;
  const aborter = new AbortController();
  const onInterrupt = (): void => {
    io.err('conformance: interrupted; cleaning up what the run created');
    aborter.abort();
  };
  process.once('SIGINT', onInterrupt);
  try {
    let endpoint = args.endpoint;
    if (endpoint === undefined) {
      try {
        server = await startMockServer({ port: 0, host: '127.0.0.1' });
      } catch (error) {
        io.err(
          `ivs-contract conformance: cannot start the built-in emulator: ${error instanceof Error ? error.message : String(error)}`,
        );
        return 2;
      }
      endpoint = server.url;
    }
    const credentials = await conformanceCredentials(endpoint);
    const runId = newRunId();
    const recorder = args.record === undefined ? undefined : createRecorder(runId, args.region);
    const options: RunOptions = {
      runId,
      ...(recorder ? { onWire: recorder.note } : {}),
      endpoint,
      builtInEmulator: server !== undefined,
      region: args.region,
      seed: args.seed,
      runs: args.runs,
      timeoutMs: args.timeoutMs,
      recordingStateTimeoutMs: args.recordingStateTimeoutMs,
      only: args.only,
      skip: args.skip,
      shard: args.shard,
      streamControl: args.streamControl,
      signal: aborter.signal,
      ...(credentials ? { credentials } : {}),
      ...(progress ? { onProgress: progressReporter(io) } : {}),
    };
    const result = await runConformance(options);
    if (progress && io === processIo && process.stderr.isTTY === true) process.stderr.write('\r\u001b[K');
    if (!result.ok) {
      io.err(`ivs-contract conformance: ${result.error.message}`);
      return 2;
    }
    const written = await writeReports(args, result.report, io);
    if (written !== undefined) return written;
    if (recorder && args.record !== undefined) {
      try {
        await writeFile(args.record, `${recorder.lines().join('\n')}\n`);
      } catch (error) {
        io.err(
          `ivs-contract conformance: cannot write the recording to ${args.record}: ${error instanceof Error ? error.message : String(error)}`,
        );
        return 2;
      }
    }
    if (aborter.signal.aborted) return 130;
    return result.report.summary.fail > 0 ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    await server?.close();
  }
}

/** `ivs-contract conformance`: runs the conformance suite against an endpoint or the built-in emulator. */
export const conformanceCommand: Command = {
  name: 'conformance',
  summary: 'check an IVS implementation (default: the built-in emulator) against the spec',
  usage,
  run: (args, io) => {
    const parsed = parseConformanceArgs(args);
    return parsed.merge ? mergeCommand(parsed.merge, parsed, io) : runConformanceCommand(parsed, io);
  },
};
