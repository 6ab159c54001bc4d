import type { SmithyAst } from '../smithy/ast.js';
import { byCodeUnit } from '../smithy/shape-graph.js';
import { emitAstJson } from './emit-ast-json.js';
import { emitJsonSchemas, schemaDocuments } from './emit-json-schema.js';
import { emitOpenApi } from './emit-openapi.js';
import { emitOperations } from './emit-operations.js';
import { emitSchemasModule } from './emit-schemas-module.js';
import { emitTypes } from './emit-types.js';
import { emitValidators } from './emit-validators.js';
import type { EmitOptions } from './header.js';
import { buildModelView } from './model-view.js';

/** The generated artifact set, or why the model cannot produce one. */
export type GenerateResult =
  | { readonly ok: true; readonly value: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly error: { readonly message: string } };

/**
 * Runs every emitter over a model and returns the files of `generated/` by relative path
 * (sorted), as text. Pure: writes nothing, and the same model gives the same bytes.
 */
export function generate(ast: SmithyAst, options: EmitOptions): GenerateResult {
  const view = buildModelView(ast);
  if (!view.ok) return view;
  const docs = schemaDocuments(view.value, options);
  const validators = emitValidators(view.value, options);
  if (!validators.ok) return validators;
  const files = new Map<string, string>([
    ['ivs.json', emitAstJson(ast, options)],
    ['types.ts', emitTypes(view.value, options)],
    ['operations.ts', emitOperations(view.value, options)],
    ['schemas.ts', emitSchemasModule(docs, options)],
    ['validators.ts', validators.value],
    ['openapi.json', emitOpenApi(view.value, options)],
    ...emitJsonSchemas(docs),
  ]);
  return { ok: true, value: new Map([...files].sort(([a], [b]) => byCodeUnit(a, b))) };
}
