import {
  ALL_TYPES,
  type AstShape,
  NUMBER_TYPES as NUMBER_SHAPE_TYPES,
  SIMPLE_TYPES as SIMPLE_SHAPE_TYPES,
} from './ast.js';

/** A node a selector walks over: a shape or a member, with its type, traits and neighbors. */
export interface SelectorNode {
  type: string;
  traits: Readonly<Record<string, unknown>>;
  neighbors: readonly string[];
}

type Step =
  | { kind: 'any' }
  | { kind: 'type'; name: string }
  | { kind: 'trait'; id: string }
  | { kind: 'neighbor'; recursive: boolean }
  | { kind: 'test' | 'is' | 'not'; selectors: Step[][] };

const NUMBER_TYPES: ReadonlySet<string> = NUMBER_SHAPE_TYPES;
/** What `simpleType` matches: the simple types plus the enum specializations of string and integer. */
const SIMPLE_TYPES = new Set<string>([...SIMPLE_SHAPE_TYPES, 'enum', 'intEnum']);
/** Every shape type name, plus the selector's own type names (`number`, `simpleType`, `collection`, `member`). */
const TYPE_NAMES = new Set([...ALL_TYPES, 'number', 'simpleType', 'collection', 'member']);

/**
 * Parses the subset of the Smithy selector language that trait definitions commonly use: `*`,
 * shape types, `[trait|name]`, `>`, `~>`, `:test`, `:is` and `:not`. Returns null for anything else.
 */
export function parseSelector(text: string): Step[] | null {
  let pos = 0;
  const skip = (): void => {
    while (/\s/.test(text[pos] ?? '')) pos++;
  };
  const sequence = (stop: string): Step[] | null => {
    const steps: Step[] = [];
    for (;;) {
      skip();
      const c = text[pos];
      if (c === undefined || stop.includes(c)) return steps;
      if (c === '*') {
        pos++;
        steps.push({ kind: 'any' });
      } else if (c === '>') {
        pos++;
        steps.push({ kind: 'neighbor', recursive: false });
      } else if (text.startsWith('~>', pos)) {
        pos += 2;
        steps.push({ kind: 'neighbor', recursive: true });
      } else if (c === '[') {
        const m = /^\[trait\|([A-Za-z0-9_.#]+)\]/.exec(text.slice(pos));
        if (m === null) return null;
        pos += m[0].length;
        steps.push({ kind: 'trait', id: m[1]!.includes('#') ? m[1]! : `smithy.api#${m[1]!}` });
      } else if (c === ':') {
        const m = /^:(test|is|not)\(/.exec(text.slice(pos));
        if (m === null) return null;
        pos += m[0].length;
        const selectors: Step[][] = [];
        for (;;) {
          const inner = sequence(',)');
          if (inner === null) return null;
          selectors.push(inner);
          if (text[pos] === ',') pos++;
          else if (text[pos] === ')') {
            pos++;
            break;
          } else return null;
        }
        steps.push({ kind: m[1] as 'test' | 'is' | 'not', selectors });
      } else {
        const m = /^[A-Za-z]+/.exec(text.slice(pos));
        if (m === null || !TYPE_NAMES.has(m[0])) return null;
        pos += m[0].length;
        steps.push({ kind: 'type', name: m[0] });
      }
    }
  };
  const steps = sequence('');
  return steps !== null && pos === text.length ? steps : null;
}

function typeMatches(name: string, type: string): boolean {
  if (name === type) return true;
  if (name === 'number') return NUMBER_TYPES.has(type);
  if (name === 'simpleType') return SIMPLE_TYPES.has(type);
  if (name === 'collection') return type === 'list' || type === 'set';
  if (name === 'string') return type === 'enum';
  if (name === 'integer') return type === 'intEnum';
  return false;
}

/** Runs parsed selector steps from a set of node ids and returns the ids it yields. */
export function evaluateSelector(
  steps: readonly Step[],
  start: Iterable<string>,
  node: (id: string) => SelectorNode | undefined,
): Set<string> {
  let current = new Set(start);
  for (const step of steps) {
    const next = new Set<string>();
    for (const id of current) {
      const n = node(id);
      if (n === undefined) continue;
      switch (step.kind) {
        case 'any':
          next.add(id);
          break;
        case 'type':
          if (typeMatches(step.name, n.type)) next.add(id);
          break;
        case 'trait':
          if (Object.hasOwn(n.traits, step.id)) next.add(id);
          break;
        case 'neighbor':
          if (!step.recursive) for (const m of n.neighbors) next.add(m);
          else {
            const stack = [...n.neighbors];
            while (stack.length > 0) {
              const m = stack.pop()!;
              if (next.has(m)) continue;
              next.add(m);
              stack.push(...(node(m)?.neighbors ?? []));
            }
          }
          break;
        case 'is':
          for (const s of step.selectors) for (const r of evaluateSelector(s, [id], node)) next.add(r);
          break;
        case 'test':
          if (step.selectors.some((s) => evaluateSelector(s, [id], node).size > 0)) next.add(id);
          break;
        case 'not':
          if (step.selectors.every((s) => evaluateSelector(s, [id], node).size === 0)) next.add(id);
          break;
      }
    }
    current = next;
  }
  return current;
}

/** Describes a shape or member for selector evaluation (members are ids containing `$`). */
export function selectorNode(id: string, lookup: (id: string) => AstShape | undefined): SelectorNode | undefined {
  const dollar = id.indexOf('$');
  if (dollar >= 0) {
    const shape = lookup(id.slice(0, dollar));
    const name = id.slice(dollar + 1);
    const member = Object.hasOwn(shape?.members ?? {}, name)
      ? shape?.members?.[name]
      : name === 'member' || name === 'key' || name === 'value'
        ? shape?.[name]
        : undefined;
    if (member === undefined) return undefined;
    return { type: 'member', traits: member.traits ?? {}, neighbors: [member.target] };
  }
  const shape = lookup(id);
  if (shape === undefined) return undefined;
  const neighbors: string[] = [];
  for (const name of Object.keys(shape.members ?? {})) neighbors.push(`${id}$${name}`);
  for (const key of ['member', 'key', 'value'] as const) if (shape[key] !== undefined) neighbors.push(`${id}$${key}`);
  for (const key of ['input', 'output', 'put', 'create', 'read', 'update', 'delete', 'list'] as const) {
    const t = shape[key];
    if (t !== undefined) neighbors.push(t.target);
  }
  for (const key of ['operations', 'resources', 'errors', 'collectionOperations'] as const)
    for (const t of shape[key] ?? []) neighbors.push(t.target);
  for (const t of Object.values(shape.identifiers ?? {})) neighbors.push(t.target);
  return { type: shape.type, traits: shape.traits ?? {}, neighbors };
}
