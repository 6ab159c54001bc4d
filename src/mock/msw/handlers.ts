import { http, HttpResponse, type HttpHandler } from 'msw';
import { createIvsCore, type IvsCore, type IvsEmulatorOptions, type RoutedRequest } from '../core.js';
import { answerControl, controlRouteOf } from '../control.js';
import { type EndpointMatcher, endpointMatcher } from '../endpoints.js';
import { newRequestId } from '../errors.js';
import type { FaultController } from '../faults.js';
import { type CoreResult, type HeaderLookup, isNetworkFailure, type PlainRequest } from '../plain-http.js';
import type { IvsStore } from '../store.js';
import { assertSupportedMsw } from './msw-support.js';

/** Options of `ivsHandlers`; every one is optional. */
export interface IvsHandlersOptions extends IvsEmulatorOptions {
  /**
   * Hosts or base URLs to serve besides AWS's IVS endpoints (e.g. `['http://localhost:4566']`), or
   * `'*'` for every host. Requests to any other host are left to the app's own handlers.
   */
  readonly endpoints?: readonly string[] | '*';
}

/** What `ivsHandlers()` returns: the handlers to spread into `setupServer`, with the state and faults they serve. */
export type IvsHandlers = HttpHandler[] & {
  /** The store the handlers serve. */
  readonly store: IvsStore;
  /** The live fault rules (a controller made from the `faults` option, or the one given). */
  readonly faults: FaultController;
  /**
   * Empties the store and puts the faults back to those the handlers were made with, as
   * `server.resetHandlers()` does for handlers: `afterEach(() => { server.resetHandlers(); ivs.reset(); })`.
   */
  reset(): void;
};

/** A Fetch request's headers as the core reads them; `host` falls back to the URL, where a browser hides it. */
function headerLookup(request: Request, url: URL): HeaderLookup {
  return {
    get: (name) => (name === 'host' ? (request.headers.get('host') ?? url.host) : request.headers.get(name)),
  };
}

/** The core's answer as a Fetch `Response` (a dropped connection is MSW's `Response.error()`). */
function toResponse(result: CoreResult): Response {
  if (isNetworkFailure(result)) return HttpResponse.error();
  return new HttpResponse(result.body, { status: result.status, headers: result.headers });
}

/** The Fetch request as the core's plain request, body read once. */
async function plainRequest(request: Request, url: URL): Promise<PlainRequest> {
  return {
    method: request.method,
    path: url.pathname,
    query: url.search.slice(1),
    headers: headerLookup(request, url),
    body: new Uint8Array(await request.arrayBuffer()),
  };
}

/**
 * The one MSW handler over the core. One handler rather than one per URI, because MSW clones and
 * parses the request (cookies included) for every handler it tries before asking its predicate.
 * The predicate routes once and hands its result to the resolver (MSW passes both the same request).
 */
function coreHandler(core: IvsCore, servesHost: EndpointMatcher): HttpHandler {
  const routed = new WeakMap<Request, { url: URL; routed: RoutedRequest }>();
  const routeOf = (request: Request): { url: URL; routed: RoutedRequest } | undefined => {
    const url = new URL(request.url);
    // The host first, before routing: a request to any other host is the app's own, except the
    // store controls (with `controlRoutes`), whose prefix is ours on any host.
    const ours = servesHost(url);
    if (!ours && controlRouteOf(request.method, url.pathname) === undefined) return undefined;
    const found = core.route(request.method, url.pathname, url.search.slice(1), headerLookup(request, url));
    if (found === undefined || (!ours && found.kind !== 'control')) return undefined;
    return { url, routed: found };
  };
  // A custom predicate, not an MSW path: MSW percent-decodes wildcard matches and throws on a malformed `%`.
  const matches = ({ request }: { request: Request }): boolean => {
    const found = routeOf(request);
    if (found === undefined) return false;
    routed.set(request, found);
    return true;
  };
  return http.all(matches, async ({ request }) => {
    const found = routed.get(request) ?? routeOf(request);
    if (found === undefined) return undefined;
    routed.delete(request);
    return toResponse(await core.answer(found.routed, await plainRequest(request, found.url)));
  });
}

/**
 * MSW 2 request handlers that emulate the IVS API on its endpoints (and the `endpoints` named): a
 * thin adapter over the core (`createIvsCore`), serving every URI of the generated operation table
 * (plus the store controls with `controlRoutes`, on any host). Requests to other hosts or paths are
 * not matched, so they reach the user's other handlers. Throws `IncompatibleMswError` when the installed msw is
 * outside `supportedMswRange`, and `InvalidEndpointError` for an `endpoints` entry that is no host or URL.
 * @example const ivs = ivsHandlers({ seed: 1 }); setupServer(...ivs); afterEach(() => ivs.reset());
 */
export function ivsHandlers(options: IvsHandlersOptions = {}): IvsHandlers {
  assertSupportedMsw();
  const { endpoints, ...emulator } = options;
  const servesHost = endpointMatcher(endpoints);
  const core = createIvsCore(emulator);
  const reset = (): void => {
    core.store.reset();
    core.faults.reset();
  };
  return Object.assign([coreHandler(core, servesHost)], { store: core.store, faults: core.faults, reset });
}

/**
 * MSW handlers for the store controls under `/_ivs-contract` (any host): reset, snapshot,
 * restore, and starting or stopping a stream. Answers are JSON; errors are AWS-style.
 */
export function controlHandlers(store: IvsStore): HttpHandler[] {
  const matches = ({ request }: { request: Request }): boolean =>
    controlRouteOf(request.method, new URL(request.url).pathname) !== undefined;
  return [
    http.all(matches, async ({ request }) => {
      const control = controlRouteOf(request.method, new URL(request.url).pathname);
      if (control === undefined) return undefined;
      return toResponse(answerControl(store, control, await request.text(), newRequestId()));
    }),
  ];
}
