import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

/** The option table one command accepts, in node:util's `parseArgs` format. */
export type OptionTable = NonNullable<ParseArgsConfig['options']>;

/** What `parseOptions` returns for an option table. */
export type ParsedOptions<T extends OptionTable> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>
>;

/**
 * Joins `--name -1` into `--name=-1` for options that take a value, so a negative number reaches
 * the option's own check (and its one-line message) instead of node:util's "argument is ambiguous".
 */
function joinNegativeValues(args: readonly string[], options: OptionTable): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else joined.push(arg);
  }
  return joined;
}

/** Parses a command's options strictly, turning node:util's errors into one-line usage errors. */
export function parseOptions<T extends OptionTable>(args: readonly string[], options: T): ParsedOptions<T> {
  try {
    return parseArgs({ args: joinNegativeValues(args, options), options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('\n')[0] ?? message);
  }
}
