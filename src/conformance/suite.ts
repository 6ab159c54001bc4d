import type { ShardSpec } from './context.js';
import type { Check } from './check.js';

/** Which checks a run selects. */
export interface Selection {
  /** Keep only checks matching one of these patterns (all when empty). */
  readonly only: readonly string[];
  /** Drop checks matching one of these patterns. */
  readonly skip: readonly string[];
  /** The shard to run. */
  readonly shard: ShardSpec;
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

/**
 * Whether a pattern names a check: it matches (case-insensitive, `*` and `?` wildcards) the
 * check's id, its family, or one of its operations.
 */
export function matchesPattern(check: Check, pattern: string): boolean {
  const re = globToRegExp(pattern);
  return re.test(check.id) || re.test(check.family) || check.operations.some((operation) => re.test(operation));
}

/** Parses `I/N` (1 ≤ I ≤ N); `undefined` when the text is not a shard. */
export function parseShard(text: string): ShardSpec | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/** Whether the random run number `run` belongs to a shard (runs are dealt round-robin). */
export const runInShard = (run: number, shard: ShardSpec): boolean => run % shard.count === shard.index - 1;

/**
 * Picks the checks of a run: `--only`, then `--skip`, then the shard. Whole checks are dealt
 * round-robin over the shards in registry order; split checks run in every shard and divide
 * their random runs with `runInShard`. The same selection always gives the same checks.
 */
export function selectChecks(all: readonly Check[], selection: Selection): Check[] {
  const chosen = all
    .filter((check) => selection.only.length === 0 || selection.only.some((p) => matchesPattern(check, p)))
    .filter((check) => !selection.skip.some((p) => matchesPattern(check, p)));
  let whole = 0;
  return chosen.filter((check) => {
    if (check.sharding === 'split') return true;
    const mine = runInShard(whole, selection.shard);
    whole += 1;
    return mine;
  });
}
