import { http, HttpResponse, type HttpHandler } from 'msw';
import { createIvsCore, type IvsCore, type IvsEmulatorOptions, type RoutedRequest } from '../core.js';
import { answerControl, controlRouteOf } from '../control.js';
import { newRequestId } from '../errors.js';
import { type CoreResult, type HeaderLookup, isNetworkFailure, type PlainRequest } from '../plain-http.js';
import type { IvsStore } from '../store.js';

/** Options of `ivsHandlers`; every one is optional. */
export type IvsHandlersOptions = IvsEmulatorOptions;

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
 * Whether the handler looks at a request's host at all. Every host today (drop-in on any endpoint);
 * the one place where a host predicate (e.g. only IVS endpoints) slots in, before routing.
 */
function servesHost(_url: URL): boolean {
  return true;
}

/**
 * The one MSW handler over the core. One handler rather than one per URI, because MSW clones and
 * parses the request (cookies included) for every handler it tries before asking its predicate.
 * The predicate routes once and hands its result to the resolver (MSW passes both the same request).
 */
function coreHandler(core: IvsCore): HttpHandler {
  const routed = new WeakMap<Request, { url: URL; routed: RoutedRequest }>();
  const routeOf = (request: Request): { url: URL; routed: RoutedRequest } | undefined => {
    const url = new URL(request.url);
    if (!servesHost(url)) return undefined;
    const found = core.route(request.method, url.pathname, url.search.slice(1), headerLookup(request, url));
    return found === undefined ? undefined : { url, routed: found };
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
 * MSW 2 request handlers that emulate the IVS API on any host: a thin adapter over the core
 * (`createIvsCore`), serving every URI of the generated operation table (plus the store controls
 * with `controlRoutes`). Requests to other paths are not matched, so they reach the user's other handlers.
 * @example setupServer(...ivsHandlers({ store: createIvsStore({ seed: 1 }) }))
 */
export function ivsHandlers(options: IvsHandlersOptions = {}): HttpHandler[] {
  return [coreHandler(createIvsCore(options))];
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
