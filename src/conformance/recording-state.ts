import type { ConformanceClient } from './client.js';
import { describeExchange, recordAt, succeeded } from './expect.js';
import type { Exchange } from './types.js';

/** The states a recording configuration ends in: it leaves CREATING for one of them and stays there. */
export const FINAL_RECORDING_STATES: readonly string[] = ['ACTIVE', 'CREATE_FAILED'];

/** What polling a recording configuration's state saw. */
export interface RecordingStateWait {
  /** The final state reached, or `null` when none was reached. */
  readonly final: string | null;
  /** Every state read, in order, the create answer's first (repeats of the same state kept once). */
  readonly states: readonly string[];
  /** The GetRecordingConfiguration exchanges, in order. */
  readonly exchanges: readonly Exchange[];
  /** Why no final state was reached: the timeout, a failed read, a state that is not one, or the run being stopped. */
  readonly problem: string | null;
}

/** How to poll. */
export interface RecordingStateWaitOptions {
  /** The state the create answer gave, if any. */
  readonly initial?: unknown;
  /** The most milliseconds to wait for a final state. */
  readonly timeoutMs: number;
  /** Stops the wait early. */
  readonly signal?: AbortSignal;
  /** The first pause between reads, doubled after each read up to `maxIntervalMs`. Default 50. */
  readonly intervalMs?: number;
  /** The longest pause between reads. Default 2000. */
  readonly maxIntervalMs?: number;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * Reads a recording configuration with GetRecordingConfiguration until its state is ACTIVE or
 * CREATE_FAILED, pausing longer between reads each time, for at most `timeoutMs` (at least one read).
 */
export async function awaitRecordingState(
  client: ConformanceClient,
  arn: string,
  options: RecordingStateWaitOptions,
): Promise<RecordingStateWait> {
  const states: string[] = [];
  const exchanges: Exchange[] = [];
  const note = (state: unknown): void => {
    const text = typeof state === 'string' ? state : JSON.stringify(state ?? null);
    if (states.at(-1) !== text) states.push(text);
  };
  if (options.initial !== undefined) note(options.initial);
  if (typeof options.initial === 'string' && FINAL_RECORDING_STATES.includes(options.initial))
    return { final: options.initial, states, exchanges, problem: null };
  const deadline = Date.now() + options.timeoutMs;
  const maxInterval = options.maxIntervalMs ?? 2000;
  let interval = options.intervalMs ?? 50;
  for (;;) {
    const exchange = await client.call('GetRecordingConfiguration', { arn });
    exchanges.push(exchange);
    if (!succeeded(exchange))
      return { final: null, states, exchanges, problem: `reading it failed: ${describeExchange(exchange)}` };
    const state = recordAt(exchange.json, 'recordingConfiguration')['state'];
    note(state);
    if (typeof state === 'string' && FINAL_RECORDING_STATES.includes(state))
      return { final: state, states, exchanges, problem: null };
    if (state !== 'CREATING')
      return {
        final: null,
        states,
        exchanges,
        problem: `it answered state ${JSON.stringify(state ?? null)}, neither CREATING nor ${FINAL_RECORDING_STATES.join(' nor ')}`,
      };
    if (options.signal?.aborted) return { final: null, states, exchanges, problem: 'the run was stopped' };
    const left = deadline - Date.now();
    if (left <= 0)
      return {
        final: null,
        states,
        exchanges,
        problem: `no final state within ${options.timeoutMs} ms (${exchanges.length} reads)`,
      };
    await sleep(Math.min(interval, left), options.signal);
    interval = Math.min(interval * 2, maxInterval);
  }
}
