import type { AstShape } from './ast.js';
import { locationKey } from './locations.js';
import { report } from './merge-fragments.js';
import type { ValidationContext } from './validation-context.js';

const INSTANCE = ['read', 'update', 'delete', 'put'] as const;
const COLLECTION = ['create', 'list'] as const;

/**
 * Checks resources: `read`/`list` are `@readonly`, `put`/`delete` are `@idempotent`, `create`/`update`
 * are not `@readonly`; instance operations bind every identifier as a `@required` input member with
 * the same target; child resources repeat their parent's identifiers.
 */
export function validateResources(ctx: ValidationContext): void {
  for (const [id, shape] of ctx.model.shapes) {
    if (shape.type !== 'resource') continue;
    const lifecycle = (key: string, opId: string | undefined, rule: (op: AstShape) => string | null): void => {
      if (opId === undefined) return;
      const op = ctx.lookup(opId);
      if (op?.type !== 'operation') return;
      const problem = rule(op);
      if (problem !== null)
        report(
          ctx.model,
          'ERROR',
          `Resource ${id} ${key} operation ${opId} ${problem}`,
          id,
          locationKey.ref(id, key, opId),
        );
    };
    const has = (op: AstShape, trait: string): boolean => op.traits?.[`smithy.api#${trait}`] !== undefined;
    lifecycle('read', shape.read?.target, (op) => (has(op, 'readonly') ? null : 'must be @readonly'));
    lifecycle('list', shape.list?.target, (op) => (has(op, 'readonly') ? null : 'must be @readonly'));
    lifecycle('put', shape.put?.target, (op) => (has(op, 'idempotent') ? null : 'must be @idempotent'));
    lifecycle('delete', shape.delete?.target, (op) => (has(op, 'idempotent') ? null : 'must be @idempotent'));
    lifecycle('create', shape.create?.target, (op) => (has(op, 'readonly') ? 'must not be @readonly' : null));
    lifecycle('update', shape.update?.target, (op) => (has(op, 'readonly') ? 'must not be @readonly' : null));

    const identifiers = Object.entries(shape.identifiers ?? {});
    const instanceOps = [
      ...INSTANCE.flatMap((k) => (shape[k] === undefined ? [] : [[k, shape[k].target] as const])),
      ...(shape.operations ?? []).map((t) => ['operations', t.target] as const),
    ];
    for (const [key, opId] of instanceOps) {
      const input = ctx.lookup(ctx.lookup(opId)?.input?.target ?? '');
      for (const [name, target] of identifiers) {
        const member = Object.hasOwn(input?.members ?? {}, name) ? input?.members?.[name] : undefined;
        const bound =
          member !== undefined ||
          Object.values(input?.members ?? {}).some((m) => m.traits?.['smithy.api#resourceIdentifier'] === name);
        if (!bound) {
          report(
            ctx.model,
            'ERROR',
            `Instance operation ${opId} of resource ${id} must bind identifier '${name}' in its input`,
            id,
            locationKey.ref(id, key, opId),
          );
        } else if (
          member !== undefined &&
          (member.target !== target.target || member.traits?.['smithy.api#required'] === undefined)
        ) {
          report(
            ctx.model,
            'ERROR',
            `Input member '${name}' of ${opId} must be @required and target ${target.target} to bind resource ${id}`,
            id,
            locationKey.ref(id, key, opId),
          );
        }
      }
    }
    for (const key of COLLECTION) {
      const opId = shape[key]?.target;
      if (opId === undefined || identifiers.length === 0) continue;
      const input = ctx.lookup(ctx.lookup(opId)?.input?.target ?? '');
      const members = input?.members ?? {};
      if (
        identifiers.every(
          ([name]) => Object.hasOwn(members, name) && members[name]?.traits?.['smithy.api#required'] !== undefined,
        )
      ) {
        report(
          ctx.model,
          'ERROR',
          `Collection operation ${opId} of resource ${id} must not bind every identifier`,
          id,
          locationKey.ref(id, key, opId),
        );
      }
    }
    for (const child of shape.resources ?? []) {
      const c = ctx.lookup(child.target);
      if (c?.type !== 'resource') continue;
      for (const [name, target] of identifiers) {
        if (c.identifiers?.[name]?.target !== target.target) {
          report(
            ctx.model,
            'ERROR',
            `Child resource ${child.target} must repeat identifier '${name}' of ${id} (target ${target.target})`,
            id,
            locationKey.ref(id, 'resources', child.target),
          );
        }
      }
    }
  }
}
