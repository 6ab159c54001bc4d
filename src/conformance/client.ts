import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { operations, service } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import { createHttpTarget, type IvsTarget } from '../fuzz/target.js';
import { encodeRequest } from '../protocol/index.js';
import type { Exchange, RequestEvidence, ResponseEvidence } from './types.js';

/** A request addressed to the endpoint, before signing. */
export interface RawRequest {
  /** The HTTP method. */
  readonly method: string;
  /** The path, already percent-encoded. */
  readonly path: string;
  /** The query string without `?`. */
  readonly query?: string;
  /** Extra headers (lower-case names). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The body text, if any. */
  readonly body?: string;
}

/** How the client reaches and authenticates to the implementation under test. */
export interface ConformanceClientOptions {
  /** The base URL of the implementation, e.g. `https://ivs.us-west-2.amazonaws.com`. */
  readonly endpoint: string;
  /** The region to sign for. */
  readonly region: string;
  /** The most milliseconds one request (headers and body) may take. */
  readonly timeoutMs: number;
  /** Fixed credentials or a provider; dummy ones are used for a loopback endpoint when absent. */
  readonly credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** The fetch implementation (tests pass their own). */
  readonly fetch?: typeof fetch;
  /** Aborts every request in flight, e.g. on Ctrl-C. */
  readonly signal?: AbortSignal;
  /** Called after every exchange, for coverage and resource tracking. */
  readonly onExchange?: (exchange: Exchange) => void;
  /** Called after every exchange with the whole request body and response text (evidence is cut at 4 KB), for `--record`. */
  readonly onWire?: (exchange: Exchange, wire: WireText) => void;
}

/** The uncut texts of one exchange. */
export interface WireText {
  /** The request body as sent, or `null` when there was none. */
  readonly requestBody: string | null;
  /** The response body as received (empty when there was no response). */
  readonly responseText: string;
}

/** Raw HTTP access to the implementation under test, signed with SigV4, with evidence for reports. */
export interface ConformanceClient {
  /** The endpoint's base URL. */
  readonly endpoint: URL;
  /** The region requests are signed for. */
  readonly region: string;
  /** Calls one operation with an input object serialized as restJson1 (invalid values are sent as they are). */
  call(operation: OperationName, input: Readonly<Record<string, unknown>>): Promise<Exchange>;
  /** Sends a hand-made request, for the robustness checks. */
  raw(request: RawRequest, operation?: OperationName | null): Promise<Exchange>;
  /** Returns the headers (including `authorization`) that sign a request to this endpoint. */
  sign(request: SignableRequest): Promise<Record<string, string>>;
  /** The same endpoint as an `IvsTarget` (signed, timed out, recorded), for the fuzzers' command sequences. */
  target(options?: { readonly streamControl?: boolean }): IvsTarget;
}

/** The parts of a request that SigV4 covers. */
export interface SignableRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | undefined;
}

const EVIDENCE_BODY_LIMIT = 4096;

/** Fixed credentials for emulators, which accept any well-formed signature. */
export const loopbackCredentials: AwsCredentialIdentity = {
  accessKeyId: 'AKIAIVSCONTRACTTEST0',
  secretAccessKey: 'ivs-contract-dummy-secret-access-key',
};

/** Whether a URL points at this machine, where dummy credentials are used. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function queryRecord(query: string): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const previous = record[name];
    record[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return record;
}

const clip = (text: string): string =>
  text.length > EVIDENCE_BODY_LIMIT ? `${text.slice(0, EVIDENCE_BODY_LIMIT)}… (${text.length} characters)` : text;

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeTransportError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
    if (error.name === 'AbortError') return 'aborted';
    const cause = (error as Error & { cause?: unknown }).cause;
    const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
    return typeof code === 'string' ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

/** Creates the client the checks use to reach an implementation over HTTP. */
export function createConformanceClient(options: ConformanceClientOptions): ConformanceClient {
  const endpoint = new URL(options.endpoint);
  const basePath = endpoint.pathname.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const signer = new SignatureV4({
    credentials: options.credentials ?? loopbackCredentials,
    region: options.region,
    service: service.signingName,
    sha256: Sha256,
  });

  async function sign(request: SignableRequest): Promise<Record<string, string>> {
    const signed = await signer.sign({
      method: request.method,
      protocol: request.url.protocol,
      hostname: request.url.hostname,
      ...(request.url.port ? { port: Number(request.url.port) } : {}),
      path: request.url.pathname,
      query: queryRecord(request.url.search.slice(1)),
      headers: { ...request.headers, host: request.url.host },
      ...(request.body !== undefined ? { body: request.body } : {}),
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(signed.headers)) {
      if (name.toLowerCase() !== 'host') headers[name] = value;
    }
    return headers;
  }

  async function raw(request: RawRequest, operation: OperationName | null = null): Promise<Exchange> {
    return (await send(request, operation)).exchange;
  }

  async function send(
    request: RawRequest,
    operation: OperationName | null,
  ): Promise<{ exchange: Exchange; text: string }> {
    const url = new URL(`${endpoint.origin}${basePath}${request.path}${request.query ? `?${request.query}` : ''}`);
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    const evidence: RequestEvidence = {
      method: request.method,
      path: request.path,
      query: request.query ?? '',
      contentType: headers['content-type'] ?? null,
      body: request.body === undefined ? null : clip(request.body),
    };
    const started = performance.now();
    const finish = (
      response: ResponseEvidence | null,
      transportError: string | null,
      json: unknown,
      text = '',
    ): { exchange: Exchange; text: string } => {
      const exchange: Exchange = {
        operation,
        request: evidence,
        response,
        transportError,
        json,
        durationMs: Math.round(performance.now() - started),
      };
      options.onExchange?.(exchange);
      options.onWire?.(exchange, { requestBody: request.body ?? null, responseText: text });
      return { exchange, text };
    };
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    try {
      const signedHeaders = await sign({ method: request.method, url, headers, body: request.body });
      const response = await doFetch(url, {
        method: request.method,
        headers: signedHeaders,
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal,
        redirect: 'manual',
      });
      const text = await response.text();
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        responseHeaders[name.toLowerCase()] = value;
      });
      return finish(
        { status: response.status, headers: responseHeaders, body: clip(text) },
        null,
        parseJson(text),
        text,
      );
    } catch (error) {
      return finish(null, describeTransportError(error, options.timeoutMs), undefined);
    }
  }

  async function call(operation: OperationName, input: Readonly<Record<string, unknown>>): Promise<Exchange> {
    const encoded = encodeRequest(operations[operation], input);
    return raw(
      {
        method: encoded.method,
        path: encoded.path,
        query: encoded.query,
        headers: encoded.headers,
        ...(encoded.body !== undefined ? { body: encoded.body } : {}),
      },
      operation,
    );
  }

  const recordingFetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const body = request.body === null ? undefined : await request.clone().text();
    const operation = operationFor(request.method, url.pathname.slice(basePath.length));
    const { exchange, text } = await send(
      {
        method: request.method,
        path: url.pathname.slice(basePath.length),
        query: url.search.slice(1),
        headers: Object.fromEntries(
          [...request.headers].filter(
            ([name]) => !/^(authorization|x-amz-date|x-amz-security-token|x-amz-content-sha256)$/i.test(name),
          ),
        ),
        ...(body !== undefined ? { body } : {}),
      },
      operation,
    );
    if (!exchange.response) throw new Error(exchange.transportError ?? 'no response');
    return new Response(exchange.response.status === 204 || text === '' ? null : text, {
      status: exchange.response.status,
      headers: exchange.response.headers,
    });
  };

  function target(targetOptions: { readonly streamControl?: boolean } = {}): IvsTarget {
    return createHttpTarget({
      endpoint: endpoint.href,
      fetch: recordingFetch as typeof fetch,
      ...(targetOptions.streamControl !== undefined ? { streamControl: targetOptions.streamControl } : {}),
      timeoutMs: options.timeoutMs,
    });
  }

  return { endpoint, region: options.region, call, raw, sign, target };
}

/** Finds the operation a method and path address, for evidence of requests made through a target. */
function operationFor(method: string, path: string): OperationName | null {
  for (const spec of Object.values(operations)) {
    if (spec.method !== method) continue;
    const pattern = new RegExp(`^${spec.uri.replace(/\{\w+\+?\}/g, '[^/]+')}$`);
    if (pattern.test(path)) return spec.name;
  }
  return null;
}
