import { defaultRegion } from '../protocol/conventions.js';
import { readFile } from 'node:fs/promises';
import { formatReplayReport, parseRecording, replayRecording } from '../conformance/replay.js';
import { DEFAULT_TIMEOUT_MS } from '../conformance/runner.js';
import { UsageError, type Command, type CommandIo } from './command.js';
import { conformanceCredentials } from './conformance-credentials.js';
import { parseOptions } from './parse-options.js';

const usage = `Usage: ivs-contract replay <recording.jsonl> --endpoint <url> [options]

Sends the requests of a recording made with 'ivs-contract conformance --record FILE' to another
implementation, in order, with its own ARNs, run id and page tokens in place of the placeholders,
and reports every answer that differs from the recorded one (status, error type, normalized body).

Options:
  --endpoint <url>      implementation to hold to the recording (required)
  --region <name>       region to sign requests for (default: the recording's)
  --timeout-ms <n>      per-request timeout (default ${DEFAULT_TIMEOUT_MS})
  -h, --help            show this help

Exit codes: 0 every answer as recorded, 1 some answers differ, 2 usage error, unreadable recording or unreachable endpoint.`;

const optionTable = {
  endpoint: { type: 'string' },
  region: { type: 'string' },
  'timeout-ms': { type: 'string' },
} as const;

/** The parsed command line of `replay`. */
export interface ReplayArgs {
  readonly file: string;
  readonly endpoint: string;
  readonly region: string | undefined;
  readonly timeoutMs: number;
}

/** Turns the command line into replay settings, or throws a one-line `UsageError`. */
export function parseReplayArgs(args: readonly string[]): ReplayArgs {
  const { values, positionals } = parseOptions(args, optionTable);
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError('replay needs the recording file');
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  if (values.endpoint === undefined) throw new UsageError('replay needs --endpoint URL');
  let url: URL | undefined;
  try {
    url = new URL(values.endpoint);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new UsageError(`--endpoint must be an http or https URL, got '${values.endpoint}'`);
  if (values.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(values.region))
    throw new UsageError(`--region must be a region name such as ${defaultRegion}, got '${values.region}'`);
  const timeout = values['timeout-ms'];
  const timeoutMs = timeout === undefined ? DEFAULT_TIMEOUT_MS : /^\d+$/.test(timeout) ? Number(timeout) : Number.NaN;
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 3_600_000)
    throw new UsageError(`--timeout-ms must be an integer from 1 to 3600000, got '${timeout}'`);
  return { file, endpoint: values.endpoint, region: values.region, timeoutMs };
}

/** Replays a recording with parsed arguments and returns the exit code. */
export async function runReplayCommand(args: ReplayArgs, io: CommandIo): Promise<number> {
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (error) {
    io.err(`ivs-contract replay: cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const recording = parseRecording(text);
  if (!recording.ok) {
    io.err(`ivs-contract replay: ${args.file} is not a recording: ${recording.error.message}`);
    return 2;
  }
  const credentials = await conformanceCredentials(args.endpoint);
  const report = await replayRecording(recording.header, recording.exchanges, {
    endpoint: args.endpoint,
    timeoutMs: args.timeoutMs,
    ...(args.region ? { region: args.region } : {}),
    ...(credentials ? { credentials } : {}),
  });
  if (report.unreachable) {
    io.err(`ivs-contract replay: cannot reach ${args.endpoint}: no exchange got an answer`);
    return 2;
  }
  io.out(formatReplayReport(report));
  return report.differences.length > 0 ? 1 : 0;
}

/** `ivs-contract replay`: holds another implementation to a recording of a conformance run. */
export const replayCommand: Command = {
  name: 'replay',
  summary: 'send a recorded conformance run to another implementation and report where its answers differ',
  usage,
  run: (args, io) => runReplayCommand(parseReplayArgs(args), io),
};
