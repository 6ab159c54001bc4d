export { controlHandlers, ivsHandlers, type IvsHandlersOptions } from './handlers.js';
