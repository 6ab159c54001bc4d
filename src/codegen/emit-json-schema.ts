import { shapeName } from '../smithy/shape-graph.js';
import { headerText, jsonText, type EmitOptions } from './header.js';
import {
  definitionsFor,
  inputSchema,
  outputBodySchema,
  SCHEMA_DIALECT,
  shapeSchema,
  type SchemaContext,
  type SchemaObject,
} from './json-schema-of.js';
import type { ModelView } from './model-view.js';

/** Every generated JSON Schema document, by kind and name. */
export interface SchemaDocuments {
  /** One document per shape of the closure, by shape name (sorted). */
  readonly shapes: ReadonlyMap<string, SchemaObject>;
  /** One document per operation input, by operation name (sorted). */
  readonly inputs: ReadonlyMap<string, SchemaObject>;
  /** One document per operation response body, by operation name (sorted). */
  readonly outputs: ReadonlyMap<string, SchemaObject>;
}

/** The reference prefix used inside schema documents. */
export const DEFS_PREFIX = '#/$defs/';

function document(
  view: ModelView,
  ctx: SchemaContext,
  comment: string,
  title: string,
  root: SchemaObject,
): SchemaObject {
  const defs = definitionsFor(ctx, root, view.idByName);
  return {
    $comment: comment,
    $schema: SCHEMA_DIALECT,
    title,
    ...root,
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  };
}

/** Builds every schema document as a JSON object: self-contained, references into its own `$defs`. */
export function schemaDocuments(view: ModelView, options: EmitOptions): SchemaDocuments {
  const ctx: SchemaContext = { ast: view.ast, refPrefix: DEFS_PREFIX };
  const comment = headerText(options, 'emit-json-schema.ts');
  const shapes = new Map<string, SchemaObject>();
  for (const id of view.closure)
    shapes.set(shapeName(id), document(view, ctx, comment, shapeName(id), shapeSchema(ctx, id)));
  const inputs = new Map<string, SchemaObject>();
  const outputs = new Map<string, SchemaObject>();
  for (const op of view.operations) {
    inputs.set(op.name, document(view, ctx, comment, `${op.name} input`, inputSchema(ctx, op.inputId)));
    outputs.set(op.name, document(view, ctx, comment, `${op.name} output`, outputBodySchema(ctx, op.outputId)));
  }
  return { shapes, inputs, outputs };
}

/** The `schemas/` files: `shapes/<Shape>.schema.json` and `operations/<Operation>.{input,output}.schema.json`. */
export function emitJsonSchemas(docs: SchemaDocuments): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, doc] of docs.shapes) files.set(`schemas/shapes/${name}.schema.json`, jsonText(doc));
  for (const [name, doc] of docs.inputs) files.set(`schemas/operations/${name}.input.schema.json`, jsonText(doc));
  for (const [name, doc] of docs.outputs) files.set(`schemas/operations/${name}.output.schema.json`, jsonText(doc));
  return files;
}
