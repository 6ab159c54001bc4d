import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createIvsStore, ivsHandlers, type IvsStore } from '../../src/mock/index.js';
import { createHttpTarget, type IvsTarget } from '../../src/fuzz/index.js';

/** The endpoint MSW answers in-process; nothing goes over the network. */
export const ENDPOINT = 'https://ivs.us-west-2.amazonaws.com';

/**
 * Marks a request as signed for IVS the way SDKs do (the emulator reads the credential scope, it
 * does not verify signatures), so label routes are claimed whatever the label holds.
 */
export async function fakeSigV4(request: Request): Promise<Request> {
  const headers = new Headers(request.headers);
  headers.set(
    'authorization',
    'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-west-2/ivs/aws4_request, SignedHeaders=host, Signature=00',
  );
  return new Request(request, { headers });
}

/** An MSW server over a fresh emulator store, and an HTTP target (with stream controls) pointed at it. */
export function inProcessIvs(seed = 1): {
  server: ReturnType<typeof setupServer>;
  target: IvsTarget;
  reset: () => void;
  store: IvsStore;
} {
  const store = createIvsStore({ seed });
  const server = setupServer(...ivsHandlers({ store, controlRoutes: true }));
  const target = createHttpTarget({
    endpoint: ENDPOINT,
    sign: fakeSigV4,
    streamControl: true,
    recordingConfigurationControl: true,
  });
  return { server, target, reset: () => store.reset(), store };
}

/**
 * A target that hands each request straight to the MSW handlers (`getResponse`), without
 * intercepting fetch: the same emulator at a third of the cost, for tests that send many requests.
 */
export function directTarget(store: IvsStore): IvsTarget {
  const handlers = ivsHandlers({ store, controlRoutes: true });
  const fetchDirect = async (request: Request): Promise<Response> =>
    (await getResponse(handlers, request)) ?? new Response('no handler matched', { status: 501 });
  return createHttpTarget({
    endpoint: ENDPOINT,
    sign: fakeSigV4,
    streamControl: true,
    recordingConfigurationControl: true,
    fetch: fetchDirect as typeof fetch,
  });
}
