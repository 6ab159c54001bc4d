/** A small seeded random source, so every value a run makes up is reproducible from `--seed`. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  integer(min: number, max: number): number;
  /** A string of letters and digits. */
  alphanumeric(length: number): string;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Creates a mulberry32 generator from a 32-bit seed. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const alphanumeric = (length: number): string =>
    Array.from({ length }, () => ALPHANUMERIC[integer(0, ALPHANUMERIC.length - 1)] ?? 'a').join('');
  return { next, integer, alphanumeric };
}

/** Mixes a seed with a label (a check id, a run index) into a new 32-bit seed. */
export function deriveSeed(seed: number, label: string | number): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (const char of String(label)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}
