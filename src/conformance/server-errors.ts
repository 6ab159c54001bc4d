import type { OperationName } from '../../generated/types.js';
import { describeExchange } from './expect.js';
import { fail, outcome } from './outcome.js';
import type { Exchange, Outcome } from './types.js';

/** At most this many server errors of one check become findings of their own; the rest are listed in one more. */
export const MAX_SERVER_ERROR_FINDINGS = 20;

/** Whether an exchange shows the server at fault: a 5xx answer, or no answer at all (a hang or a dropped connection). */
export function isServerFault(exchange: Exchange): boolean {
  if (!exchange.response) return exchange.transportError !== 'aborted';
  return exchange.response.status >= 500;
}

const requestKey = (exchange: Exchange): string =>
  `${exchange.request.method} ${exchange.request.path}?${exchange.request.query} ${exchange.request.body ?? ''}`;

/** Names what went wrong with a request the server failed: the request, then the status or transport failure. */
export function describeServerFault(exchange: Exchange): string {
  const body = exchange.request.body ? ` with ${exchange.request.body.slice(0, 200)}` : '';
  const what = exchange.response
    ? `the server failed with ${exchange.response.status}`
    : `no answer (${exchange.transportError ?? 'unknown'}): a hang or a dropped connection`;
  return `${what}: ${describeExchange(exchange).split(' → ')[0]}${body}`;
}

/**
 * Findings for the server faults among the exchanges a check made that none of its failing
 * findings already shows: each distinct request is its own failure, so a 5xx, a hang or a
 * dropped connection is never merged into another finding of the same kind.
 */
export function serverFaultOutcomes(
  exchanges: readonly Exchange[],
  outcomes: readonly Outcome[],
  ignore: (operation: OperationName | null) => boolean = () => false,
): Outcome[] {
  // A failure already about the fault (its message names the status or the missing answer) shows it.
  const shown = new Set<string>();
  for (const found of outcomes) {
    if (found.status !== 'fail') continue;
    for (const exchange of found.evidence) {
      const mark = exchange.response ? String(exchange.response.status) : 'no response';
      if (isServerFault(exchange) && found.message.includes(mark)) shown.add(requestKey(exchange));
    }
  }
  const fresh = new Map<string, Exchange>();
  for (const exchange of exchanges) {
    if (!isServerFault(exchange) || ignore(exchange.operation)) continue;
    const key = requestKey(exchange);
    if (!shown.has(key) && !fresh.has(key)) fresh.set(key, exchange);
  }
  const found = [...fresh.values()];
  const findings = found
    .slice(0, MAX_SERVER_ERROR_FINDINGS)
    .map((exchange) => fail(exchange.operation, describeServerFault(exchange), [exchange]));
  const rest = found.slice(MAX_SERVER_ERROR_FINDINGS);
  if (rest.length > 0) {
    findings.push(
      outcome('fail', null, `${rest.length} more requests the server failed`, [], {
        details: rest.map(describeServerFault),
      }),
    );
  }
  return findings;
}
