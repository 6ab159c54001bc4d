import type { OperationName } from '../../generated/types.js';
import type { ConformanceClient } from './client.js';
import { describeExchange, errorTypeOf, expectSuccess, recordAt } from './expect.js';
import type { Fixtures, Setup } from './fixtures.js';
import { fail, skip } from './outcome.js';
import type { ResourceKind, ResourceTracker } from './resources.js';
import type { Exchange } from './types.js';

/** The kinds of resource that are neither channels nor stream keys: the ones today's API added. */
export type AddedResourceKind = Exclude<ResourceKind, 'channel' | 'stream-key'>;

/** How one added resource kind is created, read, listed, updated and deleted. */
export interface AddedResourceSpec {
  /** The kind, as the resource-type word of its ARN. */
  readonly kind: AddedResourceKind;
  /** A short human name, e.g. `recording configuration`. */
  readonly noun: string;
  /** The name with its article, e.g. `an ad configuration`. */
  readonly aNoun: string;
  /** The operation that makes one. */
  readonly create: OperationName;
  /** The operation that reads one by `arn`. */
  readonly get: OperationName;
  /** The list operation. */
  readonly list: OperationName;
  /** The operation that changes one by `arn`, when the API has one. */
  readonly update?: OperationName;
  /** The operation that deletes one by `arn`. */
  readonly delete: OperationName;
  /** The response member that holds the resource in create, get and update answers. */
  readonly member: string;
  /** The response member that holds the summaries of list answers. */
  readonly listMember: string;
  /** The channel member that references it, when channels can. */
  readonly channelMember?: string;
}

/** The four added resource kinds, each with its operations and members. */
export const addedResources: readonly AddedResourceSpec[] = [
  {
    kind: 'recording-configuration',
    noun: 'recording configuration',
    aNoun: 'a recording configuration',
    create: 'CreateRecordingConfiguration',
    get: 'GetRecordingConfiguration',
    list: 'ListRecordingConfigurations',
    delete: 'DeleteRecordingConfiguration',
    member: 'recordingConfiguration',
    listMember: 'recordingConfigurations',
    channelMember: 'recordingConfigurationArn',
  },
  {
    kind: 'playback-key',
    noun: 'playback key pair',
    aNoun: 'a playback key pair',
    create: 'ImportPlaybackKeyPair',
    get: 'GetPlaybackKeyPair',
    list: 'ListPlaybackKeyPairs',
    delete: 'DeletePlaybackKeyPair',
    member: 'keyPair',
    listMember: 'keyPairs',
  },
  {
    kind: 'playback-restriction-policy',
    noun: 'playback restriction policy',
    aNoun: 'a playback restriction policy',
    create: 'CreatePlaybackRestrictionPolicy',
    get: 'GetPlaybackRestrictionPolicy',
    list: 'ListPlaybackRestrictionPolicies',
    update: 'UpdatePlaybackRestrictionPolicy',
    delete: 'DeletePlaybackRestrictionPolicy',
    member: 'playbackRestrictionPolicy',
    listMember: 'playbackRestrictionPolicies',
    channelMember: 'playbackRestrictionPolicyArn',
  },
  {
    kind: 'ad-configuration',
    noun: 'ad configuration',
    aNoun: 'an ad configuration',
    create: 'CreateAdConfiguration',
    get: 'GetAdConfiguration',
    list: 'ListAdConfigurations',
    update: 'UpdateAdConfiguration',
    delete: 'DeleteAdConfiguration',
    member: 'adConfiguration',
    listMember: 'adConfigurations',
    channelMember: 'adConfigurationArn',
  },
];

/** The spec of one added resource kind. */
export function addedResource(kind: AddedResourceKind): AddedResourceSpec {
  const spec = addedResources.find((s) => s.kind === kind);
  if (!spec) throw new TypeError(`no added resource kind ${kind}`);
  return spec;
}

/** An added resource made for a check. */
export interface CreatedResource {
  readonly arn: string;
  /** The resource as the create answer gave it. */
  readonly resource: Record<string, unknown>;
  /** The input that made it (run tag included). */
  readonly input: Record<string, unknown>;
  readonly exchange: Exchange;
}

/** What the fixtures of added resources need from the run. */
export interface ResourceFixtureContext {
  readonly client: ConformanceClient;
  readonly region: string;
  readonly fixtures: Fixtures;
  /** What the run made so far; when given, a full quota is made room in by deleting what the run made of that kind. */
  readonly resources?: ResourceTracker;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

/**
 * A fresh ECDSA P-384 public key as a PEM `PUBLIC KEY` block, made with WebCrypto (so every run
 * imports a key of its own and no private key is ever written down).
 */
export async function newP384PublicKeyPem(): Promise<string> {
  const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, [
    'sign',
    'verify',
  ]);
  const spki = new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', pair.publicKey));
  const lines = toBase64(spki).match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/** The S3 bucket the suite's recording configurations name (it is not written to). */
export const RECORDING_BUCKET = 'ivs-contract-conformance';

/** A valid create input for an added resource kind, named after `label`, carrying the run tag. */
export async function defaultInput(
  context: ResourceFixtureContext,
  kind: AddedResourceKind,
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
  }
}

/** A MediaTailor playback configuration ARN of the caller's account and region (never looked up by the suite). */
export async function mediaTailorArn(context: ResourceFixtureContext, name: string): Promise<string> {
  return `arn:aws:mediatailor:${context.region}:${await context.fixtures.account()}:playbackConfiguration/${name}`;
}

/**
 * Creates an added resource from its default input (with `extra` members on top); a failure is the
 * finding that explains it. When the kind's quota is full (ServiceQuotaExceededException), what the
 * run made of that kind is deleted and the create tried once more; a quota still full is a skip,
 * since resources outside the run fill it.
 */
export async function createResource(
  context: ResourceFixtureContext,
  kind: AddedResourceKind,
  label: string,
  extra: Readonly<Record<string, unknown>> = {},
): Promise<Setup<CreatedResource>> {
  const spec = addedResource(kind);
  const input = { ...(await defaultInput(context, kind, label)), ...extra };
  let exchange = await context.client.call(spec.create, input);
  if (errorTypeOf(exchange) === 'ServiceQuotaExceededException' && context.resources) {
    for (const arn of context.resources.tracked(kind)) await context.client.call(spec.delete, { arn });
    exchange = await context.client.call(spec.create, input);
    if (errorTypeOf(exchange) === 'ServiceQuotaExceededException')
      return {
        ok: false,
        outcome: skip(
          spec.create,
          `setup: the account's quota of ${spec.noun}s is full with resources this run did not make (${describeExchange(exchange)})`,
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
  return { ok: true, value: { arn, resource, input, exchange } };
}
