// The package root: the facts generated from the model. The mock, the fuzzers and the
// conformance suite have their own entry points (`ivs-contract/mock`, `/mock/server`, `/fuzz`,
// `/conformance`), so importing one never pulls in the others.
export { service, operations, operationNames, errors } from '../generated/operations.js';
export type { ErrorSpec, OperationSpec, PaginationSpec, QueryBinding, ServiceSpec } from '../generated/operations.js';
export { inputSchemas, outputSchemas, shapeSchemas, type JsonSchema } from '../generated/schemas.js';
export {
  inputValidators,
  outputValidators,
  shapeValidators,
  type CompiledValidator,
  type ValidationIssue,
} from '../generated/validators.js';
export * from '../generated/types.js';
export { SNAPSHOT_FORMAT, type IvsPartitionSnapshot, type IvsSnapshot } from './state/snapshot.js';
