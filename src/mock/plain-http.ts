/** Reads one request header by its lower-case name; `null` when it is absent (as `Headers.get`). */
export interface HeaderLookup {
  /** The header's value (repeated headers joined with `, `), or `null`. */
  get(name: string): string | null;
}

/** A request as any transport hands it to the emulator core: no Fetch, no node, just its parts. */
export interface PlainRequest {
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The path as received (percent-encoding kept), e.g. `/tags/arn%3Aaws%3A…`. */
  readonly path: string;
  /** The raw query string without `?` (empty when there is none). */
  readonly query: string;
  /** The request headers; `host` included where the transport knows it. */
  readonly headers: HeaderLookup;
  /** The body bytes (empty when there is none). */
  readonly body: Uint8Array;
}

/** An answer as the core gives it to a transport: status, headers and a body text (or none). */
export interface PlainAnswer {
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body text (JSON), or `null` for no body. */
  readonly body: string | null;
}

/** The core's way of saying "fail the connection" (an injected network fault): the transport drops it. */
export interface NetworkFailure {
  /** Always true. */
  readonly networkError: true;
}

/** What the core makes of a request it serves: an answer, or a connection to drop. */
export type CoreResult = PlainAnswer | NetworkFailure;

/** True when the core asks the transport to drop the connection instead of answering. */
export function isNetworkFailure(result: CoreResult): result is NetworkFailure {
  return 'networkError' in result;
}
