import type { OperationName } from '../../generated/types.js';
import type { CheckStatus, Exchange, Outcome } from './types.js';

/** Builds one finding. */
export function outcome(
  status: CheckStatus,
  operation: OperationName | null,
  message: string,
  evidence: readonly Exchange[] = [],
  extra: { specSilence?: boolean; details?: readonly string[] } = {},
): Outcome {
  return { status, operation, message, evidence, ...extra };
}

/** A passing finding. */
export const pass = (operation: OperationName | null, message: string, evidence: readonly Exchange[] = []): Outcome =>
  outcome('pass', operation, message, evidence);

/** A failing finding: the implementation broke the rule. */
export const fail = (operation: OperationName | null, message: string, evidence: readonly Exchange[] = []): Outcome =>
  outcome('fail', operation, message, evidence);

/** A finding that could not be made, with the reason. */
export const skip = (operation: OperationName | null, message: string): Outcome => outcome('skip', operation, message);

/** A warning about a point where the spec is silent: never a defect. */
export const silence = (
  operation: OperationName | null,
  message: string,
  evidence: readonly Exchange[] = [],
): Outcome => outcome('warn', operation, message, evidence, { specSilence: true });

const rank: Record<CheckStatus, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };

/** The status of a group of findings: any failure fails it, then any warning; all skipped is skipped. */
export function worstStatus(statuses: Iterable<CheckStatus>): CheckStatus {
  let worst: CheckStatus = 'skip';
  for (const status of statuses) if (rank[status] > rank[worst]) worst = status;
  return worst;
}
