import type { AstMember, AstShape } from './ast.js';
import type { MergedModel } from './merge-fragments.js';
import type { ShapeLookup } from './node-conformance.js';
import { PRELUDE_SHAPES } from './prelude.js';

/** What every validation rule reads: the assembled model and a lookup that includes the prelude. */
export interface ValidationContext {
  model: MergedModel;
  lookup: ShapeLookup;
  /** Namespaces the loaded model defines shapes in, plus `smithy.api`. */
  namespaces: ReadonlySet<string>;
}

/** Builds the context the validation rules share. */
export function validationContext(model: MergedModel): ValidationContext {
  const namespaces = new Set<string>(['smithy.api']);
  for (const id of model.shapes.keys()) namespaces.add(id.slice(0, id.indexOf('#')));
  return { model, lookup: (id) => model.shapes.get(id) ?? PRELUDE_SHAPES[id], namespaces };
}

/** Every member of a shape with its name (structure, union and enum members; list/map members). */
export function membersOf(shape: AstShape): Array<[string, AstMember]> {
  const out: Array<[string, AstMember]> = Object.entries(shape.members ?? {});
  for (const key of ['member', 'key', 'value'] as const) {
    const m = shape[key];
    if (m !== undefined) out.push([key, m]);
  }
  return out;
}
