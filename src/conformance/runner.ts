import { randomBytes } from 'node:crypto';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { allChecks } from './checks/index.js';
import { createConformanceClient, type ConformanceClient, type ConformanceClientOptions } from './client.js';
import type { CheckContext, HappyPath, ShardSpec } from './context.js';
import { createCoverageRecorder } from './coverage.js';
import { describeExchange, succeeded } from './expect.js';
import { createFixtures, type Fixtures } from './fixtures.js';
import { runHappyPath } from './happy-path.js';
import { probeImplemented, notImplementedReason, type NotImplemented } from './implemented.js';
import { fail, skip, worstStatus } from './outcome.js';
import { modeledErrorOutcomes } from './modeled-errors.js';
import { serverFaultOutcomes } from './server-errors.js';
import { REPORT_FORMAT, summarize, type CheckReport, type ConformanceReport } from './report.js';
import { trackedKinds } from './resource-kinds.js';
import { createResourceTracker, type CleanupReport } from './resources.js';
import { noStreams, type StreamControl, type StreamControlMode, type StreamSupport } from './streams.js';
import { selectChecks } from './suite.js';
import type { Check } from './check.js';
import type { Exchange, Outcome } from './types.js';
import { controlPrefix, defaultRegion } from '../protocol/conventions.js';

/** Everything a conformance run needs. */
export interface RunOptions {
  /** The base URL of the implementation under test. */
  readonly endpoint: string;
  /** True when the caller started the built-in emulator for this run. */
  readonly builtInEmulator?: boolean;
  /** The region to sign for. Default `us-west-2`. */
  readonly region?: string;
  /** The seed of every random choice. Default 1. */
  readonly seed?: number;
  /** Random sequences (and samples per operation). Default `DEFAULT_RUNS`. */
  readonly runs?: number;
  /** Per-request timeout in milliseconds. Default 10 000. */
  readonly timeoutMs?: number;
  /** How long a new recording configuration may stay CREATING, in milliseconds. Default `DEFAULT_RECORDING_STATE_TIMEOUT_MS`. */
  readonly recordingStateTimeoutMs?: number;
  /** Patterns of checks to keep. */
  readonly only?: readonly string[];
  /** Patterns of checks to drop. */
  readonly skip?: readonly string[];
  /** The shard to run. Default 1/1. */
  readonly shard?: ShardSpec;
  /** How live streams are driven. Default `auto`. */
  readonly streamControl?: StreamControlMode;
  /** Credentials; dummy ones for a loopback endpoint when absent. */
  readonly credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** The fetch to use (tests). */
  readonly fetch?: typeof fetch;
  /** Stops the run early (Ctrl-C); cleanup still happens. */
  readonly signal?: AbortSignal;
  /** The checks to choose from. Default `allChecks`. */
  readonly checks?: readonly Check[];
  /** The run id (the value of the run tag); a fresh random one when absent. */
  readonly runId?: string;
  /** Told about every exchange of the run with its uncut texts (cleanup included), for `--record`. */
  readonly onWire?: ConformanceClientOptions['onWire'];
  /** Told when each check starts, for a progress line. */
  readonly onProgress?: (progress: RunProgress) => void;
}

/** Where a run is. */
export interface RunProgress {
  /** 1-based number of the check starting, or of the cleanup step after the last check. */
  readonly index: number;
  /** Checks in the run. */
  readonly total: number;
  /** The check's id, or `cleanup`. */
  readonly id: string;
}

/** Why a run could not happen at all (exit code 2 in the CLI). */
export interface RunError {
  readonly kind: 'connection';
  /** One line naming what went wrong and where. */
  readonly message: string;
}

/** A finished run, or why there was none. */
export type RunResult =
  | { readonly ok: true; readonly report: ConformanceReport }
  | { readonly ok: false; readonly error: RunError };

/** A fresh run id: 12 hexadecimal characters. */
export const newRunId = (): string => randomBytes(6).toString('hex');

/** Random sequences per run when `--runs` is not given; small enough that a run against the emulator takes a few seconds. */
export const DEFAULT_RUNS = 10;

/** The default per-request timeout. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** How long a new recording configuration may stay CREATING when `recordingStateTimeoutMs` is not given. */
export const DEFAULT_RECORDING_STATE_TIMEOUT_MS = 60_000;

function controlFrom(client: ConformanceClient): StreamControl {
  const streams = client.target({ streamControl: true }).streams;
  const act = async (action: 'start' | 'stop', channelArn: string) => {
    if (!streams) return { ok: false as const, error: 'the target has no stream controls' };
    try {
      const response = await streams[action](channelArn);
      if (response.status >= 200 && response.status < 300) return { ok: true as const };
      return { ok: false as const, error: `POST ${controlPrefix}/streams/${action} answered ${response.status}` };
    } catch (error) {
      return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
    }
  };
  return { start: (arn) => act('start', arn), stop: (arn) => act('stop', arn) };
}

async function resolveStreams(
  mode: StreamControlMode,
  client: ConformanceClient,
  fixtures: Fixtures,
): Promise<StreamSupport> {
  if (mode === 'none') return noStreams('--stream-control none');
  const control = controlFrom(client);
  if (mode === 'emulator') return { available: true, control };
  const created = await fixtures.createChannel({ name: fixtures.name('stream-probe') });
  if (!created.ok)
    return noStreams(`could not create a channel to probe the stream controls (${created.outcome.message})`);
  const started = await control.start(created.value.arn);
  if (!started.ok)
    return noStreams(
      `the endpoint has no stream controls (${started.error}); use an emulator or --stream-control emulator`,
    );
  const live = await client.call('GetStream', { channelArn: created.value.arn });
  await control.stop(created.value.arn);
  if (!succeeded(live))
    return noStreams(`the stream control answered, but GetStream then gave ${describeExchange(live)}`);
  return { available: true, control };
}

/**
 * Turns findings that depend on a missing operation (about it, or showing an exchange with it)
 * into skips that name it, so a missing operation is reported once, by `operationsImplemented`.
 */
function skipMissing(check: Check, outcomes: readonly Outcome[], missing: NotImplemented): Outcome[] {
  if (missing.size === 0 || check.id === 'operationsImplemented') return [...outcomes];
  return outcomes.map((found) => {
    if (found.status === 'skip') return found;
    const culprit = [found.operation, ...found.evidence.map((e) => e.operation)].find(
      (operation): operation is NonNullable<typeof operation> => operation !== null && missing.has(operation),
    );
    const shown = culprit ? missing.get(culprit) : undefined;
    return culprit && shown ? skip(found.operation, `depends on ${notImplementedReason(culprit, shown)}`) : found;
  });
}

async function runOne(
  check: Check,
  context: CheckContext,
  exchanges: readonly Exchange[],
  missing: NotImplemented,
): Promise<CheckReport> {
  const started = performance.now();
  let outcomes: readonly Outcome[];
  try {
    outcomes = await check.run(context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outcomes = [fail(null, `the check stopped with an unexpected error: ${message}`)];
  }
  // A 5xx, a hang or a dropped connection is its own finding even when the check's own logic merged it away.
  const faults = serverFaultOutcomes(exchanges, outcomes, (operation) => operation !== null && missing.has(operation));
  // A modeled error is checked for status, type header and body wherever a check provoked it.
  const malformed = modeledErrorOutcomes(exchanges, outcomes);
  const judged = skipMissing(check, [...outcomes, ...faults, ...malformed], missing);
  return {
    id: check.id,
    title: check.title,
    family: check.family,
    rule: check.rule,
    operations: check.operations,
    status: worstStatus(judged.map((o) => o.status)),
    durationMs: Math.round(performance.now() - started),
    outcomes: judged,
  };
}

/**
 * Runs the selected checks against an endpoint over HTTP and returns the report. Every resource
 * the run creates is tagged with the run id and deleted at the end, also when a check fails or
 * the signal aborts the run. An endpoint that cannot be reached at all gives an error value.
 */
export async function runConformance(options: RunOptions): Promise<RunResult> {
  const startedAt = new Date();
  const region = options.region ?? defaultRegion;
  const seed = options.seed ?? 1;
  const runs = options.runs ?? DEFAULT_RUNS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const recordingStateTimeoutMs = options.recordingStateTimeoutMs ?? DEFAULT_RECORDING_STATE_TIMEOUT_MS;
  const shard = options.shard ?? { index: 1, count: 1 };
  const mode = options.streamControl ?? 'auto';
  const runId = options.runId ?? newRunId();
  const checks = selectChecks(options.checks ?? allChecks, {
    only: options.only ?? [],
    skip: options.skip ?? [],
    shard,
  });

  const coverage = createCoverageRecorder();
  // The exchanges of the check that is running, for the server-fault findings.
  let checkExchanges: Exchange[] = [];
  const resources = createResourceTracker(runId, trackedKinds);
  const clientOptions = {
    endpoint: options.endpoint,
    region,
    timeoutMs,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const client = createConformanceClient({
    ...clientOptions,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onWire ? { onWire: options.onWire } : {}),
    onExchange: (exchange) => {
      coverage.noteExchange(exchange);
      resources.noteExchange(exchange);
      checkExchanges.push(exchange);
    },
  });
  // Cleanup gets a client of its own, so it still works after Ctrl-C aborted the run's requests.
  const cleanupClient = createConformanceClient({
    ...clientOptions,
    ...(options.onWire ? { onWire: options.onWire } : {}),
    onExchange: (exchange) => resources.noteExchange(exchange),
  });

  const probe = await client.call('ListChannels', { maxResults: 1 });
  if (!probe.response) {
    return {
      ok: false,
      error: {
        kind: 'connection',
        message: `cannot reach ${options.endpoint}: ${probe.transportError ?? 'no response'}`,
      },
    };
  }

  const fixtures = createFixtures(client, runId, seed);
  const signal = options.signal ?? new AbortController().signal;
  let streams: StreamSupport = noStreams('not probed');
  const reports: CheckReport[] = [];
  let cleanup: CleanupReport = { deleted: [], leftovers: [] };
  try {
    streams = await resolveStreams(mode, client, fixtures);
    const scope = { accountId: await fixtures.account(), region };
    const notImplemented = await probeImplemented(client, scope, signal);
    let happy: Promise<HappyPath> | undefined;
    const base = {
      client,
      region,
      runId,
      seed,
      runs,
      shard,
      streams,
      fixtures,
      resources,
      coverage,
      signal,
      notImplemented,
      recordingStateTimeoutMs,
    };
    const context: CheckContext = { ...base, happyPath: () => (happy ??= runHappyPath(base)) };
    for (const [i, check] of checks.entries()) {
      if (signal.aborted) break;
      options.onProgress?.({ index: i + 1, total: checks.length, id: check.id });
      checkExchanges = [];
      reports.push(await runOne(check, context, checkExchanges, notImplemented));
    }
  } finally {
    options.onProgress?.({ index: checks.length + 1, total: checks.length, id: 'cleanup' });
    cleanup = await resources.cleanup(cleanupClient, streams.available ? controlFrom(cleanupClient) : null);
  }
  const report: ConformanceReport = {
    format: REPORT_FORMAT,
    run: {
      tool: 'ivs-contract',
      runId,
      endpoint: options.endpoint,
      builtInEmulator: options.builtInEmulator ?? false,
      region,
      seed,
      runs,
      timeoutMs,
      recordingStateTimeoutMs,
      only: options.only ?? [],
      skip: options.skip ?? [],
      shards: [shard],
      streamControl: { mode, available: streams.available, reason: streams.available ? null : streams.reason },
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
    },
    summary: summarize(reports),
    checks: reports,
    coverage: coverage.snapshot(),
    cleanup,
  };
  return { ok: true, report };
}
