import type { ArnScope } from '../overrides.js';
import type { TargetResponse } from '../target.js';
import { readErrorType } from '../../protocol/index.js';
import { IvsMismatch } from './expect.js';

/** The most tags one resource may carry. */
export const MAX_TAGS = 50;

/**
 * How the commands judge the points where the IVS documentation is silent (see `model/README.md`):
 * `'emulator'` expects exactly the emulator's documented choice, `'tolerant'` accepts every
 * plausible answer, as a suite aimed at other implementations must.
 */
export type SilentPoints = 'emulator' | 'tolerant';

/**
 * How the target moves a new recording configuration from CREATING to ACTIVE, as the emulator's
 * store option of the same name says: at once, after a number of reads (GetRecordingConfiguration,
 * or being listed by ListRecordingConfigurations), or only when set by hand through its control.
 */
export type RecordingProgression = 'immediate' | 'manual' | { readonly afterReads: number };

/** What every command factory needs to know besides the model. */
export interface CommandSettings {
  /** The account and region of ARNs that name nothing. */
  readonly scope: ArnScope;
  /** How spec-silent points are judged. */
  readonly silentPoints: SilentPoints;
  /** Tags every created channel and stream key carries in addition to the generated ones. */
  readonly runTags: Readonly<Record<string, string>>;
  /** How new recording configurations progress in emulator mode. Default `'immediate'`. */
  readonly recordingConfigurationProgression?: RecordingProgression;
}

/** Generated tags without the run tags' keys, so a command never overwrites or removes a run tag. */
export function withoutRunTags(
  tags: Readonly<Record<string, string>>,
  settings: CommandSettings,
): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).filter(([key]) => !Object.hasOwn(settings.runTags, key)));
}

/**
 * The tags to create a resource with: the generated ones plus the run tags, dropping generated
 * tags where both would exceed the 50-tag limit; `undefined` stays `undefined` without run tags.
 */
export function withRunTags(
  tags: Readonly<Record<string, string>> | undefined,
  settings: CommandSettings,
): Record<string, string> | undefined {
  const run = Object.entries(settings.runTags);
  if (run.length === 0) return tags === undefined ? undefined : { ...tags };
  const own = Object.entries(withoutRunTags(tags ?? {}, settings)).slice(0, Math.max(0, MAX_TAGS - run.length));
  return Object.fromEntries([...own, ...run]);
}

/**
 * Checks that an answer is an AWS-style client error (a 4xx carrying an error type), whichever
 * type and status it names; for spec-silent refusals in tolerant mode.
 */
export function expectAnyClientError(operation: string, response: TargetResponse): void {
  const type = readErrorType(response.headers['x-amzn-errortype'], response.body);
  if (response.status >= 400 && response.status < 500 && type !== undefined && type !== '') return;
  throw new IvsMismatch(
    `${operation}: expected a 4xx error with an error type, got ${response.status}${type === undefined ? '' : ` ${type}`} ${response.text.slice(0, 200)}`,
  );
}
