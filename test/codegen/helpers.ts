// Shared helpers for the codegen tests: model loading without the IDL parser, and OpenAPI linting.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import type { SmithyAst } from '../../src/smithy/ast.js';
import { createAjv } from '../../src/codegen/ajv-setup.js';

/** The facts-only extract of AWS's official IVS JSON AST, parsed. */
export function loadAwsAst(): SmithyAst {
  return JSON.parse(readFileSync(new URL('../fixtures/aws-ivs-2020-07-14.json', import.meta.url), 'utf8')) as SmithyAst;
}

/** The error-level problems Redocly reports for an OpenAPI document (recommended rules), one line each. */
export async function openApiErrors(text: string): Promise<string[]> {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: text, absoluteRef: 'openapi.json', config });
  return problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
}

/** A fresh strict Ajv with the project's keywords (one per test file, so schema ids never clash). */
export const strictAjv = () => createAjv();

/** Writes an artifact set into a fresh folder under node_modules/.cache, where the validators' runtime imports resolve. */
export async function writeToCache(files: ReadonlyMap<string, string>, prefix: string): Promise<string> {
  await mkdir('node_modules/.cache', { recursive: true });
  const dir = await mkdtemp(join(process.cwd(), `node_modules/.cache/${prefix}-`));
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

/** Type-checks the TypeScript files of a written artifact folder with the project's compiler settings; resolves to `ok` or the errors. */
export async function typeCheck(dir: string): Promise<string> {
  const tsconfig = {
    extends: '../../../tsconfig.json',
    compilerOptions: { rootDir: '.', noEmit: true, types: [] },
    include: ['*.ts'],
  };
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  return promisify(execFile)('node_modules/.bin/tsc', ['-p', join(dir, 'tsconfig.json')]).then(
    () => 'ok',
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
}

/** Removes a folder made by `writeToCache`. */
export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });
