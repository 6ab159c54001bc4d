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
import { answerControl, type ControlRoute, controlRouteOf } from './control.js';
import { errorAnswer, newRequestId, successAnswer } from './errors.js';
import { type FaultController, type FaultRule, toFaultController } from './faults.js';
import { type Caller, invokeOperation } from './invoke.js';
import { jsonTooDeep, tooDeepError } from './json-depth.js';
import type { CoreResult, HeaderLookup, PlainRequest } from './plain-http.js';
import { type Route, routesOf } from './routes.js';
import { createIvsStore, type IvsStore } from './store.js';

/** Options of the emulator (`ivsHandlers`, `startMockServer`); every one is optional. */
export interface IvsEmulatorOptions {
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
}

export { defaultAccountId, defaultRegion };

/** A request the core has routed: to an IVS route (with its raw labels and credential scope) or to a store control. */
export type RoutedRequest =
  | {
      readonly kind: 'operation';
      readonly route: Route;
      readonly labels: Readonly<Record<string, string>>;
      readonly scope: CredentialScope | undefined;
      readonly searchParams: URLSearchParams;
    }
  | { readonly kind: 'control'; readonly control: ControlRoute };

/** The transport-neutral emulator: routes a plain request once, then answers it. */
export interface IvsCore {
  /** The state it serves. */
  readonly store: IvsStore;
  /** The live fault rules (a controller made from the `faults` option, or the one given). */
  readonly faults: FaultController;
  /** Where a request goes; `undefined` for a request that is not the emulator's (other paths, `OPTIONS`). */
  route(method: string, path: string, query: string, headers: HeaderLookup): RoutedRequest | undefined;
  /**
   * Answers a routed request: auth, method, faults, decoding, validation, behaviour, encoding. At
   * once when nothing waits (no auth, no latency fault), else a promise.
   */
  answer(routed: RoutedRequest, request: PlainRequest): CoreResult | Promise<CoreResult>;
  /** Routes and answers a request; `undefined` when it is not the emulator's. */
  handle(request: PlainRequest): CoreResult | Promise<CoreResult> | undefined;
}

function callerOf(scope: CredentialScope | undefined, options: IvsEmulatorOptions): Caller {
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
  if (operation.query.length === 0) return input;
  const lists = operation.query.filter((binding) => binding.list && !Object.hasOwn(input, binding.member));
  return lists.length === 0 ? input : { ...input, ...Object.fromEntries(lists.map((binding) => [binding.member, []])) };
}

/**
 * The first-matching route of each path that is exactly a URI without labels (`/GetChannel`), as a
 * one-route list, so such a path is matched against that route alone instead of every route;
 * paths whose first match has labels are left out, as they also depend on the credential scope.
 */
function exactRoutesOf(routes: readonly Route[]): ReadonlyMap<string, readonly Route[]> {
  const exact = new Map<string, readonly Route[]>();
  for (const { uri, hasLabels } of routes) {
    if (hasLabels) continue;
    const first = routes.find((candidate) => candidate.match(uri) !== undefined);
    if (first !== undefined && !first.hasLabels) exact.set(uri, [first]);
  }
  return exact;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const utf8 = new TextDecoder();

/** The URL a request was sent to, as SigV4 reads it: the `Host` header (else `localhost`), the path and query as received. */
function receivedUrl(request: PlainRequest): URL {
  const target = request.query === '' ? request.path : `${request.path}?${request.query}`;
  try {
    return new URL(`http://${request.headers.get('host') ?? 'localhost'}${target}`);
  } catch {
    return new URL(`http://localhost${target}`);
  }
}

/**
 * Makes the emulator core: a plain request in, a plain answer out. It imports neither MSW nor
 * node, so the MSW handlers (Node and browser) and the node:http server are thin adapters over it.
 * @example const core = createIvsCore({ seed: 1 }); await core.handle({ method: 'POST', path: '/ListChannels', query: '', headers, body })
 */
export function createIvsCore(options: IvsEmulatorOptions = {}): IvsCore {
  const store =
    options.store ??
    createIvsStore({
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    });
  const faults = toFaultController(options.faults, options.seed);
  const authenticate: RequestAuthenticator | undefined =
    options.auth === undefined ? undefined : createRequestAuthenticator(options.auth, store.clock);
  const served =
    options.auth === undefined
      ? options
      : { ...options, accounts: { ...options.accounts, ...accountsOfCredentials(options.auth) } };
  const routes = routesOf(Object.values(operations));
  const controls = options.controlRoutes === true;

  const exact = exactRoutesOf(routes);

  const route = (method: string, path: string, query: string, headers: HeaderLookup): RoutedRequest | undefined => {
    // Preflight is left to whatever serves CORS (the HTTP server), and unrelated paths pass through.
    if (method === 'OPTIONS') return undefined;
    for (const candidate of exact.get(path) ?? routes) {
      const labels = candidate.match(path);
      if (labels === undefined) continue;
      const searchParams = new URLSearchParams(query);
      const scope = readCredentialScope(headers.get('authorization'), searchParams);
      if (!claims(candidate, labels, scope)) break;
      return { kind: 'operation', route: candidate, labels, scope, searchParams };
    }
    if (!controls) return undefined;
    const control = controlRouteOf(method, path);
    return control === undefined ? undefined : { kind: 'control', control };
  };

  type OperationRoute = Extract<RoutedRequest, { kind: 'operation' }>;

  /** Everything after the faults: decoding, validation, behaviour, encoding. */
  const behave = (routed: OperationRoute, operation: OperationSpec, request: PlainRequest, requestId: string) => {
    const bodyText = operation.body.length === 0 ? '' : utf8.decode(request.body);
    if (jsonTooDeep(bodyText)) return errorAnswer(tooDeepError, requestId);
    const decoded = decodeRequest(operation, { labels: routed.labels, searchParams: routed.searchParams, bodyText });
    if (!decoded.ok) return errorAnswer(decoded.error, requestId);
    const result = invokeOperation(
      store,
      callerOf(routed.scope, served),
      operation.name,
      withEmptyQueryLists(operation, decoded.input),
    );
    return result.ok ? successAnswer(operation, result.value, requestId) : errorAnswer(result.error, requestId);
  };

  /** The method check and the faults, then the rest. */
  const afterAuth = (
    routed: OperationRoute,
    request: PlainRequest,
    requestId: string,
  ): CoreResult | Promise<CoreResult> => {
    const matched = routed.route;
    const operation = matched.operations.find((candidate) => candidate.method === request.method);
    if (operation === undefined) {
      const allow = matched.operations.map((candidate) => candidate.method).join(', ');
      return errorAnswer(
        {
          type: 'MethodNotAllowedException',
          message: `${request.method} is not allowed on ${matched.uri}; use ${allow}.`,
        },
        requestId,
        405,
        { Allow: allow },
      );
    }
    const fault = faults.decide(operation.name);
    const outcome = (): CoreResult => {
      if (fault.outcome?.kind === 'network') return { networkError: true };
      if (fault.outcome?.kind === 'error')
        return errorAnswer(
          { type: fault.outcome.type, message: fault.outcome.message },
          requestId,
          fault.outcome.status,
        );
      return behave(routed, operation, request, requestId);
    };
    return fault.latencyMs > 0 ? sleep(fault.latencyMs).then(outcome) : outcome();
  };

  const answerOperation = (routed: OperationRoute, request: PlainRequest): CoreResult | Promise<CoreResult> => {
    const requestId = newRequestId();
    if (authenticate === undefined) return afterAuth(routed, request, requestId);
    // Authentication comes first, as at AWS's front door: a refused request consumes no fault and sees no state.
    return authenticate({
      method: request.method,
      url: receivedUrl(request),
      headers: request.headers,
      body: request.body,
    }).then((verified) =>
      verified.ok ? afterAuth(routed, request, requestId) : errorAnswer(verified.error, requestId, authErrorStatus),
    );
  };

  const answer = (routed: RoutedRequest, request: PlainRequest): CoreResult | Promise<CoreResult> =>
    routed.kind === 'operation'
      ? answerOperation(routed, request)
      : answerControl(store, routed.control, utf8.decode(request.body), newRequestId());

  return {
    store,
    faults,
    route,
    answer,
    handle(request) {
      const routed = route(request.method, request.path, request.query, request.headers);
      return routed === undefined ? undefined : answer(routed, request);
    },
  };
}
