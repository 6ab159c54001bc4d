import type { AstMember, AstShape, AstTarget, NodeValue } from './ast.js';
import { diagnosticAt, withArticle } from './diagnostics.js';
import { locationKey } from './locations.js';
import { report, type MergedModel } from './merge-fragments.js';
import { hasKey, setKey } from './node-value.js';

const MIXIN = 'smithy.api#mixin';

/** Fills `$name` members of `for Resource` shapes from the resource's identifiers and properties. */
export function resolveResourceElisions(model: MergedModel): void {
  for (const e of model.elisions) {
    if (e.forResource === null) continue;
    const resource = model.shapes.get(e.forResource);
    const target = resource?.identifiers?.[e.member]?.target ?? resource?.properties?.[e.member]?.target;
    if (target === undefined) continue;
    const member = memberOf(model.shapes.get(e.shapeId), e.member);
    if (member !== undefined) member.target = target;
  }
}

function memberOf(shape: AstShape | undefined, name: string): AstMember | undefined {
  if (shape === undefined) return undefined;
  if (shape.members !== undefined && hasKey(shape.members, name)) return shape.members[name];
  if (name === 'member' || name === 'key' || name === 'value') return shape[name];
  return undefined;
}

/**
 * Copies the members and non-local traits of mixins into every shape that uses them (inherited
 * members first, in mixin order), then removes the `mixins` references: the loaded model is flat,
 * while the mixin shapes themselves stay in it with their `@mixin` trait.
 */
export function flattenMixins(model: MergedModel): void {
  const done = new Set<string>();
  const active = new Set<string>();
  const visit = (id: string): void => {
    if (done.has(id)) return;
    const shape = model.shapes.get(id);
    if (shape === undefined) return;
    if (active.has(id)) {
      report(model, 'ERROR', `Mixin cycle: ${id} inherits from itself`, id);
      shape.mixins = undefined;
      return;
    }
    active.add(id);
    const valid: Array<[string, AstShape]> = [];
    for (const ref of shape.mixins ?? []) {
      const mixin = model.shapes.get(ref.target);
      const where = locationKey.ref(id, 'mixins', ref.target);
      if (mixin === undefined) {
        report(model, 'ERROR', `Mixin ${ref.target} of ${id} does not exist`, id, where);
        continue;
      }
      visit(ref.target);
      if (mixin.traits?.[MIXIN] === undefined) {
        report(model, 'ERROR', `${ref.target} is used as a mixin by ${id} but has no @mixin trait`, id, where);
        continue;
      }
      if (mixin.type !== shape.type) {
        report(
          model,
          'ERROR',
          `Mixin ${ref.target} is ${withArticle(mixin.type)}, but ${id} is ${withArticle(shape.type)}; mixins must have the same type`,
          id,
          where,
        );
        continue;
      }
      valid.push([ref.target, mixin]);
    }
    active.delete(id);
    done.add(id);
    if (valid.length > 0) inherit(model, id, shape, valid);
    delete shape.mixins;
  };
  for (const id of model.shapes.keys()) visit(id);
  for (const [target, loc] of model.pendingApplies) {
    const [shapeId = '', name = ''] = target.split('$');
    const member = memberOf(model.shapes.get(shapeId), name);
    if (member === undefined || member.target !== '') continue;
    removeMember(model.shapes.get(shapeId)!, name);
    model.diagnostics.push(
      diagnosticAt('ERROR', `apply targets ${target}, but ${shapeId} has no member named '${name}'`, loc, target),
    );
  }
  for (const e of model.elisions) {
    const member = memberOf(model.shapes.get(e.shapeId), e.member);
    if (member !== undefined && member.target === '') {
      const source = e.forResource === null ? 'any mixin' : `resource ${e.forResource} or any mixin`;
      report(
        model,
        'ERROR',
        `Elided member $${e.member} of ${e.shapeId} is not defined by ${source}`,
        e.shapeId,
        locationKey.shape(`${e.shapeId}$${e.member}`),
      );
    }
  }
}

function inherit(model: MergedModel, id: string, shape: AstShape, sources: ReadonlyArray<[string, AstShape]>): void {
  const mixins = sources.map(([, m]) => m);
  const inheritedTraits: Record<string, NodeValue> = {};
  for (const [mixinId, mixin] of sources) {
    const local = localTraitsOf(mixin);
    for (const [k, v] of Object.entries(mixin.traits ?? {})) {
      if (local.has(k)) continue;
      setKey(inheritedTraits, k, v);
      inheritLocation(model, locationKey.trait(mixinId, k), locationKey.trait(id, k));
    }
  }
  if (Object.keys(inheritedTraits).length > 0) shape.traits = { ...inheritedTraits, ...shape.traits };
  const memberSources = new Map<string, string>();
  if (shape.members !== undefined || mixins.some((m) => m.members !== undefined)) {
    const merged: Record<string, AstMember> = {};
    for (const [mixinId, mixin] of sources) {
      for (const [name, member] of Object.entries(mixin.members ?? {})) {
        // The same member from several mixins keeps its first position; later mixins' traits win.
        const earlier = hasKey(merged, name) ? merged[name] : undefined;
        const traits = { ...earlier?.traits, ...member.traits };
        setKey(
          merged,
          name,
          Object.keys(traits).length > 0 ? { target: member.target, traits } : { target: member.target },
        );
        memberSources.set(name, mixinId);
      }
    }
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      const inherited = hasKey(merged, name) ? merged[name] : undefined;
      if (inherited === undefined) {
        setKey(merged, name, member);
        memberSources.delete(name);
        continue;
      }
      if (member.target !== '' && member.target !== inherited.target) {
        report(
          model,
          'ERROR',
          `Member ${name} of ${id} redeclares a mixin member with target ${member.target} instead of ${inherited.target}`,
          id,
          locationKey.shape(`${id}$${name}`),
        );
      }
      const traits = { ...inherited.traits, ...member.traits };
      setKey(
        merged,
        name,
        Object.keys(traits).length > 0 ? { target: inherited.target, traits } : { target: inherited.target },
      );
    }
    shape.members = merged;
  }
  for (const key of ['member', 'key', 'value'] as const) {
    const index = sources.findLastIndex(([, m]) => m[key] !== undefined);
    const from = sources[index]?.[1][key];
    if (from === undefined) continue;
    memberSources.set(key, sources[index]![0]);
    const own = shape[key];
    shape[key] =
      own === undefined
        ? copyMember(from)
        : { target: own.target === '' ? from.target : own.target, traits: { ...from.traits, ...own.traits } };
    if (shape[key]?.traits !== undefined && Object.keys(shape[key].traits).length === 0) delete shape[key].traits;
  }
  for (const [name, mixinId] of memberSources) {
    const member = memberOf(shape, name);
    inheritLocation(model, locationKey.shape(`${mixinId}$${name}`), locationKey.shape(`${id}$${name}`));
    for (const traitId of Object.keys(member?.traits ?? {})) {
      inheritLocation(
        model,
        locationKey.trait(`${mixinId}$${name}`, traitId),
        locationKey.trait(`${id}$${name}`, traitId),
      );
    }
  }
  inheritEntityProperties(shape, mixins);
}

/** Points an inherited shape, member or trait at where the mixin declared it (unless redeclared locally). */
function inheritLocation(model: MergedModel, from: string, to: string): void {
  const loc = model.locations.get(from);
  if (loc !== undefined && !model.locations.has(to)) model.locations.set(to, loc);
}

function inheritEntityProperties(shape: AstShape, mixins: readonly AstShape[]): void {
  const lists = ['operations', 'resources', 'errors', 'collectionOperations'] as const;
  for (const key of lists) {
    const all: AstTarget[] = mixins.flatMap((m) => m[key] ?? []);
    if (all.length === 0) continue;
    const own = shape[key] ?? [];
    const seen = new Set(own.map((t) => t.target));
    shape[key] = [...all.filter((t) => !seen.has(t.target)), ...own];
  }
  const singles = ['version', 'input', 'output', 'put', 'create', 'read', 'update', 'delete', 'list'] as const;
  for (const key of singles) {
    const from = mixins.findLast((m) => m[key] !== undefined)?.[key];
    if (from !== undefined && shape[key] === undefined) (shape as unknown as Record<string, unknown>)[key] = from;
  }
  for (const key of ['identifiers', 'properties', 'rename'] as const) {
    const merged = Object.assign({}, ...mixins.map((m) => m[key] ?? {}), shape[key] ?? {}) as Record<string, never>;
    if (Object.keys(merged).length > 0) shape[key] = merged;
  }
}

function copyMember(member: AstMember): AstMember {
  return member.traits === undefined
    ? { target: member.target }
    : { target: member.target, traits: { ...member.traits } };
}

function localTraitsOf(mixin: AstShape): Set<string> {
  const out = new Set<string>([MIXIN]);
  const value = mixin.traits?.[MIXIN];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const local = value['localTraits'];
    if (Array.isArray(local)) for (const t of local) if (typeof t === 'string') out.add(t);
  }
  return out;
}

function removeMember(shape: AstShape, name: string): void {
  if (name === 'member' || name === 'key' || name === 'value') delete shape[name];
  else if (shape.members !== undefined) delete shape.members[name];
}
