import { IvsClient, type IvsClientConfig } from '@aws-sdk/client-ivs';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createFaultController, createIvsStore, ivsHandlers, type IvsHandlersOptions } from '../../src/mock/index.js';

/** The credentials every SDK test signs with. */
export const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' };

/**
 * Starts `setupServer(...ivsHandlers())` for one test file with a seeded store, a settable clock
 * and a fault controller; state and faults are cleared after each test.
 */
export function useIvsMock(options: Omit<IvsHandlersOptions, 'store' | 'faults'> = {}) {
  let now = Date.parse('2026-02-03T04:05:06Z');
  const store = createIvsStore({ seed: 42, clock: () => now });
  const faults = createFaultController([], { seed: 42 });
  const server = setupServer(...ivsHandlers({ store, faults, ...options }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    store.reset();
    faults.clear();
    server.resetHandlers();
  });
  afterAll(() => server.close());
  return {
    store,
    faults,
    server,
    /** Moves the store's clock. */
    setTime: (ms: number) => {
      now = ms;
    },
    now: () => now,
    /** A real IVS client; region us-west-2 and the AWS endpoint unless told otherwise. */
    client: (config: Partial<IvsClientConfig> = {}) => new IvsClient({ region: 'us-west-2', credentials, ...config }),
  };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<
  Error & {
    $metadata: { httpStatusCode?: number; attempts?: number; requestId?: string };
    $fault: string;
    $response?: { headers: Record<string, string> };
  }
> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
