/** A source of pseudo-random numbers in [0, 1) that can be restarted from its seed. */
export interface RandomSource {
  /** The next number in [0, 1). */
  next(): number;
  /** Starts the sequence again from the seed it was made with. */
  restart(): void;
}

/** Makes a small, fast, seedable generator (mulberry32); the same seed gives the same sequence. */
export function createRandom(seed: number): RandomSource {
  const initial = seed >>> 0;
  let state = initial;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    restart() {
      state = initial;
    },
  };
}

/** A seed for callers that did not give one. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 4294967296);
}

const alphanumeric = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const lowerAlphanumeric = 'abcdefghijklmnopqrstuvwxyz0123456789';

function pick(random: RandomSource, alphabet: string, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(random.next() * alphabet.length)];
  return text;
}

/** A string of ASCII letters and digits, like the 12-character ids in IVS ARNs. */
export function randomAlphanumeric(random: RandomSource, length: number): string {
  return pick(random, alphanumeric, length);
}

/** A string of lowercase ASCII letters and digits. */
export function randomLowerAlphanumeric(random: RandomSource, length: number): string {
  return pick(random, lowerAlphanumeric, length);
}
