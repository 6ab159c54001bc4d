import type { HeaderBinding, OperationSpec, QueryBinding } from '../../generated/operations.js';

/** One input member bound to a query parameter: the generated operation record's own type. */
export type QueryParameterBinding = QueryBinding;

/** One member bound to an HTTP header (`@httpHeader`): the generated operation record's own type. */
export type HeaderParameterBinding = HeaderBinding;

/**
 * The restJson1 HTTP binding of one operation: the part of the generated operation record
 * (`OperationSpec` in `generated/operations.ts`, the one description of an operation) that the
 * wire codecs read.
 */
export type OperationBinding = Pick<OperationSpec, 'method' | 'uri' | 'labels' | 'query' | 'headers' | 'body'> & {
  /** The operation's name; any name, so the codecs also serve operations outside this model. */
  readonly name: string;
};
