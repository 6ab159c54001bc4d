import type { AstShape, NodeValue } from './ast.js';
import { locationKey } from './locations.js';
import { report } from './merge-fragments.js';
import { serviceOperations } from './validate-services.js';
import type { ValidationContext } from './validation-context.js';

/**
 * Checks `@paginated` operations (merged over their service's `@paginated` defaults): both tokens
 * are set, `inputToken`/`pageSize` name top-level input members, and `outputToken`/`items` are
 * (dotted) paths to output members, with the expected target types.
 */
export function validatePaginated(ctx: ValidationContext): void {
  const merged = new Map<string, Record<string, NodeValue>>();
  for (const [serviceId, service] of ctx.model.shapes) {
    if (service.type !== 'service') continue;
    const defaults = objectOf(service.traits?.['smithy.api#paginated']);
    for (const opId of serviceOperations(serviceId, ctx.lookup)) {
      const own = objectOf(ctx.lookup(opId)?.traits?.['smithy.api#paginated']);
      if (own === undefined || merged.has(opId)) continue;
      const value = { ...defaults, ...own };
      merged.set(opId, value);
      if (typeof value['inputToken'] !== 'string' || typeof value['outputToken'] !== 'string') {
        report(
          ctx.model,
          'ERROR',
          `@paginated on ${opId} needs inputToken and outputToken (on the operation or on service ${serviceId})`,
          opId,
          locationKey.trait(opId, 'smithy.api#paginated'),
        );
      }
    }
  }
  for (const [id, shape] of ctx.model.shapes) {
    if (shape.type !== 'operation') continue;
    const value = merged.get(id) ?? objectOf(shape.traits?.['smithy.api#paginated']);
    if (value === undefined) continue;
    const at = locationKey.trait(id, 'smithy.api#paginated');
    const fail = (message: string): void => report(ctx.model, 'ERROR', `@paginated on ${id}: ${message}`, id, at);
    const input = ctx.lookup(shape.input?.target ?? '');
    const output = ctx.lookup(shape.output?.target ?? '');
    const check = (key: string, from: AstShape | undefined, dotted: boolean, types: readonly string[]): void => {
      const path = stringOf(value[key]);
      if (path === undefined) return;
      if (!dotted && path.includes('.')) {
        fail(`${key} "${path}" must name a top-level member`);
        return;
      }
      let current = from;
      let target: AstShape | undefined;
      for (const part of path.split('.')) {
        const member = current?.members?.[part];
        if (member === undefined) {
          fail(`${key} "${path}" does not name a member of the ${dotted ? 'output' : 'input'}`);
          return;
        }
        target = ctx.lookup(member.target);
        current = target;
      }
      if (target !== undefined && !types.includes(target.type))
        fail(`${key} "${path}" must target a ${types.join(' or ')}, not a ${target.type}`);
    };
    check('inputToken', input, false, ['string', 'map']);
    check('pageSize', input, false, ['integer', 'byte', 'short', 'long']);
    check('outputToken', output, true, ['string', 'map']);
    check('items', output, true, ['list', 'map']);
    const token = stringOf(value['inputToken']);
    if (token !== undefined && input?.members?.[token]?.traits?.['smithy.api#required'] !== undefined) {
      fail(`inputToken member "${token}" must not be @required`);
    }
  }
}

function stringOf(v: NodeValue | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function objectOf(v: NodeValue | undefined): Record<string, NodeValue> | undefined {
  return v !== undefined && v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
