import { realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { generate } from '../codegen/generate.js';
import { GENERATED_MARKER } from '../codegen/header.js';
import { formatDiagnostic } from '../smithy/diagnostics.js';
import { loadModelFromPaths } from '../smithy/load-model.js';
import { UsageError, type Command } from './command.js';
import { packageInfo } from './package-info.js';
import { parseOptions } from './parse-options.js';

/** Hand-written files that live in the output folder and are never generated, checked or deleted. */
export const KEPT_FILES: ReadonlySet<string> = new Set(['README.md']);

/** The outcome of generating from model files: the artifact set, or one-line messages to print. */
export type GenerateFromPathsResult =
  | { readonly ok: true; readonly files: ReadonlyMap<string, string>; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly messages: readonly string[] };

/** How one generated file compares with the file on disk. */
export interface FileDifference {
  /** Path relative to the output folder, with `/` separators. */
  readonly path: string;
  /** `stale` (content differs), `missing` (not on disk) or `extra` (on disk, no longer generated). */
  readonly kind: 'stale' | 'missing' | 'extra';
}

const toPosix = (path: string): string => path.split(sep).join('/');

/** Names model paths for the generated headers without absolute paths: relative to `cwd`, or just the file name outside it. */
export async function describeSource(paths: readonly string[], cwd: string): Promise<string> {
  const names: string[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    const rel = relative(cwd, full);
    const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    const name = inside ? toPosix(rel) : basename(full);
    const isDir = await stat(full).then(
      (s) => s.isDirectory(),
      () => false,
    );
    names.push(isDir ? `${name}/` : name);
  }
  return names.join(', ');
}

/** Loads the model from files or folders and runs every emitter in memory. */
export async function generateFromPaths(paths: readonly string[], cwd: string): Promise<GenerateFromPathsResult> {
  const loaded = await loadModelFromPaths(paths.map((p) => resolve(cwd, p)));
  const warnings = loaded.warnings.map(formatDiagnostic);
  if (!loaded.ok) return { ok: false, messages: [...loaded.errors.map(formatDiagnostic), ...warnings] };
  const result = generate(loaded.model, { source: await describeSource(paths, cwd) });
  if (!result.ok) return { ok: false, messages: [`generate: ${result.error.message}`] };
  return { ok: true, files: result.value, warnings };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => toPosix(relative(dir, join(e.parentPath, e.name))))
    .filter((p) => !KEPT_FILES.has(p))
    .sort();
}

/** Compares an artifact set with a folder: every stale, missing or extra file, sorted by path. */
export async function compareWithDir(files: ReadonlyMap<string, string>, dir: string): Promise<FileDifference[]> {
  const differences: FileDifference[] = [];
  for (const [path, text] of files) {
    const current = await readFile(join(dir, path), 'utf8').catch(() => undefined);
    if (current === undefined) differences.push({ path, kind: 'missing' });
    else if (current !== text) differences.push({ path, kind: 'stale' });
  }
  for (const path of await listFiles(dir)) {
    if (!files.has(path)) differences.push({ path, kind: 'extra' });
  }
  return differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Writes an artifact set into a folder: changed and new files are written, generated files no longer produced are removed. */
export async function writeArtifacts(files: ReadonlyMap<string, string>, dir: string): Promise<FileDifference[]> {
  const differences = await compareWithDir(files, dir);
  for (const { path, kind } of differences) {
    const full = join(dir, path);
    if (kind === 'extra') {
      // Only delete what the generator wrote; anything else in the folder belongs to a person.
      const text = await readFile(full, 'utf8').catch(() => '');
      if (text.includes(GENERATED_MARKER)) await rm(full);
      continue;
    }
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, files.get(path) ?? '');
  }
  return differences;
}

const OPTIONS = {
  model: { type: 'string', multiple: true },
  out: { type: 'string' },
  check: { type: 'boolean' },
} as const;

/** `ivs-contract generate`: regenerates `generated/` from the Smithy model, or checks that it is fresh. */
export const generateCommand: Command = {
  name: 'generate',
  summary: 'Regenerate generated/ from the Smithy model (or --check that it is fresh)',
  usage: [
    'Usage: ivs-contract generate [--model <file|dir>]... [--out <dir>] [--check]',
    '',
    'Options:',
    "  --model <file|dir>  Smithy IDL or JSON AST file, or a folder of them (repeatable; default: the package's model/)",
    '  --out <dir>         Folder to write the artifacts into (default: generated, in the ivs-contract checkout only)',
    '  --check             Write nothing; exit 1 listing every stale, missing or extra file',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, OPTIONS);
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const cwd = process.cwd();
    const own = packageInfo().root;
    // Run from an installed package, the default model is the one it ships, and the output folder must be named.
    const inCheckout = realpathSync(cwd) === realpathSync(own);
    if (values.out === undefined && !inCheckout)
      throw new UsageError(
        '--out <dir> is needed outside the ivs-contract checkout (the package already ships generated/ as ivs-contract/schemas/* and ivs-contract/openapi.json)',
      );
    const models = values.model && values.model.length > 0 ? values.model : [inCheckout ? 'model' : join(own, 'model')];
    const out = resolve(cwd, values.out ?? 'generated');
    const generated = await generateFromPaths(models, cwd);
    if (!generated.ok) {
      for (const message of generated.messages) io.err(message);
      return 1;
    }
    for (const warning of generated.warnings) io.err(warning);
    if (values.check) {
      const differences = await compareWithDir(generated.files, out);
      for (const d of differences) io.err(`${d.kind}: ${toPosix(relative(cwd, join(out, d.path)) || d.path)}`);
      if (differences.length > 0) {
        io.err(`generate --check: ${differences.length} file(s) differ; run npm run generate`);
        return 1;
      }
      io.out(`generate --check: ${generated.files.size} files are fresh`);
      return 0;
    }
    const written = await writeArtifacts(generated.files, out);
    io.out(
      `generate: ${generated.files.size} files in ${toPosix(relative(cwd, out)) || '.'} (${written.length} changed)`,
    );
    return 0;
  },
};
