import type { Command } from './command.js';
import { conformanceCommand } from './conformance.js';
import { fixturesCommand } from './fixtures.js';
import { generateCommand } from './generate.js';
import { mockCommand } from './mock.js';
import { replayCommand } from './replay.js';

/** Every subcommand of the CLI, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  generateCommand,
  mockCommand,
  conformanceCommand,
  replayCommand,
  fixturesCommand,
];
