const show = (value: unknown): string => JSON.stringify(value) ?? 'nothing';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first place where `got` does not hold `want`, as `path: got X, expected Y`, or `null` when it
 * does. Objects may carry members beyond the wanted ones (a newer service adds members) and lists
 * may come in any order; every wanted member and item must be there with the same value.
 */
export function firstDifference(got: unknown, want: unknown, path = ''): string | null {
  const at = path === '' ? 'the value' : path;
  if (isRecord(want)) {
    if (!isRecord(got)) return `${at}: got ${show(got)}, expected ${show(want)}`;
    for (const [key, value] of Object.entries(want)) {
      const inner = path === '' ? key : `${path}.${key}`;
      if (!(key in got)) return `${inner}: missing, expected ${show(value)}`;
      const difference = firstDifference(got[key], value, inner);
      if (difference) return difference;
    }
    return null;
  }
  if (Array.isArray(want)) {
    const unmatched = Array.isArray(got) ? [...got] : undefined;
    if (!unmatched || unmatched.length !== want.length) return `${at}: got ${show(got)}, expected ${show(want)}`;
    for (const item of want) {
      const index = unmatched.findIndex((candidate) => firstDifference(candidate, item) === null);
      if (index < 0) return `${at}: got ${show(got)}, expected ${show(want)}`;
      unmatched.splice(index, 1);
    }
    return null;
  }
  return Object.is(got, want) ? null : `${at}: got ${show(got)}, expected ${show(want)}`;
}

/** `value` without the named members. */
export function without(value: Record<string, unknown>, ...members: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !members.includes(key)));
}
