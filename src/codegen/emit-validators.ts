import standaloneModule from 'ajv/dist/standalone/index.js';
import { shapeName, type GraphResult } from '../smithy/shape-graph.js';
import { createAjv } from './ajv-setup.js';
import { tsHeader, tsKey, type EmitOptions } from './header.js';
import {
  inputSchema,
  outputBodySchema,
  shapeSchema,
  stripAnnotations,
  type SchemaContext,
  type SchemaObject,
} from './json-schema-of.js';
import type { ModelView } from './model-view.js';

const BUNDLE_ID = 'urn:ivs-contract:validators';

const CONTRACT = `
/** One validation failure, as ajv reports it. */
export interface ValidationIssue {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

/** A compiled validator: returns whether the data is valid and leaves the failures in \`errors\`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidationIssue[] | null;
}
`;

const INTEROP = `// Node gives a CommonJS module's exports as the default import; bundlers may give the exports themselves.
const __ivsInterop = (ns) => (ns.default != null && ns.default.__esModule ? ns.default : ns);
`;

/** Turns ajv's CommonJS standalone output into an ES module whose runtime imports resolve under Node ESM and bundlers. */
export function toEsm(code: string): string {
  const modules: string[] = [];
  const body = code
    .replace(/^"use strict";\n?/, '')
    .replace(/require\("([^"]+)"\)/g, (_match, spec: string) => {
      if (!modules.includes(spec)) modules.push(spec);
      return `__ivsModule${modules.indexOf(spec)}`;
    })
    .replace(/^export const (\w+) = (\w+);$/gm, 'const $1 = $2;');
  const imports = modules
    .map(
      (spec, i) => `import * as __ivsNs${i} from ${JSON.stringify(/\.[cm]?js$/.test(spec) ? spec : `${spec}.js`)};\n`,
    )
    .join('');
  const bindings = modules.map((_spec, i) => `const __ivsModule${i} = __ivsInterop(__ivsNs${i});\n`).join('');
  return `${imports}\n${INTEROP}${bindings}\n${body}`;
}

function exportTable(name: string, type: string, doc: string, entries: readonly (readonly [string, string])[]): string {
  return `/** ${doc} */\nexport const ${name}: ${type} = {\n${entries.map(([key, fn]) => `  ${tsKey(key)}: ${fn},\n`).join('')}};\n`;
}

/** `validators.ts`: ahead-of-time compiled ajv validators for every shape and operation input/output. */
export function emitValidators(view: ModelView, options: EmitOptions): GraphResult<string> {
  const ctx: SchemaContext = { ast: view.ast, refPrefix: '#/$defs/' };
  const defs: Record<string, SchemaObject> = {};
  // Annotations never change a result; leaving them out keeps the browser bundle small.
  for (const id of view.closure) defs[shapeName(id)] = stripAnnotations(shapeSchema(ctx, id));
  for (const op of view.operations) {
    defs[`${op.name}.input`] = stripAnnotations(inputSchema(ctx, op.inputId));
    defs[`${op.name}.output`] = stripAnnotations(outputBodySchema(ctx, op.outputId));
  }
  const refs: Record<string, string> = {};
  for (const id of view.closure) refs[`shape_${shapeName(id)}`] = `${BUNDLE_ID}#/$defs/${shapeName(id)}`;
  for (const op of view.operations) {
    refs[`input_${op.name}`] = `${BUNDLE_ID}#/$defs/${op.name}.input`;
    refs[`output_${op.name}`] = `${BUNDLE_ID}#/$defs/${op.name}.output`;
  }
  let code: string;
  try {
    const ajv = createAjv({ standalone: true });
    ajv.addSchema({ $id: BUNDLE_ID, $defs: defs });
    code = standaloneModule.default(ajv, refs);
  } catch (error) {
    return {
      ok: false,
      error: { message: `cannot compile the validators: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
  const shapes = view.closure.map((id) => [shapeName(id), `shape_${shapeName(id)}`] as const);
  const inputs = view.operations.map((op) => [op.name, `input_${op.name}`] as const);
  const outputs = view.operations.map((op) => [op.name, `output_${op.name}`] as const);
  const text = [
    `${tsHeader(options, 'emit-validators.ts')}// @ts-nocheck\n\nimport type { OperationName } from './types.js';`,
    toEsm(code),
    CONTRACT,
    exportTable(
      'inputValidators',
      '{ readonly [K in OperationName]: CompiledValidator }',
      "Validates an operation's whole input.",
      inputs,
    ),
    exportTable(
      'outputValidators',
      '{ readonly [K in OperationName]: CompiledValidator }',
      "Validates an operation's response body.",
      outputs,
    ),
    exportTable(
      'shapeValidators',
      '{ readonly [shapeName: string]: CompiledValidator }',
      'Validates a value of one shape, by shape name.',
      shapes,
    ),
  ].join('\n');
  return { ok: true, value: text };
}
