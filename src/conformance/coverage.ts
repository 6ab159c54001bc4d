import { operationNames, operations } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import { errorTypeOf } from './expect.js';
import type { Exchange } from './types.js';

/** What a run exercised of one operation. */
export interface OperationCoverage {
  /** Requests sent for the operation. */
  calls: number;
  /** Requests answered with a 2xx status. */
  successes: number;
  /** Modeled errors of the operation that were actually answered, by name, sorted. */
  errors: string[];
  /** Constraint kinds (`required`, `pattern`, `length`, …) that invalid inputs broke, sorted. */
  constraints: string[];
  /** Constraints of the coverage plan (`label:keyword`, e.g. `arns[]:pattern`) that can be broken alone, sorted. */
  planned: string[];
  /** Planned constraints a request broke in isolation, sorted. */
  broken: string[];
  /** Planned constraints whose breaking request got the modeled ValidationException, sorted. */
  confirmed: string[];
}

/** The stages of a planned constraint in the coverage table. */
export type PlanStage = 'planned' | 'broken' | 'confirmed';

/** Coverage of a run: one entry per operation of the model. */
export type Coverage = Record<OperationName, OperationCoverage>;

/** Collects coverage while checks run. */
export interface CoverageRecorder {
  /** Counts one exchange. */
  noteExchange(exchange: Exchange): void;
  /** Records that an invalid input broke a constraint of this kind. */
  noteConstraint(operation: OperationName, kind: string): void;
  /** Records how far one constraint of the coverage plan got: planned, broken, confirmed. */
  notePlan(operation: OperationName, key: string, stage: PlanStage): void;
  /** The coverage so far. */
  snapshot(): Coverage;
}

/** An empty coverage table with a row per operation. */
export function emptyCoverage(): Coverage {
  const coverage = {} as Coverage;
  for (const name of operationNames)
    coverage[name] = {
      calls: 0,
      successes: 0,
      errors: [],
      constraints: [],
      planned: [],
      broken: [],
      confirmed: [],
    };
  return coverage;
}

const addSorted = (list: string[], value: string): void => {
  if (!list.includes(value)) {
    list.push(value);
    list.sort();
  }
};

/** Creates a coverage recorder. */
export function createCoverageRecorder(): CoverageRecorder {
  const coverage = emptyCoverage();
  return {
    noteExchange(exchange) {
      if (!exchange.operation) return;
      const row = coverage[exchange.operation];
      row.calls += 1;
      const status = exchange.response?.status;
      if (status !== undefined && status >= 200 && status < 300) row.successes += 1;
      const type = errorTypeOf(exchange);
      if (type && operations[exchange.operation].errors.some((e) => e.name === type)) addSorted(row.errors, type);
    },
    noteConstraint(operation, kind) {
      addSorted(coverage[operation].constraints, kind);
    },
    notePlan(operation, key, stage) {
      addSorted(coverage[operation][stage], key);
    },
    snapshot: () => structuredClone(coverage),
  };
}

/** Adds several coverage tables together (for merging shard reports). */
export function mergeCoverage(tables: readonly Coverage[]): Coverage {
  const merged = emptyCoverage();
  for (const table of tables) {
    for (const name of operationNames) {
      const row = table[name];
      if (!row) continue;
      const into = merged[name];
      into.calls += row.calls;
      into.successes += row.successes;
      for (const e of row.errors) addSorted(into.errors, e);
      for (const c of row.constraints) addSorted(into.constraints, c);
      // Reports written before the coverage plan existed have no plan columns.
      for (const stage of ['planned', 'broken', 'confirmed'] as const)
        for (const key of row[stage] ?? []) addSorted(into[stage], key);
    }
  }
  return merged;
}
