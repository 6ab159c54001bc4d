import type { NodeValue, SmithyAst } from './ast.js';
import { applyTraits } from './apply-traits.js';
import { buildIdlFragment, type KnownShapes } from './build-idl.js';
import { canonicalAst } from './canonical-ast.js';
import type { SmithyDiagnostic } from './diagnostics.js';
import { flattenMixins, resolveResourceElisions } from './flatten-mixins.js';
import { parseIdlSyntax } from './idl-parser.js';
import type { RawFile } from './idl-syntax.js';
import { mergeFragments } from './merge-fragments.js';
import type { ModelFragment } from './model-fragment.js';
import { readJsonAst } from './read-json-ast.js';
import { validateModel } from './validate-model.js';

/** One model file: IDL when the path ends in `.smithy`, JSON AST when it ends in `.json`. */
export interface ModelSource {
  path: string;
  text: string;
}

/** A loaded model, or every error found (ERROR and DANGER diagnostics fail a load; WARNINGs do not). */
export type LoadResult =
  | { ok: true; model: SmithyAst; warnings: SmithyDiagnostic[] }
  | { ok: false; errors: SmithyDiagnostic[]; warnings: SmithyDiagnostic[] };

/** Which checks to run after the model is assembled. */
export interface AssembleOptions {
  /** Run the whole-model validation rules (unresolved targets, trait placement, HTTP bindings, ...). */
  validate: boolean;
}

/** A model source whose syntax is fixed by the caller instead of by its extension. */
export type TypedModelSource = ModelSource & { kind?: 'idl' | 'json' };

type Parsed = { kind: 'idl'; raw: RawFile } | { kind: 'json'; fragment: ModelFragment };

/** Parses, merges, completes (elided members, mixins, apply) and optionally validates model files. */
export function assembleModel(sources: readonly TypedModelSource[], options: AssembleOptions): LoadResult {
  const syntaxErrors: SmithyDiagnostic[] = [];
  const warnings: SmithyDiagnostic[] = [];
  const parsed: Parsed[] = [];
  for (const source of sources) {
    if (source.kind === 'json' || (source.kind === undefined && source.path.endsWith('.json'))) {
      const r = readJsonAst(source.text, source.path);
      if (r.ok) parsed.push({ kind: 'json', fragment: r.value });
      else {
        syntaxErrors.push(...r.errors);
        warnings.push(...r.warnings);
      }
    } else if (source.kind === 'idl' || source.path.endsWith('.smithy')) {
      const r = parseIdlSyntax(source.text, source.path);
      warnings.push(...r.warnings);
      if (r.ok) parsed.push({ kind: 'idl', raw: r.value });
      else syntaxErrors.push(...r.errors);
    } else {
      syntaxErrors.push({
        severity: 'ERROR',
        message: 'Model files must end in .smithy (IDL) or .json (JSON AST)',
        file: source.path,
      });
    }
  }
  if (syntaxErrors.length > 0) return { ok: false, errors: syntaxErrors, warnings };

  const known = new Map<string, KnownShapes extends ReadonlyMap<string, infer V> ? V : never>();
  for (const p of parsed) {
    if (p.kind === 'idl') {
      const ns = p.raw.namespace;
      if (ns !== null) for (const s of p.raw.shapes) known.set(`${ns}#${s.name}`, s.type as never);
    } else {
      for (const { id, shape } of p.fragment.shapes) known.set(id, shape.type);
    }
  }
  const fragments = parsed.map((p) => (p.kind === 'idl' ? buildIdlFragment(p.raw, known) : p.fragment));
  const model = mergeFragments(fragments);
  resolveResourceElisions(model);
  applyTraits(model);
  flattenMixins(model);
  if (options.validate) validateModel(model);

  const sorted = sortDiagnostics(model.diagnostics);
  const errors = sorted.filter((d) => d.severity !== 'WARNING');
  warnings.push(...sorted.filter((d) => d.severity === 'WARNING'));
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, model: canonicalAst(model.shapes, model.metadata as Record<string, NodeValue>), warnings };
}

/** Orders diagnostics by file, line and column; those without a position keep their order, last. */
function sortDiagnostics(diagnostics: readonly SmithyDiagnostic[]): SmithyDiagnostic[] {
  const rank = (d: SmithyDiagnostic): [string, number, number] => [
    d.file ?? '\uffff',
    d.line ?? Number.MAX_SAFE_INTEGER,
    d.column ?? 0,
  ];
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const [fa, la, ca] = rank(a.d);
      const [fb, lb, cb] = rank(b.d);
      return (fa < fb ? -1 : fa > fb ? 1 : 0) || la - lb || ca - cb || a.i - b.i;
    })
    .map((x) => x.d);
}
