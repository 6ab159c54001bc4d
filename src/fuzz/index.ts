export {
  inputArbitrary,
  outputArbitrary,
  shapeArbitrary,
  invalidInputArbitrary,
  type ArbitraryOptions,
  type InvalidInput,
} from './arbitraries.js';
export { arbitraryFromSchema, type FromSchemaOptions } from './from-schema.js';
export { invalidFromSchema, type InvalidOptions, type InvalidValue, type Violation } from './invalid-from-schema.js';
export type { ConstraintKeyword } from './scalar-check.js';
export {
  overrides,
  arnArbitrary,
  ivsArn,
  IVS_REGIONS,
  type ArnScope,
  type IvsResourceKind,
  type Override,
} from './overrides.js';
export {
  createHttpTarget,
  type HttpTargetOptions,
  type IvsTarget,
  type StreamControls,
  type StreamStartOptions,
  type TargetResponse,
} from './target.js';
export {
  ivsCommands,
  formatCommands,
  runIvsCommands,
  cleanupModel,
  emptyIvsModel,
  IvsCommand,
  IvsMismatch,
  type IvsCommandsOptions,
  type SilentPoints,
  type FormatOptions,
  type RunOptions,
  type IvsModel,
  type ModelChannel,
  type ModelOptions,
  type ModelStreamKey,
} from './commands/index.js';
export {
  generateFixtures,
  checkFixtureOptions,
  fixtures,
  MAX_FIXTURE_CHANNELS,
  MAX_FIXTURE_PAST_SESSIONS,
  MAX_FIXTURE_PLAYBACK_KEY_PAIRS,
  MAX_TAGS_PER_RESOURCE,
  type FixtureOptions,
} from './fixtures.js';
export { responseFixtures, summaryOf, type ResponseFixture } from './response-fixtures.js';
