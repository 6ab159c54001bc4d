import type { NodeValue } from './ast.js';
import { locationKey } from './locations.js';
import { report } from './merge-fragments.js';
import { membersOf, type ValidationContext } from './validation-context.js';

/**
 * Checks constraint trait values make sense: `@pattern` compiles as an ECMAScript regular
 * expression (with the `u` flag, as generated validators use it), and `@length`/`@range` have
 * `min <= max` with lengths not negative.
 */
export function validateConstraints(ctx: ValidationContext): void {
  for (const [id, shape] of ctx.model.shapes) {
    check(ctx, id, shape.traits);
    for (const [name, member] of membersOf(shape)) check(ctx, `${id}$${name}`, member.traits);
  }
}

function check(ctx: ValidationContext, ownerId: string, traits: Record<string, NodeValue> | undefined): void {
  if (traits === undefined) return;
  const pattern = traits['smithy.api#pattern'];
  if (typeof pattern === 'string') {
    try {
      new RegExp(pattern, 'u');
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      report(
        ctx.model,
        'ERROR',
        `@pattern on ${ownerId} is not a valid ECMAScript regular expression: ${why}`,
        ownerId,
        locationKey.trait(ownerId, 'smithy.api#pattern'),
      );
    }
  }
  for (const trait of ['length', 'range'] as const) {
    const value = traits[`smithy.api#${trait}`];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const min = value['min'];
    const max = value['max'];
    const at = locationKey.trait(ownerId, `smithy.api#${trait}`);
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      report(ctx.model, 'ERROR', `@${trait} on ${ownerId} has min ${min} greater than max ${max}`, ownerId, at);
    }
    if (trait === 'length' && ((typeof min === 'number' && min < 0) || (typeof max === 'number' && max < 0))) {
      report(ctx.model, 'ERROR', `@length on ${ownerId} cannot be negative`, ownerId, at);
    }
  }
}
