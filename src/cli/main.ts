import { UsageError, processIo, type Command, type CommandIo } from './command.js';
import { commands } from './commands.js';
import { packageInfo } from './package-info.js';

const programUsage = (list: readonly Command[]): string =>
  [
    'Usage: ivs-contract <command> [options]',
    '',
    'Commands:',
    ...list.map((c) => `  ${c.name.padEnd(14)}${c.summary}`),
    '',
    'Run `ivs-contract <command> --help` for the options of one command; `ivs-contract --version` prints the version.',
  ].join('\n');

/** Runs the CLI with the given arguments and resolves to the exit code (0 ok, 1 failure, 2 usage). */
export async function main(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(programUsage(commands));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(packageInfo().version);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`ivs-contract: unknown command '${name}' (known: ${commands.map((c) => c.name).join(', ')})`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`ivs-contract ${command.name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
