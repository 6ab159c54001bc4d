import { errors as serviceErrors, operations } from '../../generated/operations.js';
import type { ErrorName, OperationErrors, OperationName } from '../../generated/types.js';
import { createRandom, type RandomSource, randomSeed } from './random.js';

/** What a fault does to the calls it hits; `E` is the error names it may answer with. */
export interface FaultEffects<E extends ErrorName = ErrorName> {
  /** The error shape name to answer with; its status comes from the model. */
  readonly error?: E;
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

/** A rule for one operation: its `error` is one the model lists for that operation. */
export type OperationFaultRule = {
  readonly [K in OperationName]: FaultEffects<OperationErrors[K]> & {
    /** The operation hit. */
    readonly operation: K;
  };
}[OperationName];

/** A rule for every operation (`'*'` or absent), or for several: any error of the service, checked when the rule is made. */
export interface ServiceFaultRule extends FaultEffects {
  /** Every operation when absent or `'*'`; with a list, `error` must be one every listed operation models. */
  readonly operation?: '*' | readonly OperationName[];
}

/**
 * One fault to inject: which calls it hits, and what it does to them. A rule with `error` or
 * `networkError` ends the call; a rule with only `latencyMs` delays it and lets later rules and
 * the emulator carry on. Names are typed and checked: an unknown operation, or an error the
 * operation does not model, throws `FaultRuleError` when the rule is made.
 * @example { operation: 'PutMetadata', error: 'ThrottlingException', times: 2 }
 */
export type FaultRule = OperationFaultRule | ServiceFaultRule;

/** Thrown when a fault rule names an operation or error the model does not have, so it can never fail silently. */
export class FaultRuleError extends Error {
  override readonly name = 'FaultRuleError';
}

const isOperationName = (name: string): name is OperationName => Object.hasOwn(operations, name);
const isErrorName = (name: string): name is ErrorName => Object.hasOwn(serviceErrors, name);

/** Throws `FaultRuleError` unless every name in the rule is the model's, and its numbers make sense. */
export function checkFaultRule(rule: FaultRule): void {
  const wanted = rule.operation;
  const named: readonly string[] =
    wanted === undefined || wanted === '*' ? [] : typeof wanted === 'string' ? [wanted] : wanted;
  const where = `fault rule ${JSON.stringify(rule)}`;
  for (const name of named) {
    if (!isOperationName(name))
      throw new FaultRuleError(
        `${where}: '${name}' is not an IVS operation (known: ${Object.keys(operations).join(', ')})`,
      );
  }
  const error: string | undefined = rule.error;
  if (error !== undefined) {
    if (!isErrorName(error))
      throw new FaultRuleError(
        `${where}: '${error}' is not an IVS error (known: ${Object.keys(serviceErrors).join(', ')})`,
      );
    for (const name of named as readonly OperationName[]) {
      const modeled = operations[name].errors.map((spec) => spec.name);
      if (!modeled.includes(error))
        throw new FaultRuleError(
          `${where}: ${name} does not model ${error} (it models ${modeled.join(', ')}); use operation '*' for an error of any call`,
        );
    }
  }
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 1))
    throw new FaultRuleError(`${where}: times must be a whole number of at least 1`);
  if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1))
    throw new FaultRuleError(`${where}: probability must be from 0 to 1`);
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
  /** Adds a rule after the existing ones; throws `FaultRuleError` for a name the model does not have. */
  add(rule: FaultRule): void;
  /** Removes every rule. */
  clear(): void;
  /** Puts back the rules the controller was made with (unspent again), dropping every rule added since. */
  reset(): void;
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
  return typeof wanted === 'string' ? wanted === operation : (wanted as readonly string[]).includes(operation);
}

function hits(rule: FaultRule, random: RandomSource): boolean {
  return rule.probability === undefined || random.next() < rule.probability;
}

/**
 * Creates a fault controller holding the given rules; `seed` makes probabilistic rules
 * reproducible. Throws `FaultRuleError` for a rule naming an operation or error the model does not have.
 */
export function createFaultController(
  initial: readonly FaultRule[] = [],
  options: { readonly seed?: number } = {},
): FaultController {
  const random = createRandom(options.seed ?? randomSeed());
  let live: LiveRule[] = [];
  const controller: FaultController = {
    add(rule) {
      checkFaultRule(rule);
      live.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
    },
    clear() {
      live = [];
    },
    reset() {
      live = [];
      for (const rule of initial) controller.add(rule);
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
