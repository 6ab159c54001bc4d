import { tsHeader, tsKey, type EmitOptions } from './header.js';
import type { SchemaDocuments } from './emit-json-schema.js';

const literal = (value: unknown): string =>
  JSON.stringify(value, null, 2)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

function table(name: string, type: string, doc: string, entries: ReadonlyMap<string, unknown>): string {
  const body = [...entries]
    .map(([key, value]) => `  ${tsKey(key)}: ${literal(value).replace(/\n/g, '\n  ')},\n`)
    .join('');
  return `/** ${doc} */\nexport const ${name}: ${type} = {\n${body}};\n`;
}

/** `schemas.ts`: the same schema documents as the JSON files, as objects for runtime use without JSON imports. */
export function emitSchemasModule(docs: SchemaDocuments, options: EmitOptions): string {
  return [
    tsHeader(options, 'emit-schemas-module.ts'),
    `import type { OperationName } from './types.js';\n`,
    `/** A JSON Schema (draft 2020-12) document. */\nexport type JsonSchema = { readonly [keyword: string]: unknown };\n`,
    table(
      'shapeSchemas',
      '{ readonly [shapeName: string]: JsonSchema }',
      'One self-contained schema per shape, by shape name.',
      docs.shapes,
    ),
    table(
      'inputSchemas',
      '{ readonly [K in OperationName]: JsonSchema }',
      "Each operation's whole input (labels, query and body members).",
      docs.inputs,
    ),
    table(
      'outputSchemas',
      '{ readonly [K in OperationName]: JsonSchema }',
      "Each operation's response body.",
      docs.outputs,
    ),
  ].join('\n');
}
