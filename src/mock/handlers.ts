import { http, HttpResponse, type HttpHandler } from 'msw';
import { type OperationSpec, operations } from '../../generated/operations.js';
import { defaultAccountId, defaultRegion } from '../protocol/conventions.js';
import { decodeRequest } from '../protocol/index.js';
import {
  accountsOfCredentials,
  authErrorStatus,
  type AuthOptions,
  createRequestAuthenticator,
  type RequestAuthenticator,
} from './auth/index.js';
import { type CredentialScope, isRegionName, readCredentialScope } from './caller.js';
import { controlHandlers } from './control.js';
import { endpointMatcher } from './endpoints.js';
import { errorResponse, newRequestId, successResponse } from './errors.js';
import { type FaultController, type FaultRule, toFaultController } from './faults.js';
import { type Caller, invokeOperation } from './invoke.js';
import { type Route, routesOf } from './routes.js';
import { assertSupportedMsw } from './msw-support.js';
import { createIvsStore, type IvsStore } from './store.js';

/** Options of `ivsHandlers`; every one is optional. */
export interface IvsHandlersOptions {
  /** The state to serve; a new store (with `clock` and `seed`) when absent. */
  readonly store?: IvsStore;
  /** The account of callers whose access key is not in `accounts`. Default `123456789012`. */
  readonly accountId?: string;
  /** The region of every call; default: the region of the request's SigV4 credential scope, else `us-west-2`. */
  readonly region?: string;
  /** Faults to inject: a list of rules, or a controller that tests change as they go. */
  readonly faults?: readonly FaultRule[] | FaultController;
  /** The clock of the store made when `store` is absent. */
  readonly clock?: () => number;
  /** The seed of the store made when `store` is absent, and of probabilistic faults. */
  readonly seed?: number;
  /** Account ids by access key id, so callers with different credentials get different state. */
  readonly accounts?: Readonly<Record<string, string>>;
  /** Also serve the store controls under `/_ivs-contract/…`. Default false. */
  readonly controlRoutes?: boolean;
  /** Verify SigV4 signatures against these access keys (403 like AWS otherwise). Default: off, any request is served. */
  readonly auth?: AuthOptions;
  /**
   * Hosts or base URLs to serve besides AWS's IVS endpoints (e.g. `['http://localhost:4566']`), or
   * `'*'` for every host. Requests to any other host are left to the app's own handlers.
   */
  readonly endpoints?: readonly string[] | '*';
}

export { defaultAccountId, defaultRegion };

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

function callerOf(scope: CredentialScope | undefined, options: IvsHandlersOptions): Caller {
  const accounts = options.accounts ?? {};
  const mapped =
    scope !== undefined && Object.hasOwn(accounts, scope.accessKeyId) ? accounts[scope.accessKeyId] : undefined;
  // A scope region that is no region name would leak into ARNs that no operation accepts back.
  const scopeRegion = scope !== undefined && isRegionName(scope.region) ? scope.region : undefined;
  return {
    accountId: mapped ?? options.accountId ?? defaultAccountId,
    region: options.region ?? scopeRegion ?? defaultRegion,
  };
}

/** Whether a request on a labelled route is meant for IVS: signed for `ivs`, or addressed to an ARN. */
function claims(route: Route, labels: Readonly<Record<string, string>>, scope: CredentialScope | undefined): boolean {
  if (!route.hasLabels || scope?.service === 'ivs') return true;
  return Object.values(labels).some((raw) => /^arn(:|%3A)/i.test(raw));
}

/**
 * Reads an absent repeated query parameter as an empty list: on the wire an empty list and a
 * missing one look the same, and the model allows an empty `tagKeys`.
 */
function withEmptyQueryLists(operation: OperationSpec, input: Record<string, unknown>): Record<string, unknown> {
  const lists = operation.query.filter((binding) => binding.list && !Object.hasOwn(input, binding.member));
  return lists.length === 0 ? input : { ...input, ...Object.fromEntries(lists.map((binding) => [binding.member, []])) };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The route a path belongs to, with its raw label values; `undefined` for a path that is not IVS's. */
function findRoute(
  routes: readonly Route[],
  pathname: string,
): { route: Route; labels: Readonly<Record<string, string>> } | undefined {
  for (const route of routes) {
    const labels = route.match(pathname);
    if (labels !== undefined) return { route, labels };
  }
  return undefined;
}

/**
 * The one MSW handler that serves every route. One handler rather than one per URI, because MSW
 * clones and parses the request (cookies included) for every handler it tries before asking its
 * predicate, which cost more than the whole emulator's work under load.
 */
function ivsHandler(
  routes: readonly Route[],
  store: IvsStore,
  faults: FaultController,
  authenticate: RequestAuthenticator | undefined,
  options: IvsHandlersOptions,
): HttpHandler {
  // A custom predicate, not an MSW path: MSW percent-decodes wildcard matches and throws on a malformed `%`.
  const isOurs = endpointMatcher(options.endpoints);
  const matches = ({ request }: { request: Request }): boolean => {
    const url = new URL(request.url);
    return isOurs(url) && findRoute(routes, url.pathname) !== undefined;
  };
  return http.all(matches, async ({ request }) => {
    // Preflight is left to whatever serves CORS (the HTTP server), and unrelated paths pass through.
    if (request.method === 'OPTIONS') return undefined;
    const url = new URL(request.url);
    const found = isOurs(url) ? findRoute(routes, url.pathname) : undefined;
    const scope = readCredentialScope(request.headers.get('authorization'), url.searchParams);
    if (found === undefined || !claims(found.route, found.labels, scope)) return undefined;
    const { route, labels } = found;
    const requestId = newRequestId();
    // Authentication comes first, as at AWS's front door: a refused request consumes no fault and sees no state.
    if (authenticate !== undefined) {
      const verified = await authenticate(request);
      if (!verified.ok) return errorResponse(verified.error, requestId, authErrorStatus);
    }
    const operation = route.operations.find((candidate) => candidate.method === request.method);
    if (operation === undefined) {
      const allow = route.operations.map((candidate) => candidate.method).join(', ');
      return errorResponse(
        {
          type: 'MethodNotAllowedException',
          message: `${request.method} is not allowed on ${route.uri}; use ${allow}.`,
        },
        requestId,
        405,
        { Allow: allow },
      );
    }
    const fault = faults.decide(operation.name);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.outcome?.kind === 'network') return HttpResponse.error();
    if (fault.outcome?.kind === 'error')
      return errorResponse(
        { type: fault.outcome.type, message: fault.outcome.message },
        requestId,
        fault.outcome.status,
      );
    const decoded = decodeRequest(operation, {
      labels,
      searchParams: url.searchParams,
      bodyText: await request.text(),
    });
    if (!decoded.ok) return errorResponse(decoded.error, requestId);
    const result = invokeOperation(
      store,
      callerOf(scope, options),
      operation.name,
      withEmptyQueryLists(operation, decoded.input),
    );
    return result.ok ? successResponse(operation, result.value, requestId) : errorResponse(result.error, requestId);
  });
}

/**
 * MSW 2 request handlers that emulate the IVS API on its endpoints (and the `endpoints` named): every URI of the generated
 * operation table, dispatching on the method to the operation's behaviour (plus the store
 * controls with `controlRoutes`). Requests to other paths are not matched, so they reach the
 * user's other handlers. Throws `IncompatibleMswError` when the installed msw is outside `supportedMswRange`.
 * @example setupServer(...ivsHandlers({ store: createIvsStore({ seed: 1 }) }))
 */
export function ivsHandlers(options: IvsHandlersOptions = {}): IvsHandlers {
  assertSupportedMsw();
  const store =
    options.store ??
    createIvsStore({
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    });
  const faults = toFaultController(options.faults, options.seed);
  const authenticate = options.auth === undefined ? undefined : createRequestAuthenticator(options.auth, store.clock);
  const served =
    options.auth === undefined
      ? options
      : { ...options, accounts: { ...options.accounts, ...accountsOfCredentials(options.auth) } };
  const handler = ivsHandler(routesOf(Object.values(operations)), store, faults, authenticate, served);
  const handlers = options.controlRoutes === true ? [handler, ...controlHandlers(store)] : [handler];
  const reset = (): void => {
    store.reset();
    faults.reset();
  };
  return Object.assign(handlers, { store, faults, reset });
}
