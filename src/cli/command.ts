/** One subcommand of the `ivs-contract` CLI. */
export interface Command {
  /** The word typed after `ivs-contract`. */
  readonly name: string;
  /** One line shown by `ivs-contract --help`. */
  readonly summary: string;
  /** Usage text shown by `ivs-contract <name> --help`. */
  readonly usage: string;
  /** Runs the command and resolves to the process exit code. */
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** Where a command writes; tests pass their own sinks. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** A usage mistake by the person typing the command: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The standard streams, used when the CLI runs as a program. */
export const processIo: CommandIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
