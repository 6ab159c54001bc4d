import { operations } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import type { IvsResourceKind } from '../fuzz/overrides.js';
import { publicKeyPem } from '../protocol/playback-public-key.js';
import type { ConformanceClient } from './client.js';
import type { CheckContext } from './context.js';
import { describeExchange, errorTypeOf, expectSuccess, recordAt } from './expect.js';
import type { Fixtures, Setup } from './fixtures.js';
import { fail, skip } from './outcome.js';
import { requiredMembers } from './model-facts.js';
import type { ResourceTracker, TrackedKind } from './resources.js';
import type { Exchange } from './types.js';

/** How the suite makes, reads, lists, changes and deletes one kind of resource, in the model's operation and shape names. */
export interface ResourceKind {
  /** The resource type as ARNs spell it (`recording-configuration`). */
  readonly kind: IvsResourceKind;
  /** A short human name, e.g. `recording configuration`. */
  readonly noun: string;
  /** The name with its article, e.g. `an ad configuration`. */
  readonly aNoun: string;
  /** The shape of the full resource in Create and Get answers. */
  readonly shape: string;
  /** The operation that makes one (stream keys: CreateChannel, which makes the channel's first). */
  readonly create: OperationName;
  /** The operation that reads one by `arn`. */
  readonly get: OperationName;
  /** The response member that holds the resource in create, get and update answers. */
  readonly member: string;
  /** The batch read and the response member of its list, when the model has one. */
  readonly batch: { readonly operation: OperationName; readonly member: string } | null;
  /** The list operation. */
  readonly list: OperationName;
  /** The response member that holds the summaries of list answers (the paginator's items). */
  readonly listMember: string;
  /** The shape of one list summary. */
  readonly summary: string;
  /** The list input that lists a given resource (more pages may follow). */
  readonly listInput: (made: Record<string, unknown>) => Record<string, unknown>;
  /** The operation that changes one by `arn`, when the model has one. */
  readonly update: OperationName | null;
  /** The operation that deletes one by `arn`. */
  readonly delete: OperationName;
  /** The channel member that references one, when channels can. */
  readonly channelMember: string | null;
  /** Members that may change on their own between two reads (a recording configuration's `state`). */
  readonly volatile: readonly string[];
}

const operationOrNull = (name: string): OperationName | null => (name in operations ? (name as OperationName) : null);

interface KindFacts {
  readonly noun: string;
  readonly aNoun: string;
  readonly shape: string;
  readonly create: OperationName;
  readonly member: string;
  readonly list: OperationName;
  readonly listInput?: ResourceKind['listInput'];
  readonly batch?: ResourceKind['batch'];
  readonly channelMember?: string;
  readonly volatile?: readonly string[];
}

/** One row of the table: Get, Update and Delete are named after the shape, the list's items come from its paginator. */
const kind = (name: IvsResourceKind, facts: KindFacts): ResourceKind => ({
  kind: name,
  noun: facts.noun,
  aNoun: facts.aNoun,
  shape: facts.shape,
  create: facts.create,
  get: `Get${facts.shape}` as OperationName,
  member: facts.member,
  batch: facts.batch ?? null,
  list: facts.list,
  listMember: operations[facts.list].paginated?.items ?? '',
  summary: `${facts.shape}Summary`,
  listInput: facts.listInput ?? (() => ({})),
  update: operationOrNull(`Update${facts.shape}`),
  delete: `Delete${facts.shape}` as OperationName,
  channelMember: facts.channelMember ?? null,
  volatile: facts.volatile ?? [],
});

/** Every kind of resource the model has, each with its own ARN type. */
export const resourceKinds: readonly ResourceKind[] = [
  kind('channel', {
    noun: 'channel',
    aNoun: 'a channel',
    shape: 'Channel',
    create: 'CreateChannel',
    member: 'channel',
    list: 'ListChannels',
    listInput: (c) => ({ filterByName: c['name'] }),
    batch: { operation: 'BatchGetChannel', member: 'channels' },
  }),
  kind('stream-key', {
    noun: 'stream key',
    aNoun: 'a stream key',
    shape: 'StreamKey',
    create: 'CreateChannel',
    member: 'streamKey',
    list: 'ListStreamKeys',
    listInput: (k) => ({ channelArn: k['channelArn'] }),
    batch: { operation: 'BatchGetStreamKey', member: 'streamKeys' },
  }),
  kind('recording-configuration', {
    noun: 'recording configuration',
    aNoun: 'a recording configuration',
    shape: 'RecordingConfiguration',
    create: 'CreateRecordingConfiguration',
    member: 'recordingConfiguration',
    list: 'ListRecordingConfigurations',
    channelMember: 'recordingConfigurationArn',
    volatile: ['state'],
  }),
  kind('playback-key', {
    noun: 'playback key pair',
    aNoun: 'a playback key pair',
    shape: 'PlaybackKeyPair',
    create: 'ImportPlaybackKeyPair',
    member: 'keyPair',
    list: 'ListPlaybackKeyPairs',
  }),
  kind('playback-restriction-policy', {
    noun: 'playback restriction policy',
    aNoun: 'a playback restriction policy',
    shape: 'PlaybackRestrictionPolicy',
    create: 'CreatePlaybackRestrictionPolicy',
    member: 'playbackRestrictionPolicy',
    list: 'ListPlaybackRestrictionPolicies',
    channelMember: 'playbackRestrictionPolicyArn',
  }),
  kind('ad-configuration', {
    noun: 'ad configuration',
    aNoun: 'an ad configuration',
    shape: 'AdConfiguration',
    create: 'CreateAdConfiguration',
    member: 'adConfiguration',
    list: 'ListAdConfigurations',
    channelMember: 'adConfigurationArn',
  }),
];

/** The kinds today's API added: neither channels nor stream keys. */
export const addedResources: readonly ResourceKind[] = resourceKinds.filter(
  (k) => k.kind !== 'channel' && k.kind !== 'stream-key',
);

/** The row of one kind. */
export function resourceKind(name: IvsResourceKind): ResourceKind {
  const found = resourceKinds.find((k) => k.kind === name);
  if (!found) throw new TypeError(`no resource kind ${name}`);
  return found;
}

/** The kind a list operation lists, when it lists resources with ARNs. */
export const kindListedBy = (operation: OperationName): ResourceKind | undefined =>
  resourceKinds.find((k) => k.list === operation);

/** The kind named by an ARN shape of the model (`ChannelRecordingConfigurationArn` names a recording configuration). */
export const kindOfArnShape = (shape: string): ResourceKind | undefined =>
  resourceKinds.find((k) => shape.endsWith(`${k.shape}Arn`));

/** The order cleanup deletes kinds in: stream keys, channels, what channels reference (deleting it first is a conflict), the rest. */
const cleanupRank = (k: ResourceKind): number =>
  k.kind === 'stream-key' ? 0 : k.kind === 'channel' ? 1 : k.channelMember ? 2 : 3;

/**
 * Every kind as the run's tracker learns it (from its create, and from `Create<Shape>` where that is
 * another operation: CreateStreamKey), deletes it, and finds what a killed run left (by its list,
 * when the list needs no input), in the order cleanup deletes them.
 */
export const trackedKinds: readonly TrackedKind[] = [...resourceKinds]
  .sort((a, b) => cleanupRank(a) - cleanupRank(b))
  .map((k) => {
    const own = operationOrNull(`Create${k.shape}`);
    return {
      kind: k.kind,
      createdBy: [k.create, ...(own && own !== k.create ? [own] : [])].map((operation) => ({
        operation,
        member: k.member,
      })),
      deletedBy: k.delete,
      ...(requiredMembers(k.list).length === 0 ? { listedBy: { operation: k.list, member: k.listMember } } : {}),
    };
  });

/** What making resources needs from the run. */
export interface ResourceFixtureContext {
  readonly client: ConformanceClient;
  readonly region: string;
  readonly fixtures: Fixtures;
  /** What the run made so far; when given, a full quota is made room in by deleting what the run made of that kind. */
  readonly resources?: ResourceTracker;
}

/**
 * A fresh ECDSA P-384 public key as a PEM `PUBLIC KEY` block, made with WebCrypto (so every import
 * has a fingerprint of its own and no private key is ever written down).
 */
export async function newP384PublicKeyPem(): Promise<string> {
  const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, [
    'sign',
    'verify',
  ]);
  return publicKeyPem(new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', pair.publicKey)));
}

/** The S3 bucket the suite's recording configurations name (it is not written to). */
export const RECORDING_BUCKET = 'ivs-contract-conformance';

/** A MediaTailor playback configuration ARN of the caller's account and region (never looked up by the suite). */
export async function mediaTailorArn(context: ResourceFixtureContext, name: string): Promise<string> {
  return `arn:aws:mediatailor:${context.region}:${await context.fixtures.account()}:playbackConfiguration/${name}`;
}

/** A valid create input for a kind, named after `label`, carrying the run tag (channels and stream keys need nothing more). */
export async function defaultInput(
  context: ResourceFixtureContext,
  kind: IvsResourceKind,
  label: string,
): Promise<Record<string, unknown>> {
  const name = context.fixtures.name(label);
  const tags = { ...context.fixtures.runTags };
  switch (kind) {
    case 'recording-configuration':
      return { name, destinationConfiguration: { s3: { bucketName: RECORDING_BUCKET } }, tags };
    case 'playback-key':
      return { name, publicKeyMaterial: await newP384PublicKeyPem(), tags };
    case 'playback-restriction-policy':
      return {
        name,
        allowedCountries: ['US', 'CA'],
        allowedOrigins: ['https://example.com'],
        enableStrictOriginEnforcement: false,
        tags,
      };
    case 'ad-configuration':
      return {
        name,
        mediaTailorPlaybackConfigurations: [{ playbackConfigurationArn: await mediaTailorArn(context, name) }],
        tags,
      };
    default:
      return { name, tags };
  }
}

/** A resource made for a check. */
export interface CreatedResource {
  readonly kind: ResourceKind;
  readonly arn: string;
  /** The resource as the create answer gave it. */
  readonly resource: Record<string, unknown>;
  /** The input that made it (run tag included). */
  readonly input: Record<string, unknown>;
  readonly exchange: Exchange;
}

/**
 * Creates a resource from its default input (with `extra` members on top); a failure is the
 * finding that explains it. When the kind's quota is full (ServiceQuotaExceededException), what the
 * run made of that kind (but the ARNs in `keep`) is deleted and the create tried once more; a quota
 * still full is a skip, since resources outside the run fill it. Stream keys come with their
 * channel, so their quota is never made room in.
 */
export async function createResource(
  context: ResourceFixtureContext,
  kind: IvsResourceKind,
  label: string,
  extra: Readonly<Record<string, unknown>> = {},
  keep: ReadonlySet<string> = new Set(),
): Promise<Setup<CreatedResource>> {
  const spec = resourceKind(kind);
  const input = { ...(await defaultInput(context, kind, label)), ...extra };
  let exchange = await context.client.call(spec.create, input);
  if (errorTypeOf(exchange) === 'ServiceQuotaExceededException' && context.resources && kind !== 'stream-key') {
    for (const arn of context.resources.tracked(kind))
      if (!keep.has(arn)) await context.client.call(spec.delete, { arn });
    exchange = await context.client.call(spec.create, input);
    if (errorTypeOf(exchange) === 'ServiceQuotaExceededException')
      return {
        ok: false,
        outcome: skip(
          spec.create,
          `setup: the account's ${spec.noun} quota is full with resources this run did not make (${describeExchange(exchange)})`,
        ),
      };
  }
  const violation = expectSuccess(exchange);
  const resource = recordAt(exchange.json, spec.member);
  const arn = resource['arn'];
  if (violation || typeof arn !== 'string') {
    const why = violation ?? `no ${spec.member}.arn in ${describeExchange(exchange)}`;
    return { ok: false, outcome: fail(spec.create, `setup: could not create ${spec.aNoun}: ${why}`, [exchange]) };
  }
  return { ok: true, value: { kind: spec, arn, resource, input, exchange } };
}

/** Makes resources of every kind for one check, and deletes them again (channels first, live ones taken off air). */
export interface Workbench {
  /** Makes one resource of a kind, tagged with the run id; `input` adds to or replaces the default create input. */
  make(kind: ResourceKind, input?: Record<string, unknown>): Promise<Setup<CreatedResource>>;
  /** Puts a channel on the air through the stream control (it goes off again on release). */
  goLive(channelArn: string): Promise<boolean>;
  /** Takes a channel off the air. */
  goOffline(channelArn: string): Promise<boolean>;
  /** Deletes everything made, newest first, so a channel goes before what it references. */
  release(): Promise<void>;
}

/** Opens a workbench for one check. */
export function createWorkbench(context: CheckContext, label: string): Workbench {
  const made: { operation: OperationName; arn: string }[] = [];
  const live = new Set<string>();
  let serial = 0;
  const control = context.streams.available ? context.streams.control : null;
  return {
    async make(resource, input = {}) {
      serial += 1;
      const tags = { ...(input['tags'] as Record<string, string> | undefined), ...context.fixtures.runTags };
      const own = new Set(made.map((m) => m.arn));
      const created = await createResource(context, resource.kind, `${label}-${serial}`, { ...input, tags }, own);
      if (!created.ok) return created;
      const channelArn = recordAt(created.value.exchange.json, 'channel')['arn'];
      if (resource.create === 'CreateChannel' && typeof channelArn === 'string')
        made.push({ operation: 'DeleteChannel', arn: channelArn });
      else made.push({ operation: resource.delete, arn: created.value.arn });
      return created;
    },
    async goLive(channelArn) {
      if (!control) return false;
      const started = await control.start(channelArn);
      if (started.ok) live.add(channelArn);
      return started.ok;
    },
    async goOffline(channelArn) {
      if (!control) return false;
      live.delete(channelArn);
      return (await control.stop(channelArn)).ok;
    },
    async release() {
      for (const arn of live) await control?.stop(arn);
      live.clear();
      for (const { operation, arn } of made.reverse()) await context.client.call(operation, { arn });
      made.length = 0;
    },
  };
}
