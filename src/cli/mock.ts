import { readFile } from 'node:fs/promises';
import type { AuthCredential } from '../mock/auth/index.js';
import {
  MockServerListenError,
  StateFileError,
  startMockServer,
  type MockServerOptions,
  type RunningMockServer,
} from '../mock/server.js';
import { UsageError, type Command, type CommandIo } from './command.js';
import { parseOptions } from './parse-options.js';
import { controlPrefix, defaultAccountId, defaultRegion } from '../protocol/conventions.js';

const usage = `Usage: ivs-contract mock [options]

Serves the IVS emulator over HTTP until interrupted (Ctrl-C, SIGTERM).

Options:
  --host <address>   interface to bind (default 127.0.0.1; 0.0.0.0 exposes it to the network)
  --port <n>         TCP port, 0 for any free port (default 4566)
  --account <id>     12-digit account id of callers (default ${defaultAccountId})
  --region <name>    region of every call (default: the request's SigV4 region, else ${defaultRegion})
  --seed <n>         seed for ids and keys, for reproducible runs (default random)
  --no-control       do not serve the store controls under ${controlPrefix}/
  --auth             verify SigV4 signatures; refuse unsigned or wrongly signed requests with 403
  --credentials <KEYID:SECRET[:ACCOUNT]>
                     an access key --auth accepts (repeatable; ACCOUNT, 12 digits, is its
                     callers' account); default: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, else test:test
  --fixtures <file>  load this snapshot or fixtures file (JSON, as written by \`ivs-contract fixtures\` or
                     the snapshot control route) at start; a bad file is refused with exit code 2
  --state-file <path>
                     keep the state in this SQLite file: loaded at start, each change committed
                     before its answer (needs the better-sqlite3 package); default: memory only
  -h, --help         show this help

Point any client at the printed URL, e.g.
  aws ivs list-channels --endpoint-url http://127.0.0.1:4566`;

const optionTable = {
  host: { type: 'string' },
  port: { type: 'string' },
  account: { type: 'string' },
  region: { type: 'string' },
  seed: { type: 'string' },
  'no-control': { type: 'boolean' },
  auth: { type: 'boolean' },
  credentials: { type: 'string', multiple: true },
  'state-file': { type: 'string' },
  fixtures: { type: 'string' },
} as const;

/** What `ivs-contract mock` is asked to do: the server's options, and the file to load at start. */
export interface MockCommandOptions extends MockServerOptions {
  /** A snapshot or fixtures JSON file to restore before serving. */
  readonly fixturesFile?: string;
}

function integerIn(name: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got '${text}'`);
  }
  return value;
}

function matching(name: string, text: string, pattern: RegExp, allowed: string): string {
  if (!pattern.test(text)) throw new UsageError(`--${name} must be ${allowed}, got '${text}'`);
  return text;
}

/** Reads one `--credentials KEYID:SECRET[:ACCOUNT]` value. */
function credentialOf(text: string): AuthCredential {
  const match = /^([A-Za-z0-9_]+):([^\s]+?)(?::(\d{12}))?$/.exec(text);
  if (match === null)
    throw new UsageError(
      `--credentials must be KEYID:SECRET or KEYID:SECRET:ACCOUNT (a 12-digit account id), got '${text.replace(/:.*/, ':…')}'`,
    );
  const [, accessKeyId = '', secretAccessKey = '', accountId] = match;
  return accountId === undefined ? { accessKeyId, secretAccessKey } : { accessKeyId, secretAccessKey, accountId };
}

/** The access keys `--auth` accepts: the `--credentials` given, else the pair in the environment, else `test`/`test`. */
function authCredentials(given: readonly string[] | undefined, env: NodeJS.ProcessEnv): AuthCredential[] {
  if (given !== undefined && given.length > 0) return given.map(credentialOf);
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (accessKeyId && secretAccessKey) return [{ accessKeyId, secretAccessKey }];
  return [{ accessKeyId: 'test', secretAccessKey: 'test' }];
}

/** Turns the command line into server options, or throws a one-line `UsageError`. */
export function mockServerOptions(args: readonly string[], env: NodeJS.ProcessEnv = process.env): MockCommandOptions {
  const { values, positionals } = parseOptions(args, optionTable);
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const options: { -readonly [K in keyof MockCommandOptions]: MockCommandOptions[K] } = {
    host:
      values.host === undefined
        ? '127.0.0.1'
        : matching('host', values.host, /^[A-Za-z0-9.:%-]+$/, 'an IP address or host name'),
    port: values.port === undefined ? 4566 : integerIn('port', values.port, 0, 65535),
    control: values['no-control'] !== true,
  };
  if (values.account !== undefined)
    options.accountId = matching('account', values.account, /^\d{12}$/, 'a 12-digit account id');
  if (values.region !== undefined)
    options.region = matching(
      'region',
      values.region,
      /^[a-z]{2}(-[a-z]+)+-\d+$/,
      `a region name such as ${defaultRegion}`,
    );
  if (values.seed !== undefined) options.seed = integerIn('seed', values.seed, 0, Number.MAX_SAFE_INTEGER);
  if (values.credentials !== undefined && values.auth !== true) throw new UsageError('--credentials needs --auth');
  if (values.auth === true) options.auth = { credentials: authCredentials(values.credentials, env) };
  if (values['state-file'] !== undefined) {
    if (values['state-file'] === '') throw new UsageError('--state-file needs a path');
    options.stateFile = values['state-file'];
  }
  if (values.fixtures !== undefined) {
    if (values.fixtures === '') throw new UsageError('--fixtures needs a path');
    options.fixturesFile = values.fixtures;
  }
  return options;
}

interface SignalWait {
  readonly signalled: Promise<NodeJS.Signals>;
  readonly cancel: () => void;
}

function waitForSignal(): SignalWait {
  let stop: (signal: NodeJS.Signals) => void = () => undefined;
  const cancel = (): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  const signalled = new Promise<NodeJS.Signals>((resolve) => {
    stop = (signal) => {
      cancel();
      resolve(signal);
    };
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { signalled, cancel };
}

function handlerErrorLine(error: unknown, request: Request): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `ivs-contract mock: ${request.method} ${new URL(request.url).pathname} failed inside the emulator (answered 500): ${reason}`;
}

function channelCount(server: RunningMockServer): number {
  return server.store.snapshot().partitions.reduce((sum, partition) => sum + partition.channels.length, 0);
}

async function start(options: MockServerOptions): Promise<RunningMockServer> {
  try {
    return await startMockServer(options);
  } catch (error) {
    if (error instanceof MockServerListenError) throw new UsageError(error.message);
    throw error;
  }
}

/** Reads the `--fixtures` file as JSON, or throws a one-line `UsageError` naming the file. */
async function readFixtures(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    throw new UsageError(`--fixtures ${path} cannot be read (${code})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--fixtures ${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const { fixturesFile, ...options } = mockServerOptions(args);
  const fixtures = fixturesFile === undefined ? undefined : await readFixtures(fixturesFile);
  // Listen for signals before announcing the URL, so a caller that stops us right after reading it is heard.
  const wait = waitForSignal();
  let server: RunningMockServer;
  try {
    server = await start({ ...options, onHandlerError: (error, request) => io.err(handlerErrorLine(error, request)) });
  } catch (error) {
    wait.cancel();
    if (!(error instanceof StateFileError)) throw error;
    // The missing-package line already names the command and option; the others get the usual prefix.
    io.err(error.code === 'missing-package' ? error.message : `ivs-contract mock: ${error.message}`);
    return 2;
  }
  if (fixturesFile !== undefined) {
    const restored = server.store.tryRestore(fixtures);
    if (!restored.ok) {
      wait.cancel();
      await server.close();
      io.err(`ivs-contract mock: --fixtures ${fixturesFile} is not a valid snapshot: ${restored.error.message}`);
      return 2;
    }
  }
  io.out(`ivs-contract mock listening on ${server.url}`);
  if (options.stateFile !== undefined) {
    const loaded = channelCount(server);
    io.err(
      `ivs-contract mock: state kept in ${options.stateFile} (${loaded} channel${loaded === 1 ? '' : 's'} loaded)`,
    );
  }
  if (options.auth !== undefined)
    io.err(
      `ivs-contract mock: SigV4 verification on; access keys accepted: ${options.auth.credentials.map((c) => c.accessKeyId).join(', ')}`,
    );
  const signal = await wait.signalled;
  await server.close();
  io.err(`ivs-contract mock: stopped on ${signal}`);
  return 0;
}

/** `ivs-contract mock`: the IVS emulator over real HTTP, for boto3, the AWS CLI, browsers and any other client. */
export const mockCommand: Command = {
  name: 'mock',
  summary: 'Serve the IVS emulator over HTTP for boto3, the AWS CLI, browsers and other clients',
  usage,
  run,
};
