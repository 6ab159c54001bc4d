import type { AstMember, AstShape } from '../smithy/ast.js';
import {
  documentationOf,
  enumValues,
  getShape,
  hasTrait,
  isPrelude,
  isRequired,
  membersOf,
  shapeName,
  timestampFormat,
  UNIT_ID,
} from '../smithy/shape-graph.js';
import { jsDoc, tsHeader, tsKey, tsString, type EmitOptions } from './header.js';
import type { ModelView } from './model-view.js';

function scalarType(view: ModelView, shape: AstShape, member: AstMember | undefined, targetId: string): string {
  switch (shape.type) {
    case 'string':
    case 'enum': {
      const values = enumValues(shape);
      return values.length > 0 && shape.type === 'string'
        ? values.map((v) => tsString(String(v))).join(' | ')
        : 'string';
    }
    case 'blob':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'timestamp':
      return timestampFormat(view.ast, member, targetId) === 'epoch-seconds' ? 'number' : 'string';
    case 'document':
      return 'unknown';
    case 'structure':
      return 'Record<string, never>';
    default:
      return 'number';
  }
}

/** The TypeScript type a member is written with: its target's name, or a primitive for prelude targets. */
function memberType(view: ModelView, member: AstMember): string {
  if (member.target === UNIT_ID) return 'Record<string, never>';
  if (!isPrelude(member.target)) return shapeName(member.target);
  const target = getShape(view.ast, member.target);
  return target ? scalarType(view, target, member, member.target) : 'unknown';
}

function structureBody(view: ModelView, shape: AstShape): string {
  return membersOf(shape)
    .map(
      ([name, member]) =>
        `${jsDoc(documentationOf(member), '  ')}  ${tsKey(name)}${isRequired(member) ? '' : '?'}: ${memberType(view, member)};\n`,
    )
    .join('');
}

function shapeDeclaration(view: ModelView, id: string): string {
  const shape = getShape(view.ast, id);
  if (!shape) return '';
  const name = shapeName(id);
  const doc = jsDoc(documentationOf(shape));
  switch (shape.type) {
    case 'structure':
      return `${doc}export interface ${name} {\n${structureBody(view, shape)}}\n`;
    case 'union': {
      const variants = membersOf(shape).map(([member, m]) => `{ ${tsKey(member)}: ${memberType(view, m)} }`);
      return `${doc}export type ${name} = ${variants.length > 0 ? variants.join(' | ') : 'never'};\n`;
    }
    case 'list': {
      const item = shape.member ? memberType(view, shape.member) : 'unknown';
      return `${doc}export type ${name} = ${hasTrait(shape, 'smithy.api#sparse') ? `(${item} | null)` : item}[];\n`;
    }
    case 'map': {
      const value = shape.value ? memberType(view, shape.value) : 'unknown';
      return `${doc}export type ${name} = Record<string, ${hasTrait(shape, 'smithy.api#sparse') ? `${value} | null` : value}>;\n`;
    }
    case 'enum':
    case 'intEnum': {
      const entries = membersOf(shape).map(([member], i) => {
        const value = enumValues(shape)[i];
        return `  ${tsKey(member)}: ${typeof value === 'number' ? String(value) : tsString(String(value))},\n`;
      });
      return `${doc}export const ${name} = {\n${entries.join('')}} as const;\n${doc}export type ${name} = (typeof ${name})[keyof typeof ${name}];\n`;
    }
    default:
      return `${doc}export type ${name} = ${scalarType(view, shape, undefined, id)};\n`;
  }
}

const union = (names: readonly string[]): string =>
  names.length === 0 ? 'never' : names.map((n) => `\n  | ${tsString(n)}`).join('');

/** `types.ts`: one TypeScript type per shape of the closure, plus the operation and error name unions and I/O maps. */
export function emitTypes(view: ModelView, options: EmitOptions): string {
  const parts: string[] = [tsHeader(options, 'emit-types.ts')];
  for (const id of view.closure) parts.push(shapeDeclaration(view, id));
  const ops = view.operations;
  parts.push(
    `/** The name of every operation of ${view.service.name}. */\nexport type OperationName =${union(ops.map((o) => o.name))};\n`,
  );
  parts.push(
    `/** The name of every error shape of ${view.service.name}. */\nexport type ErrorName =${union(view.errors.map((e) => e.name))};\n`,
  );
  const io = (pick: (o: (typeof ops)[number]) => string | null) =>
    ops.map((o) => {
      const id = pick(o);
      return `  ${tsKey(o.name)}: ${id === null ? 'Record<string, never>' : shapeName(id)};\n`;
    });
  parts.push(
    `/** The input type of each operation. */\nexport interface OperationInputs {\n${io((o) => o.inputId).join('')}}\n`,
  );
  parts.push(
    `/** The output type of each operation. */\nexport interface OperationOutputs {\n${io((o) => o.outputId).join('')}}\n`,
  );
  const errorsOf = ops.map(
    (o) => `  ${tsKey(o.name)}:${union(o.errors.map((e) => e.name)).replaceAll('\n', '\n  ')};\n`,
  );
  parts.push(
    `/** The name of every error each operation models (its own and the service's). */\nexport interface OperationErrors {\n${errorsOf.join('')}}\n`,
  );
  return parts.join('\n');
}
