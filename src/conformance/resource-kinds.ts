import { generateKeyPairSync } from 'node:crypto';
import { operations } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import type { IvsResourceKind } from '../fuzz/overrides.js';
import type { CheckContext } from './context.js';
import { describeExchange, errorTypeOf, expectSuccess, recordAt } from './expect.js';
import type { Setup } from './fixtures.js';
import { fail, skip } from './outcome.js';
import { walkPages } from './paging.js';
import { RUN_TAG_KEY } from './resources.js';
import type { Exchange } from './types.js';

/** How the suite makes, reads, lists and deletes one kind of resource, in the model's operation and shape names. */
export interface ResourceKind {
  /** The resource type as ARNs spell it (`recording-configuration`). */
  readonly kind: IvsResourceKind;
  /** The shape of the full resource in Create and Get answers. */
  readonly shape: string;
  /** The operation that makes one, and the output member that holds it. */
  readonly create: { readonly operation: OperationName; readonly at: string };
  /** The operation that reads one by ARN, and the output member that holds it. */
  readonly get: { readonly operation: OperationName; readonly at: string };
  /** The batch read, when the model has one. */
  readonly batch: { readonly operation: OperationName; readonly at: string } | null;
  /** The list operation, its summary shape, and the input that lists a given resource (more pages may follow). */
  readonly list: {
    readonly operation: OperationName;
    readonly summary: string;
    readonly input: (made: Record<string, unknown>) => Record<string, unknown>;
  };
  /** The operation that deletes one by ARN. */
  readonly delete: OperationName;
  /** Members that may change on their own between two reads (a recording configuration's `state`). */
  readonly volatile: readonly string[];
}

const kind = (
  name: IvsResourceKind,
  shape: string,
  create: OperationName,
  at: string,
  list: ResourceKind['list'],
  extra: Partial<Pick<ResourceKind, 'batch' | 'volatile'>> = {},
): ResourceKind => ({
  kind: name,
  shape,
  create: { operation: create, at },
  get: { operation: `Get${shape}` as OperationName, at },
  batch: extra.batch ?? null,
  list,
  delete: `Delete${shape}` as OperationName,
  volatile: extra.volatile ?? [],
});

/** Every kind of resource the model has, each with its own ARN type. */
export const resourceKinds: readonly ResourceKind[] = [
  kind(
    'channel',
    'Channel',
    'CreateChannel',
    'channel',
    { operation: 'ListChannels', summary: 'ChannelSummary', input: (c) => ({ filterByName: c['name'] }) },
    { batch: { operation: 'BatchGetChannel', at: 'channels' } },
  ),
  kind(
    'stream-key',
    'StreamKey',
    'CreateChannel',
    'streamKey',
    { operation: 'ListStreamKeys', summary: 'StreamKeySummary', input: (k) => ({ channelArn: k['channelArn'] }) },
    { batch: { operation: 'BatchGetStreamKey', at: 'streamKeys' } },
  ),
  kind(
    'recording-configuration',
    'RecordingConfiguration',
    'CreateRecordingConfiguration',
    'recordingConfiguration',
    { operation: 'ListRecordingConfigurations', summary: 'RecordingConfigurationSummary', input: () => ({}) },
    { volatile: ['state'] },
  ),
  kind(
    'playback-restriction-policy',
    'PlaybackRestrictionPolicy',
    'CreatePlaybackRestrictionPolicy',
    'playbackRestrictionPolicy',
    { operation: 'ListPlaybackRestrictionPolicies', summary: 'PlaybackRestrictionPolicySummary', input: () => ({}) },
  ),
  kind('playback-key', 'PlaybackKeyPair', 'ImportPlaybackKeyPair', 'keyPair', {
    operation: 'ListPlaybackKeyPairs',
    summary: 'PlaybackKeyPairSummary',
    input: () => ({}),
  }),
  kind('ad-configuration', 'AdConfiguration', 'CreateAdConfiguration', 'adConfiguration', {
    operation: 'ListAdConfigurations',
    summary: 'AdConfigurationSummary',
    input: () => ({}),
  }),
];

/** The kind a list operation lists, when it lists resources with ARNs. */
export const kindListedBy = (operation: OperationName): ResourceKind | undefined =>
  resourceKinds.find((k) => k.list.operation === operation);

/** The kind named by an ARN shape of the model (`ChannelRecordingConfigurationArn` names a recording configuration). */
export const kindOfArnShape = (shape: string): ResourceKind | undefined =>
  resourceKinds.find((k) => shape.endsWith(`${k.shape}Arn`));

/** A resource a check made: its ARN, the object the create answer returned, and that exchange. */
export interface MadeResource {
  readonly kind: ResourceKind;
  readonly arn: string;
  readonly value: Record<string, unknown>;
  readonly exchange: Exchange;
}

/** Makes resources of every kind for one check, and deletes them again (channels first, live ones taken off air). */
export interface Workbench {
  /** Makes one resource of a kind, tagged with the run id; `input` adds to or replaces the suite's minimal valid request. */
  make(kind: ResourceKind, input?: Record<string, unknown>): Promise<Setup<MadeResource>>;
  /** Puts a channel on the air through the stream control (it goes off again on release). */
  goLive(channelArn: string): Promise<boolean>;
  /** Takes a channel off the air. */
  goOffline(channelArn: string): Promise<boolean>;
  /** Deletes everything made, newest first, so a channel goes before what it references. */
  release(): Promise<void>;
}

/** A fresh P-384 public key in PEM, the only kind ImportPlaybackKeyPair takes (each import needs its own fingerprint). */
const p384PublicKey = (): string =>
  generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** The minimal valid create request of each kind (the run tag and a unique name are added to it). */
async function minimalInput(
  context: CheckContext,
  made: ResourceKind,
  serial: number,
): Promise<Record<string, unknown>> {
  switch (made.kind) {
    case 'recording-configuration':
      return { destinationConfiguration: { s3: { bucketName: 'ivs-contract-conformance' } } };
    case 'playback-restriction-policy':
      return { allowedCountries: ['US'], allowedOrigins: ['https://example.com'] };
    case 'playback-key':
      return { publicKeyMaterial: p384PublicKey() };
    case 'ad-configuration': {
      const account = await context.fixtures.account();
      const arn = `arn:aws:mediatailor:${context.client.region}:${account}:playbackConfiguration/ivsc-${serial}`;
      return { mediaTailorPlaybackConfigurations: [{ playbackConfigurationArn: arn }] };
    }
    default:
      return {};
  }
}

/**
 * Deletes the resources of a kind that carry this run's tag but that the workbench did not make:
 * what earlier checks of the run left for the final cleanup, so that a small quota (3 playback key
 * pairs) leaves room for this check. Resources still in use (409) stay.
 */
async function makeRoom(context: CheckContext, resource: ResourceKind, own: ReadonlySet<string>): Promise<void> {
  const list = resource.list.operation;
  const items = operations[list].paginated?.items ?? '';
  const walk = await walkPages(context.client, list, items, { maxResults: 50 }, 20);
  for (const item of walk.items) {
    const arn = item['arn'];
    if (typeof arn === 'string' && !own.has(arn) && recordAt(item, 'tags')[RUN_TAG_KEY] === context.runId)
      await context.client.call(resource.delete, { arn });
  }
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
      const request = {
        name: context.fixtures.name(`${label}-${serial}`),
        ...(await minimalInput(context, resource, serial)),
        ...input,
        tags: { ...(input['tags'] as Record<string, string> | undefined), ...context.fixtures.runTags },
      };
      let exchange = await context.client.call(resource.create.operation, request);
      if (errorTypeOf(exchange) === 'ServiceQuotaExceededException' && resource.kind !== 'stream-key') {
        await makeRoom(context, resource, new Set(made.map((m) => m.arn)));
        exchange = await context.client.call(resource.create.operation, request);
        if (errorTypeOf(exchange) === 'ServiceQuotaExceededException')
          return {
            ok: false,
            outcome: skip(
              resource.create.operation,
              `setup: the account has no room for another ${resource.kind} (ServiceQuotaExceededException), and none of this run's could be deleted`,
            ),
          };
      }
      const value = recordAt(exchange.json, resource.create.at);
      const arn = value['arn'];
      const violation = expectSuccess(exchange);
      if (violation || typeof arn !== 'string')
        return {
          ok: false,
          outcome: fail(
            resource.create.operation,
            `setup: could not make a ${resource.kind}: ${violation ?? `no ${resource.create.at}.arn in ${describeExchange(exchange)}`}`,
            [exchange],
          ),
        };
      const channelArn = recordAt(exchange.json, 'channel')['arn'];
      if (resource.create.operation === 'CreateChannel' && typeof channelArn === 'string')
        made.push({ operation: 'DeleteChannel', arn: channelArn });
      else made.push({ operation: resource.delete, arn });
      return { ok: true, value: { kind: resource, arn, value, exchange } };
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
