export { openPersistentStore, type PersistentStore, type PersistentStoreOptions } from './persistent-store.js';
export { StateFileError, type StateFileErrorCode, type StateFileProblem, type StateFileResult } from './errors.js';
export { missingSqliteMessage, type SqliteImporter } from './sqlite-package.js';
export { STATE_FORMAT } from './schema.js';
