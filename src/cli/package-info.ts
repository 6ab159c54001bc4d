import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the CLI reads from its own package.json. */
export interface PackageInfo {
  /** The folder holding ivs-contract's package.json (the checkout, or the installed package). */
  readonly root: string;
  /** The package version, e.g. `0.1.0`. */
  readonly version: string;
}

/** Finds ivs-contract's own package.json above this module, wherever it runs from (src/, dist/ or an install). */
export function packageInfo(from: string = dirname(fileURLToPath(import.meta.url))): PackageInfo {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (manifest.name === 'ivs-contract' && typeof manifest.version === 'string')
        return { root: dir, version: manifest.version };
    } catch {
      // No readable package.json here: look one folder up.
    }
    if (dirname(dir) === dir) throw new Error(`ivs-contract: no package.json of ivs-contract above ${from}`);
  }
}
