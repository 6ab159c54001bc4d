import { withArticle } from './diagnostics.js';
import { locationKey } from './locations.js';
import { report } from './merge-fragments.js';
import type { ValidationContext } from './validation-context.js';

/** Checks shape-level rules: enums have members with unique values, unions have members, map keys are strings. */
export function validateShapes(ctx: ValidationContext): void {
  for (const [id, shape] of ctx.model.shapes) {
    if (shape.type === 'enum' || shape.type === 'intEnum' || shape.type === 'union') {
      const isMixin = shape.traits?.['smithy.api#mixin'] !== undefined;
      if (Object.keys(shape.members ?? {}).length === 0 && !isMixin) {
        report(ctx.model, 'ERROR', `${shape.type} ${id} must have at least one member`, id);
      }
    }
    if (shape.type === 'enum' || shape.type === 'intEnum') {
      const seen = new Map<string | number, string>();
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const value = member.traits?.['smithy.api#enumValue'];
        const memberId = `${id}$${name}`;
        if (shape.type === 'enum' && value !== undefined && (typeof value !== 'string' || value === '')) {
          report(ctx.model, 'ERROR', `Enum member ${memberId} must have a non-empty string value`, memberId);
          continue;
        }
        if (shape.type === 'intEnum' && (typeof value !== 'number' || !Number.isInteger(value))) {
          report(ctx.model, 'ERROR', `intEnum member ${memberId} must have an integer value (${name} = 1)`, memberId);
          continue;
        }
        const v = (value ?? name) as string | number;
        const prior = seen.get(v);
        if (prior !== undefined)
          report(
            ctx.model,
            'ERROR',
            `Enum members ${prior} and ${name} of ${id} share the value ${JSON.stringify(v)}`,
            memberId,
          );
        seen.set(v, name);
      }
    }
    if (shape.type === 'map' && shape.key !== undefined) {
      const key = ctx.lookup(shape.key.target);
      if (key !== undefined && key.type !== 'string' && key.type !== 'enum') {
        report(
          ctx.model,
          'ERROR',
          `Map ${id} key must target a string or enum shape, not ${withArticle(key.type)}`,
          `${id}$key`,
          locationKey.shape(`${id}$key`),
        );
      }
    }
  }
}
