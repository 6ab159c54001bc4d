import { IvsClient } from '@aws-sdk/client-ivs';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createIvsStore, type IvsStore, type IvsStoreOptions, ivsHandlers } from '../../src/mock/index.js';

/** A test file's emulator in the page: its store and an IVS client the service worker answers. */
export interface IvsWorker {
  readonly store: IvsStore;
  readonly ivs: IvsClient;
}

/**
 * Serves a new store through `setupWorker(...ivsHandlers())` to the file that calls it: the worker
 * starts before its tests, the store is reset after each, and worker and client stop after them all.
 */
export function useIvsWorker(options: IvsStoreOptions): IvsWorker {
  const store = createIvsStore(options);
  const worker = setupWorker(...ivsHandlers({ store }));
  // The SDK's default endpoint: the service worker answers before anything leaves the browser.
  const ivs = new IvsClient({
    region: 'us-west-2',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });

  beforeAll(async () => {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'error' });
  });

  afterEach(() => store.reset());

  afterAll(() => {
    ivs.destroy();
    worker.stop();
  });

  return { store, ivs };
}
