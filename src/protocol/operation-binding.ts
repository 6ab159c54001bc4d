/** One input member bound to a query parameter. */
export interface QueryParameterBinding {
  /** The input member's name. */
  readonly member: string;
  /** The query parameter's name on the wire. */
  readonly name: string;
  /** Whether the member is a list, sent as the same parameter repeated. */
  readonly list: boolean;
}

/** One member bound to an HTTP header (`@httpHeader`). */
export interface HeaderParameterBinding {
  /** The member's name. */
  readonly member: string;
  /** The header's name on the wire, as the model spells it (header names compare case-insensitively). */
  readonly name: string;
}

/**
 * The restJson1 HTTP binding of one operation: the part of the generated operation table that
 * the wire codecs need. `OperationSpec` in `generated/operations.ts` satisfies it structurally.
 */
export interface OperationBinding {
  /** The operation's name, e.g. `CreateChannel`. */
  readonly name: string;
  /** The HTTP method. */
  readonly method: string;
  /** The URI pattern, e.g. `/tags/{resourceArn}`. */
  readonly uri: string;
  /** Input members bound to URI labels. */
  readonly labels: readonly string[];
  /** Input members bound to query parameters. */
  readonly query: readonly QueryParameterBinding[];
  /** Input members bound to request headers; absent means none. */
  readonly headers?: readonly HeaderParameterBinding[];
  /** Input members sent in the JSON body. */
  readonly body: readonly string[];
}
