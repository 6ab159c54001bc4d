import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BotocoreFixture } from './botocore-diff.js';

/** The namespace of the IVS service shapes in `model/ivs.smithy`. */
export const IVS_NAMESPACE = 'com.amazonaws.ivs';

/** The absolute path of a file or folder given relative to the project root. */
export function projectPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** Reads the facts-only botocore extract of the launch model. */
export function readBotocoreFixture(): BotocoreFixture {
  return JSON.parse(readFileSync(projectPath('test/fixtures/botocore-ivs-2020-07-14.json'), 'utf8')) as BotocoreFixture;
}

/** Reads `model/README.md`, which holds the allow-list of departures. */
export function readModelReadme(): string {
  return readFileSync(projectPath('model/README.md'), 'utf8');
}
