import type { AstShape, NodeValue } from './ast.js';
import { diagnosticAt, type SmithyDiagnostic, type SourceLocation } from './diagnostics.js';
import { locationKey, type LocationIndex } from './locations.js';
import type { Elision, FragmentApply, ModelFragment } from './model-fragment.js';
import { hasKey, mergeTraitValues, setKey } from './node-value.js';

/** Every file's contribution combined into one model that later passes complete and check. */
export interface MergedModel {
  metadata: Record<string, NodeValue>;
  /** Shapes in definition order (file order, then statement order). */
  shapes: Map<string, AstShape>;
  applies: FragmentApply[];
  elisions: Elision[];
  /** Members that `apply` statements expect a mixin to provide, with where the apply was written. */
  pendingApplies: Map<string, SourceLocation | undefined>;
  locations: LocationIndex;
  diagnostics: SmithyDiagnostic[];
}

/** Reports a diagnostic at a shape's or member's source location, or at its id when it came from JSON. */
export function report(
  model: Pick<MergedModel, 'diagnostics' | 'locations'>,
  severity: SmithyDiagnostic['severity'],
  message: string,
  shapeId: string,
  locKey?: string,
): void {
  const loc: SourceLocation | undefined =
    (locKey === undefined ? undefined : model.locations.get(locKey)) ??
    model.locations.get(locationKey.shape(shapeId)) ??
    model.locations.get(locationKey.shape(shapeId.split('$')[0]!));
  model.diagnostics.push(diagnosticAt(severity, message, loc, shapeId));
}

function withoutTraits(shape: AstShape): string {
  return JSON.stringify(shape, (key, value: unknown) => (key === 'traits' ? undefined : value));
}

/**
 * Merges fragments: a shape defined twice in one file is an error; definitions in two files must
 * agree apart from traits (which then merge as if applied); shape ids must be
 * unique case-insensitively, and metadata keys merge (arrays concatenate, equal values collapse).
 */
export function mergeFragments(fragments: readonly ModelFragment[]): MergedModel {
  const model: MergedModel = {
    metadata: {},
    shapes: new Map(),
    applies: [],
    elisions: [],
    pendingApplies: new Map(),
    locations: new Map(),
    diagnostics: [],
  };
  const lowerIds = new Map<string, string>();
  const definedIn = new Map<string, string>();
  for (const fragment of fragments) {
    model.diagnostics.push(...fragment.diagnostics);
    for (const [k, v] of fragment.locations) if (!model.locations.has(k)) model.locations.set(k, v);
    for (const { key, value, loc } of fragment.metadata) {
      if (!hasKey(model.metadata, key)) {
        setKey(model.metadata, key, value);
        continue;
      }
      const merged = mergeTraitValues(model.metadata[key]!, value);
      if (merged === null) {
        const d = diagnosticAt('ERROR', `Conflicting values for metadata key '${key}'`, loc);
        d.file = fragment.file;
        model.diagnostics.push(d);
      } else setKey(model.metadata, key, merged.value);
    }
    for (const { id, shape } of fragment.shapes) {
      const here = fragment.locations.get(locationKey.shape(id));
      const existing = model.shapes.get(id);
      if (existing !== undefined) {
        if (definedIn.get(id) !== fragment.file && withoutTraits(existing) === withoutTraits(shape)) {
          model.applies.push(...traitsAsApplies(id, shape, here));
          continue;
        }
        const first = model.locations.get(locationKey.shape(id));
        const where = first === undefined ? '' : ` (first defined at ${first.file}:${first.line}:${first.column})`;
        model.diagnostics.push(diagnosticAt('ERROR', `Duplicate shape id ${id}${where}`, here, id));
        continue;
      }
      const lower = lowerIds.get(id.toLowerCase());
      if (lower !== undefined) {
        model.diagnostics.push(
          diagnosticAt(
            'ERROR',
            `Shape id ${id} conflicts with ${lower}: shape ids must be unique ignoring case`,
            here,
            id,
          ),
        );
        continue;
      }
      lowerIds.set(id.toLowerCase(), id);
      definedIn.set(id, fragment.file);
      if (here !== undefined) model.locations.set(locationKey.shape(id), here);
      model.shapes.set(id, shape);
    }
    model.applies.push(...fragment.applies);
    model.elisions.push(...fragment.elisions);
  }
  return model;
}

/** Turns the traits of a repeated, otherwise identical definition into `apply` entries. */
function traitsAsApplies(id: string, shape: AstShape, loc: SourceLocation | undefined): FragmentApply[] {
  const out: FragmentApply[] = [];
  if (shape.traits !== undefined) out.push({ target: id, traits: shape.traits, loc });
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    if (member.traits !== undefined) out.push({ target: `${id}$${name}`, traits: member.traits, loc });
  }
  for (const name of ['member', 'key', 'value'] as const) {
    const member = shape[name];
    if (member?.traits !== undefined) out.push({ target: `${id}$${name}`, traits: member.traits, loc });
  }
  return out;
}
