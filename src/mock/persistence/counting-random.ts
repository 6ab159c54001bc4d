import { createRandom, type RandomSource } from '../random.js';

/** A seeded random source that knows how many numbers it has handed out, so a restart can resume it. */
export interface CountingRandom extends RandomSource {
  /** The seed the sequence starts from. */
  readonly seed: number;
  /** How many numbers `next()` has returned since the seed (or the last `restart`). */
  readonly draws: number;
  /** Puts the sequence at `draws` numbers after the seed. */
  seek(draws: number): void;
}

/** Makes a counting random source from a seed, already `draws` numbers along. */
export function createCountingRandom(seed: number, draws = 0): CountingRandom {
  const inner = createRandom(seed);
  let count = 0;
  const source: CountingRandom = {
    seed,
    get draws() {
      return count;
    },
    next() {
      count += 1;
      return inner.next();
    },
    restart() {
      inner.restart();
      count = 0;
    },
    seek(target) {
      inner.restart();
      for (let i = 0; i < target; i += 1) inner.next();
      count = target;
    },
  };
  source.seek(draws);
  return source;
}
