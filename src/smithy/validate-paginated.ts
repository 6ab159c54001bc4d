import type { AstShape, NodeValue } from './ast.js';
import { locationKey } from './locations.js';
import { report } from './merge-fragments.js';
import type { ValidationContext } from './validation-context.js';

/**
 * Checks `@paginated` operations: `inputToken`/`pageSize` name top-level input members, and
 * `outputToken`/`items` are (dotted) paths to output members, with the expected target types.
 */
export function validatePaginated(ctx: ValidationContext): void {
  for (const [id, shape] of ctx.model.shapes) {
    if (shape.type !== 'operation') continue;
    const value = shape.traits?.['smithy.api#paginated'];
    if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const at = locationKey.trait(id, 'smithy.api#paginated');
    const fail = (message: string): void => report(ctx.model, 'ERROR', `@paginated on ${id}: ${message}`, id, at);
    const input = ctx.lookup(shape.input?.target ?? '');
    const output = ctx.lookup(shape.output?.target ?? '');
    const check = (key: string, from: AstShape | undefined, dotted: boolean, types: readonly string[]): void => {
      const path = stringOf(value[key]);
      if (path === undefined) return;
      if (!dotted && path.includes('.')) return fail(`${key} "${path}" must name a top-level member`);
      let current = from;
      let target: AstShape | undefined;
      for (const part of path.split('.')) {
        const member = current?.members?.[part];
        if (member === undefined) return fail(`${key} "${path}" does not name a member of the ${dotted ? 'output' : 'input'}`);
        target = ctx.lookup(member.target);
        current = target;
      }
      if (target !== undefined && !types.includes(target.type)) fail(`${key} "${path}" must target a ${types.join(' or ')}, not a ${target.type}`);
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
