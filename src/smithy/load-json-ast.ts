import { assembleModel, type LoadResult } from './assemble-model.js';

/** Loads and validates one JSON AST document (Smithy 1.0 or 2.0) as a complete model. */
export function loadJsonAst(text: string, file: string): LoadResult {
  return assembleModel([{ path: file, text, kind: 'json' }], { validate: true });
}
