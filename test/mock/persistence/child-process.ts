import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const launcher = fileURLToPath(new URL('../../../bin/ivs-contract.js', import.meta.url));

/** A child process running the `ivs-contract` launcher. */
export interface CliProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout so far. */
  readonly stdout: () => string;
  /** Resolves with the exit code (or signal) and everything written to stderr. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Children still to be killed when a test ends, whatever happened. */
export const children: ChildProcess[] = [];

/** Runs `node [nodeArgs] bin/ivs-contract.js args`. */
export function spawnCli(args: readonly string[], nodeArgs: readonly string[] = []): CliProcess {
  const child = spawn(process.execPath, [...nodeArgs, launcher, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (data: Buffer) => (stdout += data.toString('utf8')));
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, stdout: () => stdout, exited };
}

/** Starts `ivs-contract mock --port 0 --state-file path` and resolves with its URL once it listens. */
export async function startMock(path: string): Promise<CliProcess & { readonly url: string }> {
  const cli = spawnCli(['mock', '--port', '0', '--state-file', path]);
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

/** Kills every child still running. */
export function killChildren(): void {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
