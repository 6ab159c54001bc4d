import type { AstShape, AstTarget } from './ast.js';
import { withArticle } from './diagnostics.js';
import { locationKey } from './locations.js';
import { report } from './merge-fragments.js';
import { isPublicPreludeShape, PRELUDE_SHAPES } from './prelude.js';
import { didYouMean } from './suggest.js';
import { membersOf, type ValidationContext } from './validation-context.js';

const UNIT = 'smithy.api#Unit';
const ENTITY_TYPES = new Set(['operation', 'resource', 'service']);

/**
 * Checks every reference: it must resolve to a shape, and to the right kind of shape (operations
 * in `operations`, `@error` structures in `errors`, no entities or mixins as member targets, ...).
 */
export function validateTargets(ctx: ValidationContext): void {
  for (const [id, shape] of ctx.model.shapes) {
    for (const [name, member] of membersOf(shape)) checkMemberTarget(ctx, id, shape, name, member.target);
    const refs = (property: string, targets: readonly AstTarget[] | undefined, want: Want): void => {
      for (const t of targets ?? []) checkRef(ctx, id, property, t.target, want);
    };
    const ref = (property: string, target: AstTarget | undefined, want: Want): void => {
      if (target !== undefined) checkRef(ctx, id, property, target.target, want);
    };
    switch (shape.type) {
      case 'operation':
        ref('input', shape.input, 'structure');
        ref('output', shape.output, 'structure');
        refs('errors', shape.errors, 'error');
        break;
      case 'service':
        refs('operations', shape.operations, 'operation');
        refs('resources', shape.resources, 'resource');
        refs('errors', shape.errors, 'error');
        break;
      case 'resource':
        for (const [name, t] of Object.entries(shape.identifiers ?? {}))
          checkRef(ctx, id, `identifiers.${name}`, t.target, 'string');
        for (const [name, t] of Object.entries(shape.properties ?? {}))
          checkRef(ctx, id, `properties.${name}`, t.target, 'any');
        for (const key of ['create', 'put', 'read', 'update', 'delete', 'list'] as const)
          ref(key, shape[key], 'operation');
        refs('operations', shape.operations, 'operation');
        refs('collectionOperations', shape.collectionOperations, 'operation');
        refs('resources', shape.resources, 'resource');
        break;
      default:
        break;
    }
  }
}

type Want = 'structure' | 'operation' | 'resource' | 'error' | 'string' | 'any';

function checkRef(ctx: ValidationContext, ownerId: string, property: string, target: string, want: Want): void {
  const where = locationKey.ref(ownerId, property, target);
  const shape = resolvable(ctx, target);
  if (shape === undefined) {
    report(
      ctx.model,
      'ERROR',
      `${ownerId} ${property} refers to ${target}, which does not exist${suggestion(ctx, target)}`,
      ownerId,
      whereOr(ctx, where, ownerId),
    );
    return;
  }
  const ok =
    want === 'any' ||
    (want === 'structure' && shape.type === 'structure') ||
    (want === 'operation' && shape.type === 'operation') ||
    (want === 'resource' && shape.type === 'resource') ||
    (want === 'string' && (shape.type === 'string' || shape.type === 'enum')) ||
    (want === 'error' && shape.type === 'structure' && shape.traits?.['smithy.api#error'] !== undefined);
  if (isPrivateElsewhere(target, shape, ownerId)) {
    report(
      ctx.model,
      'ERROR',
      `${ownerId} ${property} cannot refer to ${target}: it is @private to its namespace`,
      ownerId,
      whereOr(ctx, where, ownerId),
    );
  } else if (!ok) {
    const expected = want === 'error' ? 'a structure with @error' : `a ${want}`;
    report(
      ctx.model,
      'ERROR',
      `${ownerId} ${property} must refer to ${expected}, but ${target} is ${withArticle(shape.type)}`,
      ownerId,
      whereOr(ctx, where, ownerId),
    );
  } else if (shape.traits?.['smithy.api#mixin'] !== undefined) {
    report(
      ctx.model,
      'ERROR',
      `${ownerId} ${property} refers to the mixin ${target}; mixins cannot be referenced`,
      ownerId,
      whereOr(ctx, where, ownerId),
    );
  }
}

function checkMemberTarget(
  ctx: ValidationContext,
  shapeId: string,
  shape: AstShape,
  name: string,
  target: string,
): void {
  const memberId = `${shapeId}$${name}`;
  const where = whereOr(ctx, locationKey.ref(memberId, 'target', target), memberId);
  if (target === '') return;
  const t = resolvable(ctx, target);
  if (t === undefined) {
    report(
      ctx.model,
      'ERROR',
      `Member ${memberId} targets ${target}, which does not exist${suggestion(ctx, target)}`,
      memberId,
      where,
    );
    return;
  }
  if (isPrivateElsewhere(target, t, shapeId)) {
    report(
      ctx.model,
      'ERROR',
      `Member ${memberId} cannot target ${target}: it is @private to its namespace`,
      memberId,
      where,
    );
  } else if (target.includes('$') || ENTITY_TYPES.has(t.type)) {
    report(
      ctx.model,
      'ERROR',
      `Member ${memberId} cannot target ${target}, ${withArticle(target.includes('$') ? 'member' : t.type)}`,
      memberId,
      where,
    );
  } else if (t.traits?.['smithy.api#mixin'] !== undefined) {
    report(ctx.model, 'ERROR', `Member ${memberId} cannot target the mixin ${target}`, memberId, where);
  } else if (target === UNIT && shape.type !== 'union' && shape.type !== 'enum' && shape.type !== 'intEnum') {
    report(
      ctx.model,
      'ERROR',
      `Member ${memberId} cannot target smithy.api#Unit (only union members may)`,
      memberId,
      where,
    );
  }
}

function resolvable(ctx: ValidationContext, target: string): AstShape | undefined {
  const root = target.split('$')[0]!;
  const shape = ctx.model.shapes.get(root);
  if (shape !== undefined) return shape;
  return isPublicPreludeShape(root) ? ctx.lookup(root) : undefined;
}

function whereOr(ctx: ValidationContext, key: string, fallbackId: string): string {
  return ctx.model.locations.has(key) ? key : locationKey.shape(fallbackId);
}

/** True when `target` is `@private` and lives in another namespace than `fromId`. */
function isPrivateElsewhere(target: string, shape: AstShape, fromId: string): boolean {
  const ns = (id: string): string => id.slice(0, id.indexOf('#'));
  return shape.traits?.['smithy.api#private'] !== undefined && ns(target) !== ns(fromId);
}

/** Suggests a defined shape (of the model, or the public prelude) whose name is close to a missing one. */
function suggestion(ctx: ValidationContext, target: string): string {
  const candidates = [...ctx.model.shapes.keys(), ...Object.keys(PRELUDE_SHAPES).filter(isPublicPreludeShape)];
  return didYouMean(target, candidates);
}
