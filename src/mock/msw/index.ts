export { controlHandlers, type IvsHandlers, ivsHandlers, type IvsHandlersOptions } from './handlers.js';
export { IncompatibleMswError, supportedMswRange } from './msw-support.js';
