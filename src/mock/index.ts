export {
  controlHandlers,
  IncompatibleMswError,
  type IvsHandlers,
  ivsHandlers,
  type IvsHandlersOptions,
  supportedMswRange,
} from './msw/index.js';
export { defaultAccountId, defaultRegion } from './core.js';
export { InvalidEndpointError } from './endpoints.js';
export type { AuthCredential, AuthOptions } from './auth/index.js';
export {
  createIvsStore,
  type IvsLimits,
  type IvsStore,
  type IvsStoreChange,
  type IvsStoreOptions,
  type StartStreamOptions,
} from './store.js';
export {
  checkFaultRule,
  createFaultController,
  type FaultController,
  type FaultDecision,
  type FaultEffects,
  type FaultRule,
  FaultRuleError,
  type OperationFaultRule,
  type ServiceFaultRule,
} from './faults.js';
export { controlPrefix } from './control.js';
export { invokeOperation, type Caller } from './invoke.js';
export { IvsStoreError } from './store-error.js';
export type { IvsError, Result } from './result.js';
export type { IvsPartitionSnapshot, IvsSnapshot } from '../state/snapshot.js';
