import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

/** The option table one command accepts, in node:util's `parseArgs` format. */
export type OptionTable = NonNullable<ParseArgsConfig['options']>;

/** What `parseOptions` returns for an option table. */
export type ParsedOptions<T extends OptionTable> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>
>;

/** Parses a command's options strictly, turning node:util's errors into one-line usage errors. */
export function parseOptions<T extends OptionTable>(args: readonly string[], options: T): ParsedOptions<T> {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('\n')[0] ?? message);
  }
}
