import fc from 'fast-check';
import { arnArbitrary, type ArnScope, type IvsResourceKind } from '../overrides.js';

/** What the model expects of one channel. */
export interface ModelChannel {
  /** The JavaScript expression that names its ARN in a printed reproduction, e.g. `c1.channel.arn`. */
  readonly ref: string;
  /** Its ARN, as the target assigned it. */
  readonly arn: string;
  /** Its current name, latency mode, type and tags. */
  name: string;
  latencyMode: string;
  type: string;
  tags: Record<string, string>;
  /** Whether a stream is live on it, with the health and viewer count it was started with. */
  live: { readonly health: string; readonly viewerCount: number } | undefined;
  /** How many times it went live (each go-live opens a stream session); absent means never. */
  sessions?: number;
  /** Whether its latest stream session recorded (the channel referred to a recording configuration when it went live). */
  latestSessionRecorded?: boolean;
  /** The resources it refers to by ARN, by resource kind; absent means none. */
  references?: Partial<Record<ReferenceKind, string>>;
}

/** The resource kinds a channel may refer to (`recordingConfigurationArn`, `playbackRestrictionPolicyArn`, `adConfigurationArn`). */
export type ReferenceKind = 'recording-configuration' | 'playback-restriction-policy' | 'ad-configuration';

/** What the model expects of one stream key. */
export interface ModelStreamKey {
  /** The JavaScript expression that names its ARN in a printed reproduction. */
  readonly ref: string;
  readonly arn: string;
  readonly channelArn: string;
  readonly value: string;
  tags: Record<string, string>;
}

/** What the model expects of one resource of the newer kinds (recording configuration, key pair, policy, ad configuration). */
export interface ModelResource {
  /** The JavaScript expression that names its ARN in a printed reproduction. */
  readonly ref: string;
  readonly arn: string;
  /** Its current name. */
  name: string;
  readonly tags: Record<string, string>;
  /** The public key of a playback key pair, which may be imported only once. */
  readonly publicKey?: string;
  /** The state of a recording configuration: expected (emulator mode) or last seen (tolerant mode). */
  state?: string;
  /** Reads left before a CREATING recording configuration turns ACTIVE; absent when it moves only by hand. */
  readsLeft?: number;
}

/** The expected state of the target, kept by the commands as they run. */
export interface IvsModel {
  /** Channels in creation order. */
  channels: ModelChannel[];
  /** Stream keys in creation order. */
  streamKeys: ModelStreamKey[];
  /** Resources of the newer kinds, by ARN resource kind, in creation order. */
  resources: Partial<Record<IvsResourceKind, ModelResource[]>>;
  /** A counter for the variable names of printed reproductions. */
  nextVariable: number;
  /** True when the target holds nothing but what the commands made, so lists must match exactly. */
  readonly exclusive: boolean;
  /** True when the target has stream controls, so stream commands may run. */
  readonly streams: boolean;
  /** True when the target can set a recording configuration's state by hand. */
  readonly recordingControl: boolean;
}

/** Options of a fresh model. */
export interface ModelOptions {
  /** Whether the target starts empty and is used by nobody else (true for an emulator). Default true. */
  readonly exclusive?: boolean;
  /** Whether the target has stream controls. Default false. */
  readonly streams?: boolean;
  /** Whether the target can set recording configuration states by hand. Default false. */
  readonly recordingControl?: boolean;
}

/** A model of an empty target. */
export function emptyIvsModel(options: ModelOptions = {}): IvsModel {
  return {
    channels: [],
    streamKeys: [],
    resources: {},
    nextVariable: 1,
    exclusive: options.exclusive ?? true,
    streams: options.streams ?? false,
    recordingControl: options.recordingControl ?? false,
  };
}

/** A choice of resource made before the run: the n-th existing one, or an ARN that names nothing. */
export interface ResourcePick {
  readonly index: number;
  readonly unknown: boolean;
  readonly unknownArn: string;
}

/** Picks of one resource kind: mostly existing resources, sometimes an unknown ARN in `scope` (to provoke 404s). */
export function pickArbitrary(kind: IvsResourceKind, scope: ArnScope): fc.Arbitrary<ResourcePick> {
  return fc.record({
    index: fc.nat({ max: 1000 }),
    unknown: fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, { arbitrary: fc.constant(true), weight: 1 }),
    unknownArn: arnArbitrary(kind, scope),
  });
}

/** The existing item a pick lands on, or `undefined` when it names nothing (unknown, or nothing exists). */
export function resolvePick<T>(items: readonly T[], pick: ResourcePick): T | undefined {
  return pick.unknown || items.length === 0 ? undefined : items[pick.index % items.length];
}

/** A new variable name for a printed reproduction (`c1`, `k2`, …). */
export function nextVariable(model: IvsModel, prefix: string): string {
  const name = `${prefix}${model.nextVariable}`;
  model.nextVariable += 1;
  return name;
}

/** The first channel of the model that refers to a resource, if any. */
export function referrerOf(model: IvsModel, arn: string): ModelChannel | undefined {
  return model.channels.find((channel) => Object.values(channel.references ?? {}).includes(arn));
}

/** Removes a channel and everything that belonged to it from the model. */
export function forgetChannel(model: IvsModel, arn: string): void {
  model.channels = model.channels.filter((c) => c.arn !== arn);
  model.streamKeys = model.streamKeys.filter((k) => k.channelArn !== arn);
}
