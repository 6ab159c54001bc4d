import type { CompiledValidator } from '../../generated/validators.js';
import { validationMessage } from './validation-message.js';

/**
 * The most entries of one list or map that validation looks at. No IVS member allows more than 50,
 * so a longer one is invalid whatever the rest holds.
 */
export const validatedEntries = 100;

/** How deep values are cut; IVS inputs are three levels deep, and the validators go no deeper. */
const cutDepth = 8;

/** A value whose lists and maps were cut to `validatedEntries + 1` entries, and whether any was. */
interface Bounded {
  readonly value: unknown;
  readonly cut: boolean;
}

function bounded(value: unknown, depth: number): Bounded {
  if (typeof value !== 'object' || value === null || depth >= cutDepth) return { value, cut: false };
  const entries = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : Object.entries(value);
  let cut = entries.length > validatedEntries + 1;
  const kept = cut ? entries.slice(0, validatedEntries + 1) : entries;
  const values = kept.map(([key, item]) => {
    const inner = bounded(item, depth + 1);
    cut ||= inner.cut;
    return [key, inner.value] as const;
  });
  if (!cut) return { value, cut: false };
  // Object.fromEntries defines own properties, so keys such as `__proto__` stay plain data.
  return { value: Array.isArray(value) ? values.map(([, item]) => item) : Object.fromEntries(values), cut: true };
}

/** Whether `bounded` would cut anything, found without copying (the common case cuts nothing). */
function needsCut(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null || depth >= cutDepth) return false;
  if (Array.isArray(value)) {
    if (value.length > validatedEntries + 1) return true;
    for (let i = 0; i < value.length; i += 1) if (needsCut(value[i], depth + 1)) return true;
    return false;
  }
  const keys = Object.keys(value);
  if (keys.length > validatedEntries + 1) return true;
  for (const key of keys) if (needsCut((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/**
 * Validates with a generated validator, answering the ValidationException message or undefined.
 * The generated validators collect every error with an array copy per error, so a map with tens of
 * thousands of bad entries would take minutes; an oversized list or map is therefore checked on
 * its first `validatedEntries + 1` entries, which fails just the same and reports what it saw.
 */
export function validateBounded(validate: CompiledValidator, input: unknown): string | undefined {
  const small = needsCut(input, 0) ? bounded(input, 0) : { value: input, cut: false };
  if (small.cut && !validate(small.value)) return validationMessage(validate.errors ?? [], small.value);
  return validate(input) ? undefined : validationMessage(validate.errors ?? [], input);
}
