import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const launcher = fileURLToPath(new URL('../../bin/ivs-contract.js', import.meta.url));

/** How a child process ended: its exit code (or signal) and everything it wrote to stderr. */
export interface CliExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** A child process running the `ivs-contract` launcher. */
export interface CliProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout so far. */
  readonly stdout: () => string;
  /** Everything written to stderr so far. */
  readonly stderr: () => string;
  /** Resolves once the process has ended. */
  readonly exited: Promise<CliExit>;
}

/** What `spawnCli` may add: node's own arguments and the environment (default: this process's). */
export interface SpawnCliOptions {
  readonly nodeArgs?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/** Children still to be killed when a test ends, whatever happened. */
const children: ChildProcess[] = [];

/** Runs `node [nodeArgs] bin/ivs-contract.js args` from the repository root. */
export function spawnCli(args: readonly string[], options: SpawnCliOptions = {}): CliProcess {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), launcher, ...args], {
    cwd: root,
    ...(options.env === undefined ? {} : { env: options.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (data: Buffer) => (stdout += data.toString('utf8')));
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
  const exited = new Promise<CliExit>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Starts `ivs-contract mock --port 0 args` and resolves with its URL once it prints the line that names it. */
export async function startMockCli(
  args: readonly string[],
  options: SpawnCliOptions = {},
): Promise<CliProcess & { readonly url: string }> {
  const cli = spawnCli(['mock', '--port', '0', ...args], options);
  const url = await new Promise<string>((resolve, reject) => {
    const check = (): void => {
      // Only a whole line: a chunk may end in the middle of the port number.
      const match = /^ivs-contract mock listening on (http:\/\/\S+)\n/m.exec(cli.stdout());
      if (match?.[1] !== undefined) resolve(match[1]);
    };
    cli.child.stdout?.on('data', check);
    void cli.exited.then(({ code, stderr }) =>
      reject(new Error(`ivs-contract mock exited with ${code} before listening: ${stderr}`)),
    );
  });
  return { ...cli, url };
}

/** Kills every child `spawnCli` started that is still running. */
export function killChildren(): void {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
