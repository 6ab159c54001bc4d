import type { OperationName } from '../../generated/types.js';
import type { ConformanceClient } from './client.js';
import type { CoverageRecorder } from './coverage.js';
import type { Fixtures } from './fixtures.js';
import type { NotImplemented } from './implemented.js';
import type { ResourceTracker } from './resources.js';
import type { StreamSupport } from './streams.js';
import type { Exchange } from './types.js';

/** For each operation, the exchange of one call that should succeed, or why none was made. */
export type HappyPath = ReadonlyMap<OperationName, Exchange | { readonly skipped: string }>;

/** Which part of a sharded campaign this process runs: shard `index` (1-based) of `count`. */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/** Everything a check gets to do its work. */
export interface CheckContext {
  /** Signed HTTP access to the implementation under test. */
  readonly client: ConformanceClient;
  /** The region requests are signed for. */
  readonly region: string;
  /** The id of this run, the value of the run tag on every created resource. */
  readonly runId: string;
  /** The seed every random choice of the run derives from. */
  readonly seed: number;
  /** How many random sequences (and samples per operation) to try. */
  readonly runs: number;
  /** The shard this process runs. */
  readonly shard: ShardSpec;
  /** Whether live streams can be driven, and how. */
  readonly streams: StreamSupport;
  /** Resource helpers (created resources carry the run tag). */
  readonly fixtures: Fixtures;
  /** Every resource the run created, for cleanup. */
  readonly resources: ResourceTracker;
  /** What the run exercised. */
  readonly coverage: CoverageRecorder;
  /** One successful call of each operation, made once per run and shared by the response checks. */
  readonly happyPath: () => Promise<HappyPath>;
  /** Operations the endpoint answers as if they did not exist, found by one probe each before the checks run. */
  readonly notImplemented: NotImplemented;
  /** How long a new recording configuration may stay CREATING before the state checks give up, in milliseconds. */
  readonly recordingStateTimeoutMs: number;
  /** Aborted on Ctrl-C; long checks stop early when it is. */
  readonly signal: AbortSignal;
}
