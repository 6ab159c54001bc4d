import type { OperationSpec, QueryBinding } from '../../generated/operations.js';

/** One input member bound to a query parameter: the generated operation record's own type. */
export type QueryParameterBinding = QueryBinding;

/**
 * The restJson1 HTTP binding of one operation: the part of the generated operation record
 * (`OperationSpec` in `generated/operations.ts`, the one description of an operation) that the
 * wire codecs read.
 */
export type OperationBinding = Pick<OperationSpec, 'name' | 'method' | 'uri' | 'labels' | 'query' | 'body'>;
