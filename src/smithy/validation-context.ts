import type { AstMember, AstShape } from './ast.js';
import type { MergedModel } from './merge-fragments.js';
import type { ShapeLookup } from './node-conformance.js';
import { PRELUDE_SHAPES } from './prelude.js';
import { evaluateSelector, parseSelector, selectorNode } from './selector.js';

/** What every validation rule reads: the assembled model and a lookup that includes the prelude. */
export interface ValidationContext {
  model: MergedModel;
  lookup: ShapeLookup;
  /** Namespaces the loaded model defines shapes in, plus `smithy.api`. */
  namespaces: ReadonlySet<string>;
  /** The shape and member ids a trait selector matches, or null when the selector is not supported. */
  selectorMatches(selector: string): ReadonlySet<string> | null;
}

/** Builds the context the validation rules share. */
export function validationContext(model: MergedModel): ValidationContext {
  const namespaces = new Set<string>(['smithy.api']);
  for (const id of model.shapes.keys()) namespaces.add(id.slice(0, id.indexOf('#')));
  const lookup = (id: string): AstShape | undefined => model.shapes.get(id) ?? PRELUDE_SHAPES[id];
  const cache = new Map<string, ReadonlySet<string> | null>();
  const selectorMatches = (selector: string): ReadonlySet<string> | null => {
    if (!cache.has(selector)) {
      const steps = parseSelector(selector);
      const all: string[] = [];
      for (const [id, shape] of model.shapes) {
        all.push(id);
        for (const [name] of membersOf(shape)) all.push(`${id}$${name}`);
      }
      cache.set(selector, steps === null ? null : evaluateSelector(steps, all, (id) => selectorNode(id, lookup)));
    }
    return cache.get(selector)!;
  };
  return { model, lookup, namespaces, selectorMatches };
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
