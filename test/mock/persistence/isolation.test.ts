import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** The source file a relative specifier ending in `.js` names (its `.ts` twin). */
function sourceOf(from: string, specifier: string): string {
  const target = resolve(dirname(from), specifier);
  const ts = target.replace(/\.js$/, '.ts');
  return existsSync(ts) ? ts : target;
}

/** Every file reachable from `entry` through relative imports (static, re-exports and dynamic). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      queue.push(sourceOf(file, match[1] ?? ''));
    }
  }
  return seen;
}

const sources = readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => join(entry.parentPath, entry.name));

describe('better-sqlite3 stays out of the way of everyone who does not ask for a state file', () => {
  test('nothing reachable from the mock entry point is persistence code or names better-sqlite3', () => {
    const files = [...reachable(join(root, 'src/mock/index.ts'))];
    expect(files.filter((file) => file.includes('/persistence/')).map((file) => relative(root, file))).toEqual([]);
    expect(
      files.filter((file) => readFileSync(file, 'utf8').includes('better-sqlite3')).map((file) => relative(root, file)),
    ).toEqual([]);
  });

  test('the one runtime import of better-sqlite3 is a dynamic import in the persistence loader', () => {
    const importing = sources.filter((file) =>
      /\bimport\s*\(\s*['"]better-sqlite3['"]\s*\)/.test(readFileSync(file, 'utf8')),
    );
    expect(importing.map((file) => relative(root, file))).toEqual(['src/mock/persistence/sqlite.ts']);
    const staticImports = sources.filter((file) =>
      /^import\s+(?!type\b)[^;]*from\s+['"]better-sqlite3['"]/m.test(readFileSync(file, 'utf8')),
    );
    expect(staticImports.map((file) => relative(root, file))).toEqual([]);
  });
});
