import type { NodeValue } from './ast.js';
import { locationKey } from './locations.js';
import { report } from './merge-fragments.js';
import { membersOf, type ValidationContext } from './validation-context.js';

const TRAIT = 'smithy.api#trait';

function definitionOf(ctx: ValidationContext, traitId: string): Record<string, NodeValue> | undefined {
  const value = ctx.lookup(traitId)?.traits?.[TRAIT];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

/**
 * Checks the trait definition properties `structurallyExclusive` (at most one member of a shape
 * carries the trait, or targets a shape carrying it) and `conflicts` (traits that cannot share a
 * shape or member).
 */
export function validateExclusiveTraits(ctx: ValidationContext): void {
  for (const [id, shape] of ctx.model.shapes) {
    const members = membersOf(shape);
    const firstWith = new Map<string, string>();
    for (const [name, member] of members) {
      const memberId = `${id}$${name}`;
      for (const traitId of Object.keys(member.traits ?? {})) {
        if (definitionOf(ctx, traitId)?.['structurallyExclusive'] !== 'member') continue;
        const first = firstWith.get(traitId);
        if (first === undefined) firstWith.set(traitId, name);
        else
          report(
            ctx.model,
            'ERROR',
            `Only one member of ${id} may have @${short(traitId)}, but ${first} and ${name} do`,
            memberId,
            locationKey.trait(memberId, traitId),
          );
      }
      for (const traitId of Object.keys(ctx.lookup(member.target)?.traits ?? {})) {
        if (definitionOf(ctx, traitId)?.['structurallyExclusive'] !== 'target') continue;
        const key = `target ${traitId}`;
        const first = firstWith.get(key);
        if (first === undefined) firstWith.set(key, name);
        else
          report(
            ctx.model,
            'ERROR',
            `Only one member of ${id} may target a shape with @${short(traitId)}, but ${first} and ${name} do`,
            memberId,
          );
      }
    }
    checkConflicts(ctx, id, shape.traits);
    for (const [name, member] of members) checkConflicts(ctx, `${id}$${name}`, member.traits);
  }
}

function checkConflicts(ctx: ValidationContext, ownerId: string, traits: Record<string, NodeValue> | undefined): void {
  for (const traitId of Object.keys(traits ?? {})) {
    const conflicts = definitionOf(ctx, traitId)?.['conflicts'];
    if (!Array.isArray(conflicts)) continue;
    for (const other of conflicts) {
      if (typeof other === 'string' && traits?.[other] !== undefined) {
        report(
          ctx.model,
          'ERROR',
          `Trait @${short(traitId)} conflicts with @${short(other)} on ${ownerId}`,
          ownerId,
          locationKey.trait(ownerId, traitId),
        );
      }
    }
  }
}

function short(traitId: string): string {
  return traitId.startsWith('smithy.api#') ? traitId.slice('smithy.api#'.length) : traitId;
}
