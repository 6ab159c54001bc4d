import { assembleModel, type LoadResult } from './assemble-model.js';

/**
 * Parses one IDL file on its own into its JSON AST fragment with absolute ids (relative ids resolve
 * against that file alone; apply, mixins and docs are folded in). Whole-model validation is not
 * run, since targets may live in other files: use `loadModel` for that.
 */
export function parseIdl(text: string, file: string): LoadResult {
  return assembleModel([{ path: file, text, kind: 'idl' }], { validate: false });
}
