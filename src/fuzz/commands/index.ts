import fc from 'fast-check';
import type { ArnScope } from '../overrides.js';
import type { IvsTarget } from '../target.js';
import { channelCommands } from './channel-commands.js';
import { IvsCommand } from './command.js';
import { IvsMismatch } from './expect.js';
import { emptyIvsModel, type IvsModel } from './model.js';
import { readCommands } from './read-commands.js';
import { referenceCommands } from './reference-commands.js';
import { resourceCommands, resourceKinds } from './resource-commands.js';
import { sessionCommands } from './session-commands.js';
import type { CommandSettings, RecordingProgression, SilentPoints } from './settings.js';
import { streamCommands } from './stream-commands.js';
import { streamKeyCommands } from './stream-key-commands.js';
import { tagCommands } from './tag-commands.js';
import { defaultRegion } from '../../protocol/conventions.js';

export { IvsCommand } from './command.js';
export { IvsMismatch } from './expect.js';
export type { RecordingProgression, SilentPoints } from './settings.js';
export { emptyIvsModel, type IvsModel, type ModelChannel, type ModelOptions, type ModelStreamKey } from './model.js';

/** Options of `ivsCommands`. */
export interface IvsCommandsOptions {
  /** Include the stream commands (start/end controls, GetStream, StopStream, PutMetadata). Default true. */
  readonly streams?: boolean;
  /**
   * The account and region of the ARNs that name nothing (used to provoke 404s); pass the
   * target's own, since a real service may answer another account's ARN with 403 instead.
   * Varies when left out.
   */
  readonly scope?: ArnScope;
  /**
   * How the points where the IVS documentation is silent are judged: `'emulator'` (the default)
   * expects the emulator's choices from `model/README.md`; `'tolerant'` accepts every plausible
   * answer (any client error for a second stream key, prefix matches besides the exact ones for
   * `filterByName`, an absent name or tag map read as empty).
   */
  readonly silentPoints?: SilentPoints;
  /**
   * Tags every created channel and stream key carries besides the generated ones (the key made by
   * CreateChannel excepted, which gets what the target gives it); no command changes or removes them.
   */
  readonly runTags?: Readonly<Record<string, string>>;
  /**
   * Include the commands of what today's API added to the launch API: recording configurations,
   * playback restriction policies, ad configurations and playback key pairs (create, get, list
   * every page, delete), stream sessions, ad breaks and viewer session revocations. Default true.
   */
  readonly resources?: boolean;
  /** P-384 public keys in PEM (distinct) for ImportPlaybackKeyPair; the key-pair commands run only when some are given. */
  readonly playbackPublicKeys?: readonly string[];
  /**
   * How the target moves new recording configurations from CREATING to ACTIVE: the emulator's
   * `recordingConfigurationProgression` store option (`'immediate'`, `{ afterReads: n }` or
   * `'manual'`), which the model follows in emulator mode. Default `'immediate'`. In tolerant mode
   * any progression from CREATING to ACTIVE is accepted.
   */
  readonly recordingConfigurationProgression?: RecordingProgression;
  /**
   * Include commands that set recording configuration states by hand (CREATING, ACTIVE,
   * CREATE_FAILED) through the emulator's control; they run only on a target that has it
   * (`createHttpTarget({ recordingConfigurationControl: true })`). Default false.
   */
  readonly recordingConfigurationControl?: boolean;
}

/**
 * The model-based commands for `fc.commands`, which together send every operation: create, update
 * and delete channels, create and delete stream keys, tag and untag, list every page, batch gets,
 * (when the target has stream controls) start and stop streams, the lifecycle of the newer resource
 * kinds, and their state rules (references from channels and the conflicts they cause on delete,
 * recording configuration states, stream sessions, ad breaks, revocations). Each checks the
 * target's answer against the model.
 * @example fc.commands(ivsCommands(), { maxCommands: 30 })
 */
export function ivsCommands(options: IvsCommandsOptions = {}): fc.Arbitrary<IvsCommand>[] {
  const settings: CommandSettings = {
    scope: options.scope ?? {},
    silentPoints: options.silentPoints ?? 'emulator',
    runTags: { ...(options.runTags ?? {}) },
    recordingConfigurationProgression: options.recordingConfigurationProgression ?? 'immediate',
  };
  const scope = settings.scope;
  const [create, ...otherChannelCommands] = channelCommands(settings);
  // fc.commands picks each arbitrary equally often; listing creation three times keeps enough resources around.
  const creation = create === undefined ? [] : [create, create, create];
  const [start, ...otherStreamCommands] = streamCommands(scope);
  const streams = options.streams === false || start === undefined ? [] : [start, start, ...otherStreamCommands];
  return [
    ...creation,
    ...otherChannelCommands,
    ...streamKeyCommands(settings),
    ...tagCommands(settings),
    ...readCommands(settings),
    ...streams,
    ...(options.resources === false
      ? []
      : [
          ...sessionCommands(settings),
          ...resourceCommands(settings, { playbackPublicKeys: options.playbackPublicKeys ?? [] }),
          ...referenceCommands(settings, {
            recordingConfigurationControl: options.recordingConfigurationControl ?? false,
          }),
        ]),
  ];
}

interface RanWrapper {
  readonly hasRan: boolean;
  readonly cmd: unknown;
}

const isWrapper = (value: unknown): value is RanWrapper =>
  typeof value === 'object' && value !== null && 'hasRan' in value && 'cmd' in value;

/** Options of `formatCommands`. */
export interface FormatOptions {
  /** The endpoint the printed client points at. Default `http://127.0.0.1:4566`. */
  readonly endpoint?: string;
  /** The region of the printed client. Default `us-west-2`. */
  readonly region?: string;
}

/**
 * Prints the commands that ran as a standalone `@aws-sdk/client-ivs` script, so a failing
 * (shrunk) sequence can be replayed by hand.
 */
export function formatCommands(cmds: Iterable<unknown>, options: FormatOptions = {}): string {
  const lines: string[] = [];
  for (const item of cmds) {
    const command = isWrapper(item) ? (item.hasRan ? item.cmd : undefined) : item;
    if (command instanceof IvsCommand && command.line !== undefined) lines.push(command.line);
  }
  const names = new Set<string>();
  for (const line of lines)
    for (const match of line.matchAll(/\b(\w+Command|paginate\w+)\b/g)) if (match[1] !== undefined) names.add(match[1]);
  return [
    `import { IvsClient, ${[...names].sort().join(', ')} } from '@aws-sdk/client-ivs';`,
    '',
    `const endpoint = ${JSON.stringify(options.endpoint ?? 'http://127.0.0.1:4566')};`,
    `const ivs = new IvsClient({ region: ${JSON.stringify(options.region ?? defaultRegion)}, endpoint });`,
    ...lines,
  ].join('\n');
}

/** Options of `runIvsCommands`. */
export interface RunOptions extends FormatOptions {
  /** Whether the target holds only what the commands make (an emulator reset before each run). Default true. */
  readonly exclusive?: boolean;
  /** Delete what the run made afterwards (stop its streams, delete its channels). Default false. */
  readonly cleanup?: boolean;
}

/** Stops the live streams and deletes the channels and other resources a model knows about; answers are not checked. */
export async function cleanupModel(target: IvsTarget, model: IvsModel): Promise<void> {
  for (const channel of model.channels) {
    if (channel.live !== undefined) await target.send('StopStream', { channelArn: channel.arn });
    await target.send('DeleteChannel', { arn: channel.arn });
  }
  for (const spec of resourceKinds)
    for (const resource of model.resources[spec.kind] ?? []) await target.send(spec.remove, { arn: resource.arn });
}

/**
 * Runs one command sequence against a target from an empty model; on a mismatch it throws an
 * error whose message ends with the reproduction printed by `formatCommands`.
 */
export async function runIvsCommands(
  target: IvsTarget,
  cmds: Iterable<fc.AsyncCommand<IvsModel, IvsTarget>>,
  options: RunOptions = {},
): Promise<void> {
  const model = emptyIvsModel({
    exclusive: options.exclusive ?? true,
    streams: target.streams !== undefined,
    recordingControl: target.recordingConfigurations !== undefined,
  });
  try {
    await fc.asyncModelRun(() => ({ model, real: target }), cmds);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new IvsMismatch(`${message}\n\nReproduction:\n${formatCommands(cmds, options)}`);
  } finally {
    if (options.cleanup === true) await cleanupModel(target, model);
  }
}
