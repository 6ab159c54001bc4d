// Shared helpers for the codegen tests: model loading without the IDL parser, and OpenAPI linting.
import { readFileSync } from 'node:fs';
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
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
}

/** A fresh strict Ajv with the project's keywords (one per test file, so schema ids never clash). */
export const strictAjv = () => createAjv();
