import type { AstShape, NodeValue } from './ast.js';
import { hasKey, nodeKind } from './node-value.js';

/** Looks up a shape by absolute id in the model or the prelude. */
export type ShapeLookup = (id: string) => AstShape | undefined;

const INTEGER_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [Number.MIN_SAFE_INTEGER * 1024, Number.MAX_SAFE_INTEGER * 1024],
};
const FLOAT_STRINGS = new Set(['NaN', 'Infinity', '-Infinity']);

/**
 * Checks that a node value fits a shape (trait values, defaults): returns one message per
 * mismatch, each starting with the path inside the value. Unknown shapes accept anything.
 */
export function checkNodeAgainstShape(
  value: NodeValue,
  shapeId: string,
  lookup: ShapeLookup,
  path = 'value',
): string[] {
  const shape = lookup(shapeId);
  if (shape === undefined) return [];
  const kind = nodeKind(value);
  const want = (what: string): string[] => [`${path} must be ${what}, found ${describe(value)}`];
  switch (shape.type) {
    case 'document':
      return [];
    case 'string':
    case 'blob':
      return kind === 'string' ? [] : want('a string');
    case 'enum': {
      if (kind !== 'string') return want('a string');
      const values = enumValues(shape);
      return values.includes(value as string) ? [] : want(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
    }
    case 'boolean':
      return kind === 'boolean' ? [] : want('a boolean');
    case 'byte':
    case 'short':
    case 'integer':
    case 'long': {
      if (kind !== 'number' || !Number.isInteger(value))
        return want(shape.type === 'integer' ? 'an integer' : `an integer (${shape.type})`);
      const [lo, hi] = INTEGER_RANGES[shape.type]!;
      return (value as number) < lo || (value as number) > hi ? want(`within the ${shape.type} range`) : [];
    }
    case 'intEnum': {
      if (kind !== 'number' || !Number.isInteger(value)) return want('an integer');
      const values = enumValues(shape);
      return values.includes(value as number) ? [] : want(`one of ${values.join(', ')}`);
    }
    case 'float':
    case 'double':
      return kind === 'number' || (kind === 'string' && FLOAT_STRINGS.has(value as string)) ? [] : want('a number');
    case 'bigInteger':
    case 'bigDecimal':
    case 'timestamp':
      return kind === 'number' || kind === 'string' ? [] : want('a number or a string');
    case 'list': {
      if (!Array.isArray(value)) return want('a list');
      const target = shape.member?.target;
      return target === undefined
        ? []
        : value.flatMap((item, i) => checkNodeAgainstShape(item, target, lookup, `${path}[${i}]`));
    }
    case 'map': {
      if (kind !== 'object') return want('an object');
      const target = shape.value?.target;
      const obj = value as Record<string, NodeValue>;
      return target === undefined
        ? []
        : Object.keys(obj).flatMap((k) => checkNodeAgainstShape(obj[k]!, target, lookup, `${path}.${k}`));
    }
    case 'structure':
    case 'union': {
      if (kind !== 'object') return want('an object');
      const obj = value as Record<string, NodeValue>;
      const members = shape.members ?? {};
      const out: string[] = [];
      for (const k of Object.keys(obj)) {
        if (!hasKey(members, k))
          out.push(`${path} has unknown member '${k}'; allowed: ${Object.keys(members).join(', ') || 'none'}`);
        else out.push(...checkNodeAgainstShape(obj[k]!, members[k]!.target, lookup, `${path}.${k}`));
      }
      if (shape.type === 'union' && Object.keys(obj).length !== 1) out.push(`${path} must set exactly one member`);
      for (const [name, m] of Object.entries(members)) {
        if (m.traits?.['smithy.api#required'] !== undefined && !hasKey(obj, name))
          out.push(`${path} is missing required member '${name}'`);
      }
      return out;
    }
    default:
      return [];
  }
}

/** The `enumValue` of each member of an enum or intEnum shape. */
export function enumValues(shape: AstShape): Array<string | number> {
  return Object.entries(shape.members ?? {}).flatMap(([name, m]) => {
    const v = m.traits?.['smithy.api#enumValue'];
    if (typeof v === 'string' || typeof v === 'number') return [v];
    return shape.type === 'enum' ? [name] : [];
  });
}

function describe(value: NodeValue): string {
  const kind = nodeKind(value);
  if (kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'null') return JSON.stringify(value);
  return kind === 'array' ? 'a list' : 'an object';
}
