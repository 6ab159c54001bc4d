import type { AstShape } from './ast.js';
import { locationKey } from './locations.js';
import { report } from './merge-fragments.js';
import type { ValidationContext } from './validation-context.js';

/** Every operation a service reaches, directly or through its resources (in discovery order). */
export function serviceOperations(serviceId: string, lookup: (id: string) => AstShape | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visitOperation = (id: string): void => {
    if (!seen.has(id) && lookup(id)?.type === 'operation') {
      seen.add(id);
      out.push(id);
    }
  };
  const visitResource = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const r = lookup(id);
    if (r?.type !== 'resource') return;
    for (const key of ['create', 'put', 'read', 'update', 'delete', 'list'] as const) {
      const t = r[key];
      if (t !== undefined) visitOperation(t.target);
    }
    for (const t of [...(r.operations ?? []), ...(r.collectionOperations ?? [])]) visitOperation(t.target);
    for (const t of r.resources ?? []) visitResource(t.target);
  };
  const service = lookup(serviceId);
  for (const t of service?.operations ?? []) visitOperation(t.target);
  for (const t of service?.resources ?? []) visitResource(t.target);
  return out;
}

/**
 * Checks operations in their service: under `aws.protocols#restJson1` every operation needs
 * `@http`, and an `@input`/`@output` structure serves exactly one operation in that role.
 */
export function validateServices(ctx: ValidationContext): void {
  for (const [id, shape] of ctx.model.shapes) {
    if (shape.type !== 'service' || shape.traits?.['aws.protocols#restJson1'] === undefined) continue;
    for (const opId of serviceOperations(id, ctx.lookup)) {
      if (ctx.lookup(opId)?.traits?.['smithy.api#http'] === undefined) {
        report(ctx.model, 'ERROR', `Operation ${opId} of the restJson1 service ${id} has no @http trait`, opId);
      }
    }
  }
  const usedAs = new Map<string, { role: 'input' | 'output'; operation: string }>();
  for (const [id, shape] of ctx.model.shapes) {
    if (shape.type !== 'operation') continue;
    for (const role of ['input', 'output'] as const) {
      const target = shape[role]?.target;
      if (target === undefined) continue;
      const t = ctx.model.shapes.get(target);
      if (t === undefined) continue;
      const other = role === 'input' ? 'output' : 'input';
      const where = locationKey.ref(id, role, target);
      if (t.traits?.[`smithy.api#${other}`] !== undefined) {
        report(ctx.model, 'ERROR', `${target} has @${other} but is used as the ${role} of ${id}`, id, where);
        continue;
      }
      if (t.traits?.[`smithy.api#${role}`] === undefined) continue;
      const prior = usedAs.get(target);
      if (prior !== undefined) {
        report(
          ctx.model,
          'ERROR',
          `@${role} structure ${target} is used by both ${prior.operation} and ${id}; it may serve only one operation`,
          id,
          where,
        );
      } else usedAs.set(target, { role, operation: id });
    }
  }
}
