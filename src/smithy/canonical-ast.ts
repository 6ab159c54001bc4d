import {
  RESOURCE_PROPERTIES,
  SERVICE_PROPERTIES,
  type AstMember,
  type AstShape,
  type AstTarget,
  type NodeValue,
  type SmithyAst,
} from './ast.js';
import { compareCodeUnits, compareIdsCaseInsensitive, setKey, sortNodeKeys } from './node-value.js';

const ID_LISTS = new Set(['operations', 'resources', 'errors', 'collectionOperations']);

function sortedTraits(traits: Record<string, NodeValue> | undefined): Record<string, NodeValue> | undefined {
  if (traits === undefined || Object.keys(traits).length === 0) return undefined;
  const out: Record<string, NodeValue> = {};
  for (const k of Object.keys(traits).sort(compareCodeUnits)) setKey(out, k, traits[k]!);
  return out;
}

function member(m: AstMember): AstMember {
  const traits = sortedTraits(m.traits);
  return traits === undefined ? { target: m.target } : { target: m.target, traits };
}

function targets(list: readonly AstTarget[]): AstTarget[] {
  return [...list].sort((a, b) => compareIdsCaseInsensitive(a.target, b.target)).map((t) => ({ target: t.target }));
}

/** Copies a shape with its keys in the order the Smithy CLI prints them. */
export function canonicalShape(shape: AstShape): AstShape {
  const out: AstShape = { type: shape.type };
  if (shape.mixins !== undefined && shape.mixins.length > 0)
    out.mixins = shape.mixins.map((t) => ({ target: t.target }));
  switch (shape.type) {
    case 'list':
      if (shape.member !== undefined) out.member = member(shape.member);
      break;
    case 'map':
      if (shape.key !== undefined) out.key = member(shape.key);
      if (shape.value !== undefined) out.value = member(shape.value);
      break;
    case 'structure':
    case 'union':
    case 'enum':
    case 'intEnum': {
      const members: Record<string, AstMember> = {};
      for (const [name, m] of Object.entries(shape.members ?? {})) setKey(members, name, member(m));
      out.members = members;
      break;
    }
    case 'service':
    case 'resource':
      for (const key of shape.type === 'service' ? SERVICE_PROPERTIES : RESOURCE_PROPERTIES) {
        const value = shape[key];
        if (value === undefined) continue;
        if (ID_LISTS.has(key)) (out as unknown as Record<string, unknown>)[key] = targets(value as AstTarget[]);
        else (out as unknown as Record<string, unknown>)[key] = structuredClone(value);
      }
      break;
    case 'operation':
      out.input = { target: shape.input?.target ?? 'smithy.api#Unit' };
      out.output = { target: shape.output?.target ?? 'smithy.api#Unit' };
      if (shape.errors !== undefined && shape.errors.length > 0) out.errors = targets(shape.errors);
      break;
    default:
      break;
  }
  const traits = sortedTraits(shape.traits);
  if (traits !== undefined) out.traits = traits;
  return out;
}

/**
 * Builds the JSON AST the Smithy CLI would print for these shapes: shapes and traits sorted by id,
 * keys in CLI order, id lists sorted case-insensitively, metadata keys deep-sorted.
 */
export function canonicalAst(shapes: ReadonlyMap<string, AstShape>, metadata: Record<string, NodeValue>): SmithyAst {
  const sorted: Record<string, AstShape> = {};
  for (const id of [...shapes.keys()].sort(compareCodeUnits)) setKey(sorted, id, canonicalShape(shapes.get(id)!));
  if (Object.keys(metadata).length === 0) return { smithy: '2.0', shapes: sorted };
  return { smithy: '2.0', metadata: sortNodeKeys(metadata) as Record<string, NodeValue>, shapes: sorted };
}
