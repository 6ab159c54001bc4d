import type { Command } from './command.js';

/** Every subcommand of the CLI, in the order `--help` lists them. */
export const commands: readonly Command[] = [];
