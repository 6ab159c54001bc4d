import fc from 'fast-check';
import { operations } from '../../../generated/operations.js';
import type { OperationName } from '../../../generated/types.js';
import { inputArbitrary } from '../arbitraries.js';
import type { IvsResourceKind } from '../overrides.js';
import { always, IvsCommand } from './command.js';
import { expectError, expectSame, expectSuccess, IvsMismatch } from './expect.js';
import { nextVariable, pickArbitrary, referrerOf, resolvePick, type IvsModel, type ModelResource } from './model.js';
import { allPages, expectListed } from './read-commands.js';
import { Expression, paginateCall, sdkCall } from './sdk-call.js';
import { expectAnyClientError, withRunTags, type CommandSettings, type RecordingProgression } from './settings.js';

/** How the commands drive one of the newer resource kinds: its operations, output member and quota. */
export interface ResourceKindSpec {
  /** The ARN resource kind, e.g. `recording-configuration`. */
  readonly kind: IvsResourceKind;
  readonly create: OperationName;
  readonly get: OperationName;
  readonly remove: OperationName;
  readonly list: OperationName;
  /** The operation that changes one in place, for the kinds that have one. */
  readonly update?: OperationName;
  /** The member of the create and get outputs that holds the resource. */
  readonly member: string;
  /** The prefix of variables in printed reproductions. */
  readonly prefix: string;
  /** The documented quota per account and region; one more create is ServiceQuotaExceededException. */
  readonly quota: number;
}

/** The resource kinds whose lifecycle the commands exercise, with their documented quotas (`model/README.md`). */
export const resourceKinds: readonly ResourceKindSpec[] = [
  {
    kind: 'recording-configuration',
    create: 'CreateRecordingConfiguration',
    get: 'GetRecordingConfiguration',
    remove: 'DeleteRecordingConfiguration',
    list: 'ListRecordingConfigurations',
    member: 'recordingConfiguration',
    prefix: 'rc',
    quota: 20,
  },
  {
    kind: 'playback-restriction-policy',
    create: 'CreatePlaybackRestrictionPolicy',
    get: 'GetPlaybackRestrictionPolicy',
    remove: 'DeletePlaybackRestrictionPolicy',
    list: 'ListPlaybackRestrictionPolicies',
    update: 'UpdatePlaybackRestrictionPolicy',
    member: 'playbackRestrictionPolicy',
    prefix: 'p',
    quota: 100,
  },
  {
    kind: 'ad-configuration',
    create: 'CreateAdConfiguration',
    get: 'GetAdConfiguration',
    remove: 'DeleteAdConfiguration',
    list: 'ListAdConfigurations',
    update: 'UpdateAdConfiguration',
    member: 'adConfiguration',
    prefix: 'ad',
    quota: 100,
  },
  {
    kind: 'playback-key',
    create: 'ImportPlaybackKeyPair',
    get: 'GetPlaybackKeyPair',
    remove: 'DeletePlaybackKeyPair',
    list: 'ListPlaybackKeyPairs',
    member: 'keyPair',
    prefix: 'kp',
    quota: 3,
  },
];

const resourcesOf = (model: IvsModel, kind: IvsResourceKind): ModelResource[] => model.resources[kind] ?? [];

const memberOf = (body: unknown, member: string): Record<string, unknown> | undefined => {
  const value = (body as Record<string, unknown>)[member];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
};

/** Checks a resource from the target against the model: ARN, name and tags (absent read as empty when tolerant). */
function expectResource(
  what: string,
  actual: Record<string, unknown> | undefined,
  expected: ModelResource,
  settings: CommandSettings,
): void {
  if (actual === undefined) throw new IvsMismatch(`${what}: the response has no resource`);
  const tolerant = settings.silentPoints === 'tolerant';
  expectSame(
    what,
    {
      arn: actual['arn'],
      name: tolerant ? (actual['name'] ?? '') : actual['name'],
      tags: tolerant ? (actual['tags'] ?? {}) : actual['tags'],
    },
    { arn: expected.arn, name: expected.name, tags: expected.tags },
  );
}

/** The state a new recording configuration starts in under a progression, and the reads it then needs to turn ACTIVE. */
export function initialRecordingState(progression: RecordingProgression): { state: string; readsLeft?: number } {
  if (progression === 'immediate') return { state: 'ACTIVE' };
  if (progression === 'manual') return { state: 'CREATING' };
  return progression.afterReads <= 0 ? { state: 'ACTIVE' } : { state: 'CREATING', readsLeft: progression.afterReads };
}

/** One read of a recording configuration in the model: one step nearer ACTIVE when it progresses by reads. */
function readRecording(resource: ModelResource): void {
  if (resource.state !== 'CREATING' || resource.readsLeft === undefined) return;
  resource.readsLeft -= 1;
  if (resource.readsLeft <= 0) {
    resource.state = 'ACTIVE';
    delete resource.readsLeft;
  }
}

/**
 * Checks the state a recording configuration shows: exactly the model's in emulator mode; in
 * tolerant mode CREATING or ACTIVE while it was last seen CREATING (never back to CREATING once
 * ACTIVE), and the model keeps what was seen.
 */
function expectSeenState(what: string, actual: unknown, resource: ModelResource, settings: CommandSettings): void {
  if (settings.silentPoints !== 'tolerant')
    return void expectSame(`${what} state of ${resource.arn}`, actual, resource.state);
  const allowed =
    resource.state === undefined || resource.state === 'CREATING' ? ['CREATING', 'ACTIVE'] : [resource.state];
  if (!allowed.includes(String(actual)))
    throw new IvsMismatch(`${what}: state ${String(actual)} of ${resource.arn}, expected ${allowed.join(' or ')}`);
  resource.state = String(actual);
}

/** Checks the state a recording configuration shows when read (Get, or listed), after the model has counted the read. */
function expectReadState(what: string, actual: unknown, resource: ModelResource, settings: CommandSettings): void {
  if (settings.silentPoints !== 'tolerant') readRecording(resource);
  expectSeenState(what, actual, resource, settings);
}

function createCommand(
  spec: ResourceKindSpec,
  settings: CommandSettings,
  publicKeys: readonly string[],
): fc.Arbitrary<IvsCommand> {
  const base = inputArbitrary(spec.create, { scope: settings.scope }) as fc.Arbitrary<Record<string, unknown>>;
  const inputs: fc.Arbitrary<Record<string, unknown>> =
    spec.kind === 'playback-key'
      ? fc.tuple(base, fc.constantFrom(...publicKeys)).map(([input, key]) => ({ ...input, publicKeyMaterial: key }))
      : base;
  return inputs.map(
    (generated) =>
      new IvsCommand(spec.create, always, (model) => {
        const tags = withRunTags(generated['tags'] as Record<string, string> | undefined, settings);
        const input = tags === undefined ? generated : { ...generated, tags };
        const variable = nextVariable(model, spec.prefix);
        const existing = resourcesOf(model, spec.kind);
        return {
          line: sdkCall(spec.create, input, variable),
          async perform(target) {
            const response = await target.send(spec.create, input);
            const key = input['publicKeyMaterial'];
            if (typeof key === 'string' && existing.some((r) => r.publicKey === key)) {
              if (settings.silentPoints === 'tolerant') return void expectAnyClientError(spec.create, response);
              return void expectError(spec.create, response, 'ConflictException');
            }
            if (existing.length >= spec.quota)
              return void expectError(spec.create, response, 'ServiceQuotaExceededException');
            const made = memberOf(expectSuccess(spec.create, response), spec.member);
            const arn = made?.['arn'];
            if (typeof arn !== 'string') throw new IvsMismatch(`${spec.create}: the response has no ARN`);
            const expected: ModelResource = {
              ref: `${variable}.${spec.member}.arn`,
              arn,
              name: typeof input['name'] === 'string' ? input['name'] : '',
              tags: { ...(tags ?? {}) },
              ...(typeof key === 'string' ? { publicKey: key } : {}),
            };
            expectResource(spec.create, made, expected, settings);
            if (spec.kind === 'recording-configuration') {
              // Creating is not a read: the new configuration shows the progression's first state.
              if (settings.silentPoints !== 'tolerant')
                Object.assign(
                  expected,
                  initialRecordingState(settings.recordingConfigurationProgression ?? 'immediate'),
                );
              expectSeenState(spec.create, made?.['state'], expected, settings);
            }
            model.resources[spec.kind] = [...existing, expected];
          },
        };
      }),
  );
}

function readOrDelete(spec: ResourceKindSpec, settings: CommandSettings, operation: 'get' | 'remove') {
  const name = spec[operation];
  // A delete aims at a resource some channel refers to one time in three (when there is one), to meet the conflict often.
  const aimAtReferenced = operation === 'remove' ? fc.nat({ max: 2 }).map((n) => n === 0) : fc.constant(false);
  return fc.tuple(pickArbitrary(spec.kind, settings.scope), aimAtReferenced).map(
    ([pick, referencedFirst]) =>
      new IvsCommand(name, always, (model) => {
        const all = resourcesOf(model, spec.kind);
        const referenced = referencedFirst ? all.filter((r) => referrerOf(model, r.arn) !== undefined) : [];
        const resource = resolvePick(referenced.length > 0 ? referenced : all, pick);
        const arn = resource?.arn ?? pick.unknownArn;
        const shown = resource === undefined ? arn : new Expression(resource.ref);
        return {
          line: sdkCall(name, { arn: shown }),
          async perform(target) {
            const response = await target.send(name, { arn });
            if (resource === undefined) return void expectError(name, response, 'ResourceNotFoundException');
            const referrer = operation === 'remove' ? referrerOf(model, arn) : undefined;
            if (referrer !== undefined) {
              // Documented for recording configurations; for policies and ad configurations it is the emulator's choice.
              if (settings.silentPoints === 'tolerant' && spec.kind !== 'recording-configuration')
                return void expectAnyClientError(name, response);
              return void expectError(name, response, 'ConflictException');
            }
            const body = expectSuccess(name, response);
            if (operation === 'get') {
              const found = memberOf(body, spec.member);
              expectResource(name, found, resource, settings);
              if (spec.kind === 'recording-configuration') expectReadState(name, found?.['state'], resource, settings);
            } else {
              model.resources[spec.kind] = resourcesOf(model, spec.kind).filter((r) => r.arn !== arn);
            }
          },
        };
      }),
  );
}

/** Changes a resource in place with a valid generated update; the model follows its name. */
function updateCommand(spec: ResourceKindSpec, operation: OperationName, settings: CommandSettings) {
  const changes = inputArbitrary(operation, { scope: settings.scope }) as fc.Arbitrary<Record<string, unknown>>;
  return fc.tuple(pickArbitrary(spec.kind, settings.scope), changes).map(
    ([pick, generated]) =>
      new IvsCommand(operation, always, (model) => {
        const resource = resolvePick(resourcesOf(model, spec.kind), pick);
        const arn = resource?.arn ?? pick.unknownArn;
        const input: Record<string, unknown> = { ...generated, arn };
        return {
          line: sdkCall(operation, { ...input, arn: resource === undefined ? arn : new Expression(resource.ref) }),
          async perform(target) {
            const response = await target.send(operation, input);
            if (resource === undefined) return void expectError(operation, response, 'ResourceNotFoundException');
            const changed = memberOf(expectSuccess(operation, response), spec.member);
            if (typeof input['name'] === 'string') resource.name = input['name'];
            expectResource(operation, changed, resource, settings);
          },
        };
      }),
  );
}

function listCommand(spec: ResourceKindSpec, settings: CommandSettings): fc.Arbitrary<IvsCommand> {
  const items = operations[spec.list].paginated?.items ?? '';
  return fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }).map(
    (maxResults) =>
      new IvsCommand(spec.list, always, (model) => {
        const input = maxResults === undefined ? {} : { maxResults };
        return {
          line: paginateCall(spec.list, input),
          async perform(target) {
            const summaries = await allPages(target, spec.list, input, (body) => {
              const page = body[items];
              return Array.isArray(page) ? (page as Record<string, unknown>[]) : [];
            });
            const listed = summaries.map((summary) => String(summary['arn']));
            const expected = resourcesOf(model, spec.kind);
            expectListed(
              spec.list,
              listed,
              expected.map((r) => r.arn),
              model,
            );
            // Being listed is a read of each configuration on the pages, which are every one of them.
            if (spec.kind === 'recording-configuration')
              for (const resource of expected)
                expectReadState(
                  spec.list,
                  summaries.find((summary) => summary['arn'] === resource.arn)?.['state'],
                  resource,
                  settings,
                );
          },
        };
      }),
  );
}

/** Options of `resourceCommands`. */
export interface ResourceCommandOptions {
  /** P-384 public keys in PEM for ImportPlaybackKeyPair; without any, no key-pair command is made. */
  readonly playbackPublicKeys?: readonly string[];
}

/**
 * Commands that create, read, list, update (policies and ad configurations) and delete recording configurations, playback restriction
 * policies, ad configurations (when the scope names the target's account and region) and (given
 * public keys) playback key pairs, with their quotas and the refusal of a key imported twice.
 */
export function resourceCommands(
  settings: CommandSettings,
  options: ResourceCommandOptions = {},
): fc.Arbitrary<IvsCommand>[] {
  const keys = options.playbackPublicKeys ?? [];
  // An ad configuration must name MediaTailor configurations of the caller's own account and region.
  const scoped = settings.scope.accountId !== undefined && settings.scope.region !== undefined;
  return resourceKinds
    .filter((spec) => spec.kind !== 'playback-key' || keys.length > 0)
    .filter((spec) => spec.kind !== 'ad-configuration' || scoped)
    .flatMap((spec) => [
      createCommand(spec, settings, keys),
      readOrDelete(spec, settings, 'get'),
      readOrDelete(spec, settings, 'remove'),
      listCommand(spec, settings),
      ...(spec.update === undefined ? [] : [updateCommand(spec, spec.update, settings)]),
    ]);
}
