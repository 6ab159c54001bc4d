import type { Rewrite } from './rewriting-proxy.js';

/** An emulator variant with one planted bug, and the check that must catch it. */
export interface PlantedBug {
  readonly name: string;
  readonly caughtBy: string;
  /** When given, a failing finding of `caughtBy` (its message, then its details) must match it: the finding blames the true cause. */
  readonly blames?: RegExp;
  /** How many runs the self-test gives the check (default 4): random sequences meet some bugs only now and then. */
  readonly runs?: number;
  readonly rewrite: () => Rewrite;
}

/** An emulator variant that differs only where the spec allows it; the listed checks must not fail. */
export interface BenignVariant {
  readonly name: string;
  readonly only: readonly string[];
  readonly rewrite: () => Rewrite;
}
