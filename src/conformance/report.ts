import type { OperationName } from '../../generated/types.js';
import type { Coverage } from './coverage.js';
import type { ShardSpec } from './context.js';
import type { CleanupReport } from './resources.js';
import type { StreamControlMode } from './streams.js';
import type { CheckStatus, Outcome } from './types.js';
import type { CheckFamily } from './check.js';

/** The tag of the JSON report format, so readers can refuse a format they do not know. */
export const REPORT_FORMAT = 'ivs-contract/conformance-report@1';

/** The result of one check in a report. */
export interface CheckReport {
  /** The check's id, e.g. `statusCodeConformance`. */
  readonly id: string;
  /** A short human title. */
  readonly title: string;
  /** The family of the check. */
  readonly family: CheckFamily;
  /** The rule it asserts. */
  readonly rule: string;
  /** The operations it exercises. */
  readonly operations: readonly OperationName[];
  /** The worst status of its outcomes: fail, then warn, then pass; skip when every outcome is a skip. */
  readonly status: CheckStatus;
  /** How long it ran, in milliseconds. */
  readonly durationMs: number;
  /** Every finding, each with its operation, status, message and evidence. */
  readonly outcomes: readonly Outcome[];
}

/** Counts of checks by status. */
export interface ReportSummary {
  readonly checks: number;
  readonly pass: number;
  readonly fail: number;
  readonly warn: number;
  readonly skip: number;
}

/** How the run was made. */
export interface RunInfo {
  /** The tool that made the report. */
  readonly tool: 'ivs-contract';
  /** The value of the `ivs-contract:run-id` tag on every resource the run created. */
  readonly runId: string;
  /** The endpoint under test. */
  readonly endpoint: string;
  /** True when the run started the built-in emulator itself (the endpoint is then a throwaway port). */
  readonly builtInEmulator: boolean;
  /** The signing region. */
  readonly region: string;
  /** The seed of every random choice. */
  readonly seed: number;
  /** Random sequences (and samples per operation) asked for. */
  readonly runs: number;
  /** Per-request timeout in milliseconds. */
  readonly timeoutMs: number;
  /** How long a new recording configuration may stay CREATING before the state checks give up, in milliseconds. */
  readonly recordingStateTimeoutMs: number;
  /** The `--only` patterns. */
  readonly only: readonly string[];
  /** The `--skip` patterns. */
  readonly skip: readonly string[];
  /** The shards this report covers (one, or all of them after a merge). */
  readonly shards: readonly ShardSpec[];
  /** The stream control mode asked for, and whether live streams could be driven. */
  readonly streamControl: {
    readonly mode: StreamControlMode;
    readonly available: boolean;
    readonly reason: string | null;
  };
  /** When the run started (ISO 8601). */
  readonly startedAt: string;
  /** How long the run took, in milliseconds (the longest shard after a merge). */
  readonly durationMs: number;
}

/**
 * A conformance run as JSON (`--reporter json`):
 * `{ format, run, summary, checks: [{ id, title, family, rule, operations, status, durationMs,
 * outcomes: [{ status, operation, message, evidence: [{ operation, request, response,
 * transportError, json, durationMs }], specSilence?, details? }] }], coverage, cleanup }`.
 * Reports of the shards of one campaign merge into one with `mergeReports`.
 */
export interface ConformanceReport {
  /** Always `REPORT_FORMAT`. */
  readonly format: typeof REPORT_FORMAT;
  /** How the run was made. */
  readonly run: RunInfo;
  /** Checks counted by status. */
  readonly summary: ReportSummary;
  /** Every check that ran, in run order. */
  readonly checks: readonly CheckReport[];
  /** What was exercised, per operation. */
  readonly coverage: Coverage;
  /** What cleanup deleted and what it could not. */
  readonly cleanup: CleanupReport;
}

/** Counts checks by status. */
export function summarize(checks: readonly CheckReport[]): ReportSummary {
  const count = (status: CheckStatus): number => checks.filter((c) => c.status === status).length;
  return { checks: checks.length, pass: count('pass'), fail: count('fail'), warn: count('warn'), skip: count('skip') };
}
