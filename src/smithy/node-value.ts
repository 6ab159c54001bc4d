import type { NodeValue } from './ast.js';

/** Sets an own enumerable property, even for keys such as `__proto__` that plain assignment mishandles. */
export function setKey<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** True when `key` is an own property of `obj` (safe for any key). */
export function hasKey(obj: object, key: string): boolean {
  return Object.hasOwn(obj, key);
}

/** Structural equality of two node values (object key order does not matter). */
export function nodeEquals(a: NodeValue, b: NodeValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => nodeEquals(item, b[i]!));
  }
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  return ak.every((k) => hasKey(b, k) && nodeEquals(a[k]!, b[k]!));
}

/** Which JSON kind a node value is, as written in error messages. */
export function nodeKind(v: NodeValue): 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v as 'boolean' | 'number' | 'string' | 'object';
}

/**
 * Combines two values of the same trait as Smithy does: arrays concatenate, equal values
 * collapse, anything else is a conflict (returned as null).
 */
export function mergeTraitValues(a: NodeValue, b: NodeValue): { value: NodeValue } | null {
  if (Array.isArray(a) && Array.isArray(b)) return { value: [...a, ...b] };
  if (nodeEquals(a, b)) return { value: a };
  return null;
}

/**
 * True when a number literal is an integer beyond ±2^53, which a JS number cannot hold exactly;
 * such values are kept as the nearest double and reported as a warning.
 */
export function isImpreciseInteger(lexeme: string): boolean {
  if (!/^-?\d+$/.test(lexeme)) return false;
  return !Number.isSafeInteger(Number(lexeme));
}

/** Copies a node value deeply with keys in code-unit order at every level (for metadata). */
export function sortNodeKeys(v: NodeValue): NodeValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(sortNodeKeys);
  const out: Record<string, NodeValue> = {};
  for (const k of Object.keys(v).sort(compareCodeUnits)) setKey(out, k, sortNodeKeys(v[k]!));
  return out;
}

/** Orders strings by UTF-16 code units, as the Smithy CLI orders shape ids and trait ids. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders shape ids case-insensitively with a case-sensitive tie-break (id lists in the CLI output). */
export function compareIdsCaseInsensitive(a: string, b: string): number {
  return compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b);
}
