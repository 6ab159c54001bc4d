import fc from 'fast-check';
import { numberKeyword, type JsonSchema } from './json-schema.js';
import { p384PublicKey } from './p384-public-key.js';

/**
 * The one place where generated values get a little semantic help: shapes whose schema alone
 * would give unrealistic values (ARNs, host names, URLs, stream key secrets). Everything else
 * is derived from the schemas without hand-written knowledge.
 */

/** The regions an IVS endpoint existed in at launch, used for realistic ARNs and URLs. */
export const IVS_REGIONS = ['us-west-2', 'us-east-1', 'eu-west-1'] as const;

/** The kinds of resource an IVS ARN can name, as they appear after the account id. */
export type IvsResourceKind =
  | 'channel'
  | 'stream-key'
  | 'recording-configuration'
  | 'playback-key'
  | 'playback-restriction-policy'
  | 'ad-configuration';

/** Where generated ARNs and URLs live; leave a field out to let it vary. */
export interface ArnScope {
  /** A 12-digit account id. */
  readonly accountId?: string;
  /** A region such as `us-west-2`. */
  readonly region?: string;
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A string of `length` ASCII letters and digits, like the 12-character ids in IVS ARNs. */
export function alphanumeric(length: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), minLength: length, maxLength: length });
}

const accountIdArbitrary = (scope: ArnScope): fc.Arbitrary<string> =>
  scope.accountId !== undefined
    ? fc.constant(scope.accountId)
    : fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 12, maxLength: 12 });

const regionArbitrary = (scope: ArnScope): fc.Arbitrary<string> =>
  scope.region !== undefined ? fc.constant(scope.region) : fc.constantFrom(...IVS_REGIONS);

/** Builds the ARN of an IVS resource from its parts. */
export function ivsArn(kind: IvsResourceKind, region: string, accountId: string, id: string): string {
  return `arn:aws:ivs:${region}:${accountId}:${kind}/${id}`;
}

/**
 * Realistic ARNs of one resource kind: mostly with the usual 12-character id, sometimes with an
 * id long enough to land exactly on `maxLength`, so the upper bound is exercised too.
 */
export function arnArbitrary(kind: IvsResourceKind, scope: ArnScope = {}, maxLength = 128): fc.Arbitrary<string> {
  const parts = fc.tuple(regionArbitrary(scope), accountIdArbitrary(scope));
  const usual = fc
    .tuple(parts, alphanumeric(12))
    .map(([[region, accountId], id]) => ivsArn(kind, region, accountId, id));
  // The longest id is cut to whatever room the region and account leave under maxLength.
  const longest = fc.tuple(parts, alphanumeric(maxLength)).map(([[region, accountId], id]) => {
    const room = Math.max(1, maxLength - ivsArn(kind, region, accountId, '').length);
    return ivsArn(kind, region, accountId, id.slice(0, room));
  });
  return fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: longest, weight: 1 });
}

/** How an override is built: from the generic arbitrary, the resolved schema and the ARN scope. */
export type Override = (generic: fc.Arbitrary<unknown>, schema: JsonSchema, scope: ArnScope) => fc.Arbitrary<unknown>;

const mostlyRealistic = (realistic: fc.Arbitrary<unknown>, generic: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: realistic, weight: 4 }, { arbitrary: generic, weight: 1 });

/** Tag keys starting with `aws:` are reserved for AWS (any case), so valid requests never carry them. */
export const isReservedTagKey = (key: string): boolean => key.toLowerCase().startsWith('aws:');

const TAG_WORDS = ['env', 'team', 'project', 'owner', 'cost-center', 'stage', 'app', 'Name'] as const;

const tagKey = (generic: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  mostlyRealistic(
    fc.tuple(fc.constantFrom(...TAG_WORDS), fc.nat({ max: 99 })).map(([word, n]) => (n < 50 ? word : `${word}-${n}`)),
    generic.filter((key) => typeof key !== 'string' || !isReservedTagKey(key)),
  );

const ingestEndpoint = alphanumeric(12).map((id) => `${id.toLowerCase()}.global-contribute.live-video.net`);

const member = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;

const COUNTRIES = ['US', 'CA', 'BR', 'GB', 'DE', 'FR', 'JP', 'IN', 'AU', 'ZA'] as const;

const origin = fc
  .tuple(fc.constantFrom('https', 'http'), alphanumeric(8), fc.constantFrom('example.com', 'example.org'))
  .map(([scheme, host, domain]) => `${scheme}://${host.toLowerCase()}.${domain}`);
/** A web origin exactly 128 characters long (the model's largest), its host split into labels of at most 63. */
const longestOrigin = fc
  .tuple(alphanumeric(54), alphanumeric(53))
  .map(([first, second]) => `https://${first.toLowerCase()}.${second.toLowerCase()}.example.com`);

/**
 * Schema facts (a member path ending, `*` for list items, then the fact) that the overrides leave
 * out on purpose because the service refuses them: the reachability test skips exactly these.
 */
export const excludedByOverrides: readonly string[] = [
  // The service takes exactly one recording destination, and S3 is the only one.
  'destinationConfiguration/s3:absent',
  // An ad configuration must name a MediaTailor playback configuration, by its full ARN.
  'mediaTailorPlaybackConfigurations/*/playbackConfigurationArn:absent',
  'mediaTailorPlaybackConfigurations/*/playbackConfigurationArn:length=1',
  // An empty string names no web origin.
  'allowedOrigins/*:length=0',
];

/** A MediaTailor playback configuration ARN, which an ad configuration must name in its own account and region. */
const mediaTailorArn = (scope: ArnScope, maxLength = 2048): fc.Arbitrary<string> =>
  fc
    .tuple(regionArbitrary(scope), accountIdArbitrary(scope), alphanumeric(10), fc.integer({ min: 1, max: 5 }))
    .map(([region, account, name, pick]) => {
      const arn = `arn:aws:mediatailor:${region}:${account}:playbackConfiguration/`;
      // Now and then the name fills the ARN up to the model's largest length.
      return pick === 1 ? arn + name.padEnd(maxLength - arn.length, 'x') : arn + name;
    });

/**
 * PEM public keys on P-384, the only kind ImportPlaybackKeyPair takes: each from a secret scalar below
 * the curve order (first byte 0x01–0x7f), its point computed by @noble/curves.
 */
const p384PublicKeyPem: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 0x7f }), fc.uint8Array({ minLength: 47, maxLength: 47 }))
  .map(([first, rest]) => p384PublicKey(Uint8Array.from([first, ...rest])).pem);

/** A channel input that keeps the documented rules: `preset` only on ADVANCED_* types; multitrack input only on STANDARD, with `policy`, `maximumResolution` and FRAGMENTED_MP4. */
function keepsChannelRules(input: Record<string, unknown>): boolean {
  const type = typeof input['type'] === 'string' ? input['type'] : 'STANDARD';
  if (input['preset'] !== undefined && !type.startsWith('ADVANCED')) return false;
  const multitrack = input['multitrackInputConfiguration'];
  if (member(multitrack, 'enabled') !== true) return true;
  return (
    type === 'STANDARD' &&
    member(multitrack, 'policy') !== undefined &&
    member(multitrack, 'maximumResolution') !== undefined &&
    input['containerFormat'] === 'FRAGMENTED_MP4'
  );
}

/**
 * Rules the service states across the members of one operation's input, which no schema can say:
 * valid inputs made with the default overrides keep them (UpdateChannel also depends on the
 * channel's current settings, which an input alone cannot know).
 */
export const inputRules: Readonly<Record<string, (input: Record<string, unknown>) => boolean>> = {
  CreateChannel: keepsChannelRules,
  UpdateChannel: keepsChannelRules,
};

/**
 * Overrides by Smithy shape name; each keeps the generic values in the mix at a low weight, except
 * where the service states a rule the schema cannot (cross-member rules, country codes, origins,
 * MediaTailor ARNs): there valid requests must keep it, so the generic values are filtered or replaced.
 */
export const overrides: Readonly<Record<string, Override>> = {
  ChannelArn: (_generic, schema, scope) => arnArbitrary('channel', scope, numberKeyword(schema, 'maxLength')),
  StreamKeyArn: (_generic, schema, scope) => arnArbitrary('stream-key', scope, numberKeyword(schema, 'maxLength')),
  RecordingConfigurationArn: (_generic, schema, scope) =>
    arnArbitrary('recording-configuration', scope, numberKeyword(schema, 'maxLength')),
  PlaybackKeyPairArn: (_generic, schema, scope) =>
    arnArbitrary('playback-key', scope, numberKeyword(schema, 'maxLength')),
  PlaybackRestrictionPolicyArn: (_generic, schema, scope) =>
    arnArbitrary('playback-restriction-policy', scope, numberKeyword(schema, 'maxLength')),
  AdConfigurationArn: (_generic, schema, scope) =>
    arnArbitrary('ad-configuration', scope, numberKeyword(schema, 'maxLength')),
  // A channel's references may also be the empty string, which means none.
  ChannelRecordingConfigurationArn: (_generic, schema, scope) =>
    fc.oneof(fc.constant(''), arnArbitrary('recording-configuration', scope, numberKeyword(schema, 'maxLength'))),
  ChannelPlaybackRestrictionPolicyArn: (_generic, schema, scope) =>
    fc.oneof(fc.constant(''), arnArbitrary('playback-restriction-policy', scope, numberKeyword(schema, 'maxLength'))),
  ChannelAdConfigurationArn: (_generic, schema, scope) =>
    fc.oneof(fc.constant(''), arnArbitrary('ad-configuration', scope, numberKeyword(schema, 'maxLength'))),
  ResourceArn: (generic, schema, scope) =>
    mostlyRealistic(
      fc.oneof(
        arnArbitrary('channel', scope, numberKeyword(schema, 'maxLength')),
        arnArbitrary('stream-key', scope, numberKeyword(schema, 'maxLength')),
      ),
      generic,
    ),
  TagKey: tagKey,
  // The schema leaves every destination optional, but the service takes exactly one, and S3 is the only one.
  ThumbnailConfiguration: (generic) =>
    generic.filter(
      (value) => member(value, 'recordingMode') !== 'DISABLED' || member(value, 'targetIntervalSeconds') === undefined,
    ),
  RenditionConfiguration: (generic) =>
    generic.filter((value) => {
      const renditions = member(value, 'renditions');
      return member(value, 'renditionSelection') !== 'CUSTOM' || (Array.isArray(renditions) && renditions.length > 0);
    }),
  MediaTailorPlaybackConfiguration: (_generic, _schema, scope) =>
    mediaTailorArn(scope).map((arn) => ({ playbackConfigurationArn: arn })),
  MediaTailorPlaybackConfigurationArn: (_generic, _schema, scope) => mediaTailorArn(scope),
  PlaybackPublicKeyMaterial: () => p384PublicKeyPem,
  // A viewer id of only white space names nobody (model/README.md: refused as blank).
  ViewerId: (generic) => generic.filter((value) => typeof value !== 'string' || value.trim() !== ''),
  PlaybackRestrictionPolicyAllowedCountry: () => fc.constantFrom(...COUNTRIES),
  PlaybackRestrictionPolicyAllowedOrigin: () =>
    fc.oneof(
      { arbitrary: fc.constant('*'), weight: 1 },
      { arbitrary: origin, weight: 4 },
      { arbitrary: longestOrigin, weight: 1 },
    ),
  DestinationConfiguration: (generic) =>
    generic.filter((value) => typeof value === 'object' && value !== null && Object.hasOwn(value, 's3')),
  IngestEndpoint: (generic) => mostlyRealistic(ingestEndpoint, generic),
  PlaybackURL: (generic, _schema, scope) =>
    mostlyRealistic(
      fc
        .tuple(regionArbitrary(scope), accountIdArbitrary(scope), alphanumeric(12), alphanumeric(12))
        .map(
          ([region, account, host, id]) =>
            `https://${host.toLowerCase()}.${region}.playback.live-video.net/api/video/v1/${region}.${account}.channel.${id}.m3u8`,
        ),
      generic,
    ),
  StreamKeyValue: (generic, _schema, scope) =>
    mostlyRealistic(
      fc
        .tuple(regionArbitrary(scope), alphanumeric(12), alphanumeric(12))
        .map(([region, a, b]) => `sk_${region}_${a}_${b}`),
      generic,
    ),
};
