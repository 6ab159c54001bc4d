import type { HeaderBinding, OperationSpec, QueryBinding } from '../../generated/operations.js';

/** One input member bound to a query parameter: the generated operation record's own type. */
export type QueryParameterBinding = QueryBinding;

/** One member bound to an HTTP header (`@httpHeader`): the generated operation record's own type. */
export type HeaderParameterBinding = HeaderBinding;

/**
 * The restJson1 HTTP binding of one operation: the part of the generated operation record
 * (`OperationSpec` in `generated/operations.ts`, the one description of an operation) that the
 * wire codecs read. `headers` may be left out when the operation binds no member to a header.
 */
export type OperationBinding = Pick<OperationSpec, 'name' | 'method' | 'uri' | 'labels' | 'query' | 'body'> &
  Partial<Pick<OperationSpec, 'headers'>>;
