import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { repoRoot } from './results.mjs';

/** The absolute path of a file of the repository, from a path relative to its root. */
export function repoPath(relative) {
  return fileURLToPath(new URL(relative, pathToFileURL(repoRoot)));
}

/** The CLI entry point, `bin/ivs-contract.js`. */
export const cliPath = repoPath('bin/ivs-contract.js');

/**
 * Imports a compiled module of the project (a path under `dist/`, e.g. `src/mock/index.js`),
 * failing with a message that says to build first when it is missing.
 */
export async function importBuilt(relative) {
  const path = repoPath(`dist/${relative}`);
  if (!existsSync(path))
    throw new Error(
      `dist/${relative} is missing: run \`npm run build\` first (the benchmarks measure the compiled code)`,
    );
  return import(pathToFileURL(path).href);
}
