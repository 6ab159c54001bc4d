import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The areas of the code base and which other areas each may import (DESIGN.md §2). */
const allowed: Record<string, readonly string[]> = {
  generated: [],
  'src/smithy': [],
  'src/codegen': ['src/smithy'],
  'src/protocol': ['generated'],
  'src/state': ['generated'],
  'src/mock': ['generated', 'src/protocol', 'src/state'],
  'src/fuzz': ['generated', 'src/protocol', 'src/state'],
  'src/conformance': ['generated', 'src/protocol', 'src/state', 'src/fuzz'],
  'src/index.ts': ['generated', 'src/protocol', 'src/state', 'src/mock', 'src/fuzz', 'src/conformance'],
  'src/cli': [
    'generated',
    'src/smithy',
    'src/codegen',
    'src/protocol',
    'src/state',
    'src/mock',
    'src/fuzz',
    'src/conformance',
  ],
};

function sourceFiles(dir: string): string[] {
  const entries = readdirSync(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

function areaOf(file: string): string | undefined {
  return Object.keys(allowed).find((area) => file === area || file.startsWith(`${area}/`));
}

function relativeImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  return specifiers.map((s) => relative(root, resolve(root, dirname(file), s)));
}

const files = [...sourceFiles('src'), ...sourceFiles('generated')];

describe('layering (data flows model → generated → mock/fuzz/conformance → cli)', () => {
  test('every source file belongs to a known area', () => {
    expect(files.filter((f) => areaOf(f) === undefined)).toEqual([]);
  });

  test.each(files)('%s imports only from the areas its layer allows', (file) => {
    const own = areaOf(file) ?? '';
    const forbidden = relativeImports(file).filter((target) => {
      if (target.startsWith('test/') || target.startsWith('bench/')) return true;
      const area = areaOf(target);
      return area !== undefined && area !== own && !(allowed[own] ?? []).includes(area);
    });
    expect(forbidden).toEqual([]);
  });
});
