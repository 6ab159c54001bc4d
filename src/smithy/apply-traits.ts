import type { AstMember, NodeValue } from './ast.js';
import { diagnosticAt } from './diagnostics.js';
import { locationKey } from './locations.js';
import type { MergedModel } from './merge-fragments.js';
import { hasKey, mergeTraitValues, setKey } from './node-value.js';
import { PRELUDE_SHAPES } from './prelude.js';

/**
 * Adds the traits of every `apply` statement to its target shape or member as local traits, before
 * mixins are flattened, so that they override inherited traits instead of conflicting with them.
 */
export function applyTraits(model: MergedModel): void {
  for (const apply of model.applies) {
    const dollar = apply.target.indexOf('$');
    const rootId = dollar < 0 ? apply.target : apply.target.slice(0, dollar);
    const memberName = dollar < 0 ? null : apply.target.slice(dollar + 1);
    const shape = model.shapes.get(rootId);
    const fail = (message: string): void => {
      model.diagnostics.push(diagnosticAt('ERROR', message, apply.loc, apply.target));
    };
    if (shape === undefined) {
      fail(
        PRELUDE_SHAPES[rootId] !== undefined
          ? `Cannot apply traits to the prelude shape ${rootId}`
          : `apply targets ${apply.target}, which does not exist`,
      );
      continue;
    }
    let holder: { traits?: Record<string, NodeValue> } = shape;
    if (memberName !== null) {
      let member: AstMember | undefined;
      if (shape.members !== undefined && hasKey(shape.members, memberName)) member = shape.members[memberName];
      else if (memberName === 'member' || memberName === 'key' || memberName === 'value') member = shape[memberName];
      if (member === undefined && (shape.mixins ?? []).length > 0) {
        // The member may come from a mixin: keep the traits on a placeholder that flattening fills in.
        member = { target: '' };
        if (memberName === 'member' || memberName === 'key' || memberName === 'value') shape[memberName] = member;
        else {
          shape.members ??= {};
          setKey(shape.members, memberName, member);
        }
        model.pendingApplies.set(apply.target, apply.loc);
      }
      if (member === undefined) {
        fail(`apply targets ${apply.target}, but ${rootId} has no member named '${memberName}'`);
        continue;
      }
      holder = member;
    }
    const traits = holder.traits ?? {};
    for (const [traitId, value] of Object.entries(apply.traits)) {
      if (!hasKey(traits, traitId)) {
        setKey(traits, traitId, value);
        const key = locationKey.trait(apply.target, traitId);
        if (apply.loc !== undefined && !model.locations.has(key)) model.locations.set(key, apply.loc);
        continue;
      }
      const merged = mergeTraitValues(traits[traitId]!, value);
      if (merged === null) fail(`Conflicting values for trait ${traitId} on ${apply.target}`);
      else setKey(traits, traitId, merged.value);
    }
    if (Object.keys(traits).length > 0) holder.traits = traits;
  }
}
