import { createRandom, type RandomSource, randomSeed } from './random.js';

/**
 * One fault to inject: which calls it hits, and what it does to them. A rule with `error` or
 * `networkError` ends the call; a rule with only `latencyMs` delays it and lets later rules and
 * the emulator carry on.
 * @example { operation: 'PutMetadata', error: 'ThrottlingException', times: 2 }
 */
export interface FaultRule {
  /** The operation(s) hit; every operation when absent or `'*'`. */
  readonly operation?: string | readonly string[];
  /** The error shape name to answer with, e.g. `InternalServerException`; its status comes from the model. */
  readonly error?: string;
  /** The error message; a default one names the injected fault. */
  readonly message?: string;
  /** The HTTP status, instead of the model's status for `error`. */
  readonly status?: number;
  /** Fail the call at the network level (the client sees a dropped connection). */
  readonly networkError?: boolean;
  /** Milliseconds to wait before answering. */
  readonly latencyMs?: number;
  /** Only the next N calls that the rule hits; then the rule is spent. Unlimited when absent. */
  readonly times?: number;
  /** The chance (0..1) that a matching call is hit, drawn from the seeded generator. Always when absent. */
  readonly probability?: number;
}

/** What the faults decided for one call. */
export interface FaultDecision {
  /** Milliseconds to wait first (0 for none). */
  readonly latencyMs: number;
  /** How the call ends instead of reaching the emulator, if it does. */
  readonly outcome?:
    | { readonly kind: 'error'; readonly type: string; readonly message: string; readonly status?: number }
    | { readonly kind: 'network' };
}

/** A live set of fault rules that tests can change between calls. */
export interface FaultController {
  /** Adds a rule after the existing ones. */
  add(rule: FaultRule): void;
  /** Removes every rule. */
  clear(): void;
  /** The rules in force, in the order they are tried. */
  rules(): readonly FaultRule[];
  /** Decides the faults of one call of an operation, spending `times` of the rules that hit it. */
  decide(operation: string): FaultDecision;
}

const noFault: FaultDecision = Object.freeze({ latencyMs: 0 });

interface LiveRule {
  readonly rule: FaultRule;
  remaining: number;
}

function targets(rule: FaultRule, operation: string): boolean {
  const wanted = rule.operation;
  if (wanted === undefined || wanted === '*') return true;
  return typeof wanted === 'string' ? wanted === operation : wanted.includes(operation);
}

function hits(rule: FaultRule, random: RandomSource): boolean {
  return rule.probability === undefined || random.next() < rule.probability;
}

/** Creates a fault controller holding the given rules; `seed` makes probabilistic rules reproducible. */
export function createFaultController(
  initial: readonly FaultRule[] = [],
  options: { readonly seed?: number } = {},
): FaultController {
  const random = createRandom(options.seed ?? randomSeed());
  let live: LiveRule[] = [];
  const controller: FaultController = {
    add(rule) {
      live.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
    },
    clear() {
      live = [];
    },
    rules() {
      return live.map((entry) => entry.rule);
    },
    decide(operation) {
      // Most calls meet no rule at all: answer without allocating.
      if (live.length === 0) return noFault;
      let latencyMs = 0;
      for (const entry of live) {
        if (entry.remaining <= 0 || !targets(entry.rule, operation) || !hits(entry.rule, random)) continue;
        entry.remaining -= 1;
        latencyMs += entry.rule.latencyMs ?? 0;
        const { error, networkError } = entry.rule;
        if (networkError === true) return finish(latencyMs, { kind: 'network' });
        if (error !== undefined) {
          const message = entry.rule.message ?? `Injected fault: ${error} for ${operation}.`;
          return finish(
            latencyMs,
            entry.rule.status === undefined
              ? { kind: 'error', type: error, message }
              : { kind: 'error', type: error, message, status: entry.rule.status },
          );
        }
      }
      return finish(latencyMs, undefined);
    },
  };
  const finish = (latencyMs: number, outcome: FaultDecision['outcome']): FaultDecision => {
    live = live.filter((entry) => entry.remaining > 0);
    return outcome === undefined ? { latencyMs } : { latencyMs, outcome };
  };
  for (const rule of initial) controller.add(rule);
  return controller;
}

/** Reads the `faults` option of `ivsHandlers`: a controller is used as it is, a list becomes a new controller. */
export function toFaultController(
  faults: readonly FaultRule[] | FaultController | undefined,
  seed: number | undefined,
): FaultController {
  if (faults !== undefined && !Array.isArray(faults) && 'decide' in faults) return faults as FaultController;
  return createFaultController((faults as readonly FaultRule[] | undefined) ?? [], seed === undefined ? {} : { seed });
}
