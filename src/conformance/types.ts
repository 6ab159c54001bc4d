import type { OperationName } from '../../generated/types.js';

/** The verdict of one assertion: `warn` is reserved for points where the spec is silent or a limit is unverified. */
export type CheckStatus = 'pass' | 'fail' | 'skip' | 'warn';

/** The request half of an HTTP exchange, as kept for reports (never the signature or credentials). */
export interface RequestEvidence {
  /** The HTTP method. */
  readonly method: string;
  /** The request path, percent-encoded as sent. */
  readonly path: string;
  /** The query string without `?` (empty when none). */
  readonly query: string;
  /** The `content-type` header, when one was sent. */
  readonly contentType: string | null;
  /** The request body as text, or `null` when there was none. */
  readonly body: string | null;
}

/** The response half of an HTTP exchange, as kept for reports. */
export interface ResponseEvidence {
  /** The HTTP status code. */
  readonly status: number;
  /** Response headers, lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The response body as text (cut to a few kilobytes). */
  readonly body: string;
}

/** One request the suite sent and what came back, or why nothing came back. */
export interface Exchange {
  /** The operation the request was meant to call; `null` for deliberately raw requests. */
  readonly operation: OperationName | null;
  /** What was sent. */
  readonly request: RequestEvidence;
  /** What came back; `null` when the request failed at the transport level. */
  readonly response: ResponseEvidence | null;
  /** The transport failure (`timeout`, refused connection, …) when there is no response. */
  readonly transportError: string | null;
  /** The response body parsed as JSON; `undefined` when it is empty or not JSON. */
  readonly json: unknown;
  /** How long the exchange took, in milliseconds. */
  readonly durationMs: number;
}

/** One finding of a check, about one operation (or about none). */
export interface Outcome {
  /** The verdict. */
  readonly status: CheckStatus;
  /** The operation the finding is about, or `null` when it is not about one. */
  readonly operation: OperationName | null;
  /** One line that says what was seen and, on failure, what the rule wanted. */
  readonly message: string;
  /** The exchanges that show it (the failing one last). */
  readonly evidence: readonly Exchange[];
  /** True when a `warn` is about a point the spec leaves open, so it is never a defect. */
  readonly specSilence?: boolean;
  /** Extra lines, such as the minimal call list of a shrunk random sequence. */
  readonly details?: readonly string[];
}
