import type { RecordingConfigurationState, StreamHealth } from '../../generated/types.js';
import { controlPrefix } from '../protocol/conventions.js';
import { errorAnswer, jsonAnswer } from './errors.js';
import { jsonTooDeep, tooDeepError } from './json-depth.js';
import type { PlainAnswer } from './plain-http.js';
import type { IvsError, Result } from './result.js';
import type { IvsStore, StartStreamOptions } from './store.js';

export { controlPrefix };

/** One store control: its name under the prefix and the method it answers. */
export interface ControlRoute {
  /** The control's path under the prefix, e.g. `streams/start`. */
  readonly name:
    | 'reset'
    | 'snapshot'
    | 'restore'
    | 'streams/start'
    | 'streams/stop'
    | 'recording-configurations/state'
    | 'viewer-session-revocations';
  /** The method it answers. */
  readonly method: 'GET' | 'POST';
}

const controls: readonly ControlRoute[] = [
  { name: 'reset', method: 'POST' },
  { name: 'snapshot', method: 'GET' },
  { name: 'restore', method: 'POST' },
  { name: 'streams/start', method: 'POST' },
  { name: 'streams/stop', method: 'POST' },
  { name: 'recording-configurations/state', method: 'POST' },
  { name: 'viewer-session-revocations', method: 'GET' },
];

/**
 * The control a request is for: its path ends with the control path (on any host, with or
 * without a trailing `/`) and its method is the control's; `undefined` otherwise. The path is
 * compared as received, never percent-decoded, so a malformed `%` cannot throw.
 */
export function controlRouteOf(method: string, path: string): ControlRoute | undefined {
  if (!path.includes(controlPrefix)) return undefined;
  for (const control of controls) {
    const suffix = `${controlPrefix}/${control.name}`;
    if (method === control.method && (path.endsWith(suffix) || path.endsWith(`${suffix}/`))) return control;
  }
  return undefined;
}

function readJson(text: string): Result<Record<string, unknown>> {
  if (text.trim() === '') return { ok: true, value: {} };
  if (jsonTooDeep(text)) return { ok: false, error: tooDeepError };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return { ok: true, value: value as Record<string, unknown> };
  } catch {
    // Falls through to the error below.
  }
  return { ok: false, error: { type: 'SerializationException', message: 'The request body must be a JSON object.' } };
}

function reply(result: Result<unknown>, requestId: string): PlainAnswer {
  if (!result.ok) return errorAnswer(result.error, requestId);
  return jsonAnswer(200, result.value === undefined ? {} : result.value, requestId);
}

const invalid = (message: string): { ok: false; error: IvsError } => ({
  ok: false,
  error: { type: 'ValidationException', message },
});

function streamStartOptions(body: Record<string, unknown>): Result<StartStreamOptions> {
  const { health, viewerCount, startTime } = body;
  if (health !== undefined && typeof health !== 'string') return invalid('health must be a string.');
  if (viewerCount !== undefined && typeof viewerCount !== 'number') return invalid('viewerCount must be a number.');
  if (startTime !== undefined && typeof startTime !== 'string' && typeof startTime !== 'number')
    return invalid('startTime must be a date-time string or epoch milliseconds.');
  return {
    ok: true,
    value: {
      // The store checks the value against the StreamHealth enum.
      ...(health === undefined ? {} : { health: health as StreamHealth }),
      ...(viewerCount === undefined ? {} : { viewerCount }),
      ...(startTime === undefined ? {} : { startTime }),
    },
  };
}

function channelArnOf(body: Record<string, unknown>): Result<string> {
  const arn = body['channelArn'];
  return typeof arn === 'string' && arn !== ''
    ? { ok: true, value: arn }
    : invalid('channelArn is required and must be a string.');
}

/**
 * Answers one store control (reset, snapshot, restore, starting or stopping a stream, setting a
 * recording configuration's state, listing viewer session revocations) with the
 * request's body text. Answers are JSON; errors are AWS-style.
 */
export function answerControl(
  store: IvsStore,
  control: ControlRoute,
  bodyText: string,
  requestId: string,
): PlainAnswer {
  switch (control.name) {
    case 'reset':
      store.reset();
      return reply({ ok: true, value: {} }, requestId);
    case 'snapshot':
      return reply({ ok: true, value: store.snapshot() }, requestId);
    case 'restore': {
      const body = readJson(bodyText);
      if (!body.ok) return reply(body, requestId);
      const restored = store.tryRestore(body.value);
      return reply(restored.ok ? { ok: true, value: {} } : restored, requestId);
    }
    case 'streams/start': {
      const body = readJson(bodyText);
      if (!body.ok) return reply(body, requestId);
      const arn = channelArnOf(body.value);
      if (!arn.ok) return reply(arn, requestId);
      const options = streamStartOptions(body.value);
      if (!options.ok) return reply(options, requestId);
      const started = store.tryStartStream(arn.value, options.value);
      return reply(started.ok ? { ok: true, value: { stream: started.value } } : started, requestId);
    }
    case 'streams/stop': {
      const body = readJson(bodyText);
      if (!body.ok) return reply(body, requestId);
      const arn = channelArnOf(body.value);
      if (!arn.ok) return reply(arn, requestId);
      const stopped = store.tryStopStream(arn.value);
      return reply(stopped.ok ? { ok: true, value: {} } : stopped, requestId);
    }
    case 'recording-configurations/state': {
      const body = readJson(bodyText);
      if (!body.ok) return reply(body, requestId);
      const arn = stringMember(body.value, 'arn');
      if (!arn.ok) return reply(arn, requestId);
      const state = stringMember(body.value, 'state');
      if (!state.ok) return reply(state, requestId);
      // The store checks the value against the RecordingConfigurationState enum.
      const set = store.trySetRecordingConfigurationState(arn.value, state.value as RecordingConfigurationState);
      return reply(set.ok ? { ok: true, value: { recordingConfiguration: set.value } } : set, requestId);
    }
    case 'viewer-session-revocations': {
      const revocations = store.snapshot().partitions.flatMap((partition) =>
        (partition.viewerSessionRevocations ?? []).map((revocation) => ({
          accountId: partition.accountId,
          region: partition.region,
          ...revocation,
        })),
      );
      return reply({ ok: true, value: { viewerSessionRevocations: revocations } }, requestId);
    }
  }
}

function stringMember(body: Record<string, unknown>, member: string): Result<string> {
  const value = body[member];
  return typeof value === 'string' && value !== ''
    ? { ok: true, value }
    : invalid(`${member} is required and must be a string.`);
}
