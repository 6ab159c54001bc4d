import type { AstMember, AstShape, SmithyAst } from '../smithy/ast.js';
import { byCodeUnit, isPrelude } from '../smithy/shape-graph.js';
import { headerText, jsonText, sortKeysDeep, type EmitOptions } from './header.js';

const SHAPE_KEY_ORDER = [
  'type',
  'mixins',
  'member',
  'key',
  'value',
  'members',
  'version',
  'identifiers',
  'properties',
  'put',
  'create',
  'read',
  'update',
  'delete',
  'list',
  'input',
  'output',
  'operations',
  'collectionOperations',
  'resources',
  'errors',
  'rename',
  'traits',
] as const;

function memberJson(member: AstMember): Record<string, unknown> {
  return { target: member.target, ...(member.traits ? { traits: sortKeysDeep(member.traits) } : {}) };
}

function shapeJson(shape: AstShape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SHAPE_KEY_ORDER) {
    const value = shape[key];
    if (value === undefined) continue;
    if (key === 'member' || key === 'key' || key === 'value') out[key] = memberJson(value as AstMember);
    else if (key === 'members') {
      const members: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(value as Record<string, AstMember>))
        members[name] = memberJson(member);
      out[key] = members;
    } else out[key] = sortKeysDeep(value);
  }
  return out;
}

/** The model as a Smithy JSON AST (`ivs.json`): shapes and traits sorted by id, members in declaration order. */
export function emitAstJson(ast: SmithyAst, options: EmitOptions): string {
  const shapes: Record<string, unknown> = {};
  for (const id of Object.keys(ast.shapes).sort(byCodeUnit)) {
    const shape = ast.shapes[id];
    if (shape && !isPrelude(id)) shapes[id] = shapeJson(shape);
  }
  const doc: Record<string, unknown> = { $comment: headerText(options, 'emit-ast-json.ts'), smithy: ast.smithy };
  if (ast.metadata && Object.keys(ast.metadata).length > 0) doc['metadata'] = sortKeysDeep(ast.metadata);
  doc['shapes'] = shapes;
  return jsonText(doc);
}
