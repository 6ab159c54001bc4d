import { randomAlphanumeric, type RandomSource } from '../random.js';

/** A fresh 12-character alphanumeric resource id that `taken` does not know. */
export function unusedId(random: RandomSource, taken: (id: string) => boolean): string {
  for (;;) {
    const id = randomAlphanumeric(random, 12);
    if (!taken(id)) return id;
  }
}
