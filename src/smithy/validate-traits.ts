import type { AstShape, NodeValue, ShapeType } from './ast.js';
import { withArticle } from './diagnostics.js';
import { locationKey } from './locations.js';
import { report } from './merge-fragments.js';
import { checkNodeAgainstShape } from './node-conformance.js';
import { nodeEquals } from './node-value.js';
import { PRELUDE_SHAPES, TRAIT_PLACEMENT, type TraitPlacement } from './prelude.js';
import { didYouMean } from './suggest.js';
import { membersOf, type ValidationContext } from './validation-context.js';

const TRAIT = 'smithy.api#trait';

/**
 * Checks every applied trait: it must be defined (prelude or model; traits in other namespaces are
 * kept verbatim), sit on a shape its selector allows, and have a value that fits its definition.
 */
export function validateTraits(ctx: ValidationContext): void {
  const reported = new Set<string>();
  const before = ctx.model.diagnostics.length;
  for (const [id, shape] of ctx.model.shapes) {
    checkTraitsOf(ctx, id, shape.traits, { kind: 'shape', type: shape.type });
    for (const [name, member] of membersOf(shape)) {
      const target = ctx.lookup(member.target.split('$')[0]!);
      checkTraitsOf(ctx, `${id}$${name}`, member.traits, {
        kind: 'member',
        container: shape.type,
        target: target?.type,
      });
      checkDefault(ctx, `${id}$${name}`, member.traits, member.target);
    }
    checkDefault(ctx, id, shape.traits, id);
    checkExclusive(ctx, id, shape);
  }
  // Traits inherited from mixins are checked on every shape that inherits them; report each declaration once.
  const fresh = ctx.model.diagnostics.splice(before);
  for (const d of fresh) {
    const key =
      d.line === undefined
        ? `${d.shapeId ?? ''} ${d.message}`
        : `${d.file}:${d.line}:${d.column} ${d.message.replace(/ on [\w.#$]+|to [\w.#$]+,/g, '')}`;
    if (reported.has(key)) continue;
    reported.add(key);
    ctx.model.diagnostics.push(d);
  }
}

type Placement =
  | { kind: 'shape'; type: ShapeType }
  | { kind: 'member'; container: ShapeType; target: ShapeType | undefined };

function checkTraitsOf(
  ctx: ValidationContext,
  ownerId: string,
  traits: Record<string, NodeValue> | undefined,
  where: Placement,
): void {
  for (const [traitId, value] of Object.entries(traits ?? {})) {
    const at = locationKey.trait(ownerId, traitId);
    const definition = ctx.lookup(traitId);
    if (definition === undefined) {
      const ns = traitId.slice(0, traitId.indexOf('#'));
      if (ctx.namespaces.has(ns)) {
        const traits = [...ctx.model.shapes.keys(), ...Object.keys(PRELUDE_SHAPES)].filter(
          (id) => ctx.lookup(id)?.traits?.[TRAIT] !== undefined,
        );
        report(
          ctx.model,
          'ERROR',
          `Unknown trait @${traitId} on ${ownerId}${didYouMean(traitId, traits)}`,
          ownerId,
          at,
        );
      }
      continue;
    }
    if (definition.traits?.[TRAIT] === undefined) {
      report(
        ctx.model,
        'ERROR',
        `${traitId} is applied as a trait on ${ownerId} but is not defined with @trait`,
        ownerId,
        at,
      );
      continue;
    }
    const placement = TRAIT_PLACEMENT[traitId];
    if (placement === undefined) {
      const selector = selectorOf(definition);
      const matches = selector === undefined ? null : ctx.selectorMatches(selector);
      if (selector !== undefined && matches !== null && !matches.has(ownerId)) {
        report(
          ctx.model,
          'ERROR',
          `Trait @${shortName(traitId)} cannot be applied to ${ownerId}; its selector is "${selector}"`,
          ownerId,
          at,
        );
        continue;
      }
    } else if (!allowed(placement, where)) {
      const here =
        where.kind === 'shape'
          ? `${withArticle(where.type)} shape`
          : `a member of ${withArticle(where.container)}${where.target === undefined ? '' : ` targeting ${withArticle(where.target)}`}`;
      report(
        ctx.model,
        'ERROR',
        `Trait @${shortName(traitId)} cannot be applied to ${ownerId}, ${here}; it applies to ${placement.description}`,
        ownerId,
        at,
      );
      continue;
    }
    const problems = checkNodeAgainstShape(value, traitId, ctx.lookup, `@${shortName(traitId)}`);
    if (value === null && definition.type !== 'document') problems.unshift(`@${shortName(traitId)} needs a value`);
    for (const p of problems.slice(0, 1))
      report(ctx.model, 'ERROR', `Invalid trait value on ${ownerId}: ${p}`, ownerId, at);
  }
}

function allowed(p: TraitPlacement, where: Placement): boolean {
  if (where.kind === 'shape') return p.shapes === 'any' || (p.shapes !== 'none' && p.shapes.includes(where.type));
  if (p.members === 'any') return true;
  if (p.members === 'none') return false;
  if (p.members.containers !== undefined && !p.members.containers.includes(where.container)) return false;
  if (p.members.targets !== undefined && (where.target === undefined || !p.members.targets.includes(where.target))) {
    return where.target === undefined;
  }
  return true;
}

function shortName(traitId: string): string {
  return traitId.startsWith('smithy.api#') ? traitId.slice('smithy.api#'.length) : traitId;
}

function checkDefault(
  ctx: ValidationContext,
  ownerId: string,
  traits: Record<string, NodeValue> | undefined,
  targetId: string,
): void {
  if (ownerId.includes('$')) checkRepeatedDefault(ctx, ownerId, traits, targetId);
  if (traits === undefined || !Object.hasOwn(traits, 'smithy.api#default')) return;
  const value = traits['smithy.api#default']!;
  if (value === null) return;
  const target = ctx.lookup(targetId.split('$')[0]!);
  const at = locationKey.trait(ownerId, 'smithy.api#default');
  if (target === undefined) return;
  if (
    (target.type === 'list' && !(Array.isArray(value) && value.length === 0)) ||
    (target.type === 'map' && JSON.stringify(value) !== '{}')
  ) {
    report(
      ctx.model,
      'ERROR',
      `Default of ${ownerId} must be empty (${target.type === 'list' ? '[]' : '{}'}) for a ${target.type}`,
      ownerId,
      at,
    );
    return;
  }
  const problem = checkNodeAgainstShape(value, targetId.split('$')[0]!, ctx.lookup, 'default')[0];
  if (problem !== undefined) report(ctx.model, 'ERROR', `Invalid default on ${ownerId}: ${problem}`, ownerId, at);
}

const EXCLUSIVE: ReadonlyArray<readonly [string, string]> = [
  ['smithy.api#input', 'smithy.api#output'],
  ['smithy.api#input', 'smithy.api#error'],
  ['smithy.api#output', 'smithy.api#error'],
  ['smithy.api#readonly', 'smithy.api#idempotent'],
  ['smithy.api#error', 'smithy.api#trait'],
];

function checkExclusive(ctx: ValidationContext, id: string, shape: AstShape): void {
  for (const [a, b] of EXCLUSIVE) {
    if (shape.traits?.[a] !== undefined && shape.traits[b] !== undefined) {
      report(
        ctx.model,
        'ERROR',
        `Traits @${shortName(a)} and @${shortName(b)} conflict on ${id}`,
        id,
        locationKey.trait(id, b),
      );
    }
  }
  if (shape.traits?.['smithy.api#httpError'] !== undefined && shape.traits['smithy.api#error'] === undefined) {
    report(
      ctx.model,
      'ERROR',
      `@httpError on ${id} requires @error`,
      id,
      locationKey.trait(id, 'smithy.api#httpError'),
    );
  }
}

function selectorOf(definition: AstShape): string | undefined {
  const t = definition.traits?.[TRAIT];
  if (t === null || typeof t !== 'object' || Array.isArray(t)) return undefined;
  const selector = t['selector'];
  return typeof selector === 'string' ? selector : undefined;
}

/** A member targeting a shape with `@default` must repeat that default, or cancel it with `= null`. */
function checkRepeatedDefault(
  ctx: ValidationContext,
  memberId: string,
  traits: Record<string, NodeValue> | undefined,
  targetId: string,
): void {
  const target = ctx.lookup(targetId);
  const container = ctx.lookup(memberId.slice(0, memberId.indexOf('$')));
  if (
    container?.type !== 'structure' ||
    target?.traits === undefined ||
    !Object.hasOwn(target.traits, 'smithy.api#default')
  )
    return;
  const wanted = target.traits['smithy.api#default']!;
  const has = traits !== undefined && Object.hasOwn(traits, 'smithy.api#default');
  const value = has ? traits['smithy.api#default']! : undefined;
  if (has && (value === null || nodeEquals(value!, wanted))) return;
  const message = has
    ? `Member ${memberId} has default ${JSON.stringify(value)} but its target ${targetId} has default ${JSON.stringify(wanted)}; use the same value or null`
    : `Member ${memberId} targets ${targetId}, which has a default; repeat it (= ${JSON.stringify(wanted)}) or write = null`;
  report(
    ctx.model,
    'ERROR',
    message,
    memberId,
    has ? locationKey.trait(memberId, 'smithy.api#default') : locationKey.shape(memberId),
  );
}
