import type { Check } from '../check.js';
import { adBreaks } from './ad-breaks.js';
import { arnFormats } from './arn-formats.js';
import { batchGetSemantics } from './batch-get-semantics.js';
import { channelDefaults } from './channel-defaults.js';
import { channelLifecycle } from './channel-lifecycle.js';
import { contentTypeConformance } from './content-type-conformance.js';
import { crossOperationConsistency } from './cross-operation-consistency.js';
import { deleteCascades } from './delete-cascades.js';
import { documentedLimits } from './documented-limits.js';
import { errorConformance } from './error-conformance.js';
import { listFilters } from './list-filters.js';
import { invalidInputRejected } from './invalid-input-rejected.js';
import { liveChannelConflict } from './live-channel-conflict.js';
import { liveStreamOperations } from './live-stream-operations.js';
import { malformedJsonRejected } from './malformed-json-rejected.js';
import { metadataLimits } from './metadata-limits.js';
import { operationsImplemented } from './operations-implemented.js';
import { offlineStreamErrors } from './offline-stream-errors.js';
import { oneStreamKeyPerChannel } from './one-stream-key-per-channel.js';
import { paginationCompleteness } from './pagination-completeness.js';
import { paginationUnderChange } from './pagination-under-change.js';
import { paginationLimits } from './pagination-limits.js';
import { recordingConfigurationState } from './recording-configuration-state.js';
import { referencedResourceConflicts } from './referenced-resource-conflicts.js';
import { resourceLifecycleChecks } from './resource-lifecycle.js';
import { responseSchemaConformance } from './response-schema-conformance.js';
import { statefulSequences } from './stateful-sequences.js';
import { statusCodeConformance } from './status-code-conformance.js';
import { streamSessions } from './stream-sessions.js';
import { summaryShapes } from './summary-shapes.js';
import { tagSemantics } from './tag-semantics.js';
import { unknownMembersIgnored } from './unknown-members-ignored.js';
import { unknownRouteRejected } from './unknown-route-rejected.js';
import { viewerSessionRevocations } from './viewer-session-revocations.js';
import { validInputAccepted } from './valid-input-accepted.js';

/** Every conformance check, in the order a run executes them (implemented, response, error, validation, semantics, pagination, streams, stateful, robustness). */
export const allChecks: readonly Check[] = [
  operationsImplemented,
  statusCodeConformance,
  responseSchemaConformance,
  contentTypeConformance,
  errorConformance,
  invalidInputRejected,
  validInputAccepted,
  channelLifecycle,
  ...resourceLifecycleChecks,
  channelDefaults,
  arnFormats,
  oneStreamKeyPerChannel,
  deleteCascades,
  referencedResourceConflicts,
  recordingConfigurationState,
  viewerSessionRevocations,
  tagSemantics,
  batchGetSemantics,
  summaryShapes,
  crossOperationConsistency,
  documentedLimits,
  listFilters,
  paginationCompleteness,
  paginationLimits,
  paginationUnderChange,
  offlineStreamErrors,
  liveStreamOperations,
  streamSessions,
  adBreaks,
  metadataLimits,
  liveChannelConflict,
  statefulSequences,
  malformedJsonRejected,
  unknownRouteRejected,
  unknownMembersIgnored,
];
