export {
  runConformance,
  DEFAULT_RUNS,
  DEFAULT_TIMEOUT_MS,
  type RunOptions,
  type RunProgress,
  type RunResult,
  type RunError,
} from './runner.js';
export { allChecks } from './checks/index.js';
export { selectChecks, matchesPattern, parseShard, runInShard, type Selection } from './suite.js';
export { mergeReports, type MergeError } from './merge.js';
export {
  REPORT_FORMAT,
  summarize,
  type ConformanceReport,
  type CheckReport,
  type ReportSummary,
  type RunInfo,
} from './report.js';
export { formatConsoleReport } from './reporters/console.js';
export { formatJsonReport } from './reporters/json.js';
export { formatJunitReport } from './reporters/junit.js';
export { formatCoverageTable } from './reporters/coverage-table.js';
export { reporters, findReporter, reportPath, type ConformanceReporter } from './reporters/index.js';
export {
  createConformanceClient,
  isLoopback,
  loopbackCredentials,
  type ConformanceClient,
  type ConformanceClientOptions,
  type RawRequest,
} from './client.js';
export type { Coverage, OperationCoverage } from './coverage.js';
export type { CheckContext, ShardSpec } from './context.js';
export type { StreamControl, StreamControlMode, StreamSupport } from './streams.js';
export type { Check, CheckFamily } from './check.js';
export type { CheckStatus, Exchange, Outcome, RequestEvidence, ResponseEvidence } from './types.js';
export {
  createRecorder,
  RECORDING_FORMAT,
  type Recorder,
  type RecordedExchange,
  type RecordingHeader,
} from './recording.js';
export {
  replayRecording,
  parseRecording,
  formatReplayReport,
  type ReplayOptions,
  type ReplayReport,
  type ReplayDifference,
} from './replay.js';
