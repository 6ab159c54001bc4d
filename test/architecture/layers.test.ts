import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** Every module specifier a file imports or re-exports (static, dynamic, side-effect and type-only). */
function importSpecifiers(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

function relativeImports(file: string): string[] {
  return importSpecifiers(file)
    .filter((s) => s.startsWith('./') || s.startsWith('../'))
    .map((s) => relative(root, resolve(root, dirname(file), s)));
}

const packageName = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string }).name;

/** The source file an import resolves to (`./x.js` is written for `./x.ts`). */
function sourceOf(target: string): string {
  const typescript = target.replace(/\.js$/, '.ts');
  return existsSync(join(root, typescript)) ? typescript : target;
}

/** The import cycles of a graph: each strongly connected group of more than one module, or a module importing itself. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

const files = [...sourceFiles('src'), ...sourceFiles('generated')];

/** The transport adapters of the mock's core (DESIGN.md §3): each imports the core and nothing of another adapter. */
const mockAdapters = ['src/mock/msw', 'src/mock/node'];
/** The SQLite state file: Node only, so not core; the node adapter uses it, it uses no adapter. */
const persistence = 'src/mock/persistence';
/** The public entries of the mock, which put the core and its adapters together. */
const mockEntries = ['src/mock/index.ts', 'src/mock/server.ts'];
const adapterOf = (file: string): string | undefined => mockAdapters.find((dir) => file.startsWith(`${dir}/`));
const coreFiles = files.filter(
  (f) =>
    f.startsWith('src/mock/') &&
    adapterOf(f) === undefined &&
    !f.startsWith(`${persistence}/`) &&
    !mockEntries.includes(f),
);
const adapterFiles = files.filter((f) => adapterOf(f) !== undefined || f.startsWith(`${persistence}/`));
/** Node's built-in modules, with or without the `node:` prefix. */
const nodeBuiltin =
  /^(node:|(fs|http|https|net|stream|path|os|url|crypto|child_process|events|buffer|zlib|util)(\/|$))/;

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

describe('the package from the inside', () => {
  test.each(files)(`%s never imports '${packageName}' by its package name`, (file) => {
    const byName = importSpecifiers(file).filter((s) => s === packageName || s.startsWith(`${packageName}/`));
    expect(byName).toEqual([]);
  });

  test('no module of src/ or generated/ is part of an import cycle (type-only imports count)', () => {
    const graph = new Map(files.map((file) => [file, relativeImports(file).map(sourceOf)]));
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('importCycles (the cycle finder the test above relies on)', () => {
  test('finds a cycle of two modules and one of three, and no module outside them', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['e']],
      ['e', ['c']],
      ['f', ['a']],
    ]);
    expect(importCycles(graph)).toEqual([
      ['c', 'd', 'e'],
      ['a', 'b'],
    ]);
  });

  test('finds a module that imports itself', () => {
    expect(importCycles(new Map([['a', ['a']]]))).toEqual([['a']]);
  });

  test('finds none in a graph that only flows one way', () => {
    expect(
      importCycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('the mock is a core with adapters (it runs in a browser; MSW and node:http only translate)', () => {
  test('the core has files', () => {
    expect(coreFiles).toContain('src/mock/core.ts');
  });

  test.each(coreFiles)('%s imports no adapter, no msw and nothing of node', (file) => {
    const adapters = relativeImports(file).filter(
      (target) => adapterOf(target) !== undefined || target.startsWith(`${persistence}/`),
    );
    const packages = importSpecifiers(file).filter(
      (name) => name === 'msw' || name.startsWith('msw/') || nodeBuiltin.test(name),
    );
    expect([...adapters, ...packages]).toEqual([]);
  });

  test.each(adapterFiles)('%s imports no other adapter (persistence: none at all)', (file) => {
    const own = adapterOf(file);
    expect(
      relativeImports(file).filter((target) => adapterOf(target) !== undefined && adapterOf(target) !== own),
    ).toEqual([]);
  });
});
