import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { assembleModel, type LoadResult, type ModelSource } from './assemble-model.js';
import type { SmithyDiagnostic } from './diagnostics.js';

export type { LoadResult, ModelSource } from './assemble-model.js';

/**
 * Loads model files (IDL `.smithy` and JSON AST `.json`) into one validated model, returned as the
 * JSON AST the Smithy CLI prints, with mixins flattened into the shapes that use them.
 * @example loadModel([{ path: 'model/ivs.smithy', text }])
 */
export function loadModel(sources: readonly ModelSource[]): LoadResult {
  return assembleModel(sources, { validate: true });
}

/** Reads model files and directories (every `.smithy` and `.json` file below them, sorted by path) and loads them. */
export async function loadModelFromPaths(paths: readonly string[]): Promise<LoadResult> {
  const files: string[] = [];
  const errors: SmithyDiagnostic[] = [];
  for (const path of paths) {
    try {
      files.push(...(await modelFiles(path)));
    } catch (e) {
      errors.push({
        severity: 'ERROR',
        message: `Cannot read model path: ${e instanceof Error ? e.message : String(e)}`,
        file: path,
      });
    }
  }
  const sources: ModelSource[] = [];
  for (const file of files) {
    try {
      sources.push({ path: file, text: await readFile(file, 'utf8') });
    } catch (e) {
      errors.push({
        severity: 'ERROR',
        message: `Cannot read model file: ${e instanceof Error ? e.message : String(e)}`,
        file,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  return loadModel(sources);
}

async function modelFiles(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const out: string[] = [];
  const entries = await readdir(path, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await modelFiles(full)));
    else if (entry.name.endsWith('.smithy') || entry.name.endsWith('.json')) out.push(full);
  }
  return out;
}
