import type {
  AdConfiguration,
  Channel,
  PlaybackKeyPair,
  PlaybackRestrictionPolicy,
  RecordingConfiguration,
  Stream,
  StreamKey,
  StreamSession,
  Tags,
} from '../../generated/types.js';
import { shapeValidators } from '../../generated/validators.js';
import { SNAPSHOT_FORMAT, type IvsSnapshot } from '../state/snapshot.js';
import { freshStreamId, makeStreamSessions, MAX_SESSIONS_PER_CHANNEL } from './fixture-sessions.js';
import { ivsArn } from './overrides.js';
import { playbackKeyFingerprint } from '../protocol/playback-public-key.js';
import { p384PublicKey } from './p384-public-key.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';
import { defaultAccountId, defaultRegion } from '../protocol/conventions.js';

/** Options of `generateFixtures`; only `seed` is required. */
export interface FixtureOptions {
  /** The seed: the same seed and options always give the same data set. */
  readonly seed: number;
  /** How many channels (each with its one stream key). Default 5. */
  readonly channels?: number;
  /** How many of the channels are live. Default 1. */
  readonly liveStreams?: number;
  /** How many tags each channel and stream key carries (0..50). Default 2. */
  readonly tagsPerResource?: number;
  /** The 12-digit account id of every ARN. Default `123456789012`. */
  readonly accountId?: string;
  /** The region of every ARN and URL. Default `us-west-2`. */
  readonly region?: string;
  /** How many recording configurations (ACTIVE, recording to S3); every other channel records to one. Default 1. */
  readonly recordingConfigurations?: number;
  /** How many playback restriction policies; every third channel uses one. Default 1. */
  readonly playbackRestrictionPolicies?: number;
  /** How many ad configurations (MediaTailor in the same account and region); every fourth channel uses one. Default 1. */
  readonly adConfigurations?: number;
  /** How many past (ended) broadcasts each channel has, as stream sessions; a live channel also has its open one. Default 1. */
  readonly pastStreamSessions?: number;
  /** How many playback key pairs, each of a real P-384 public key (`fixtures.playbackPublicKey`). Default 1. */
  readonly playbackKeyPairs?: number;
}

/** The most recording configurations, policies or ad configurations of one kind (the emulator's smallest default quota of them). */
export const MAX_FIXTURE_RESOURCES_OF_A_KIND = 20;

/** The most past stream sessions per channel (the emulator keeps 100 per channel, one of which may be live). */
export const MAX_FIXTURE_PAST_SESSIONS = MAX_SESSIONS_PER_CHANNEL - 1;

/** The most playback key pairs (the emulator's default quota of them). */
export const MAX_FIXTURE_PLAYBACK_KEY_PAIRS = 3;

/** The most channels a data set may hold (the emulator's default channel quota). */
export const MAX_FIXTURE_CHANNELS = 5000;
/** The most tags one resource may carry. */
export const MAX_TAGS_PER_RESOURCE = 50;

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const NAME_WORDS = [
  'morning',
  'news',
  'gaming',
  'studio',
  'live',
  'sports',
  'music',
  'talk',
  'lobby',
  'stage',
  'arena',
  'class',
] as const;
const TAG_KEYS = [
  'env',
  'team',
  'project',
  'owner',
  'cost-center',
  'stage',
  'app',
  'tier',
  'region-group',
  'customer',
] as const;
const TAG_VALUES = [
  'prod',
  'staging',
  'dev',
  'video',
  'platform',
  'web',
  'mobile',
  'blue',
  'green',
  'internal',
  'acme',
  'beta',
] as const;
const COUNTRIES = ['US', 'CA', 'BR', 'GB', 'DE', 'FR', 'JP', 'IN', 'AU'] as const;
// Midday on a fixed date, so start times are reproducible and not tied to the clock.
const EPOCH_OF_LIVE = Date.parse('2026-01-15T12:00:00Z');

/** Why fixture options cannot be used, as one line; `undefined` when they are fine. */
export function checkFixtureOptions(options: FixtureOptions): string | undefined {
  const count = (name: string, value: number | undefined, max: number): string | undefined =>
    value === undefined || (Number.isInteger(value) && value >= 0 && value <= max)
      ? undefined
      : `${name} must be a whole number from 0 to ${max} (got ${value})`;
  if (!Number.isInteger(options.seed)) return `seed must be a whole number (got ${options.seed})`;
  const channels = options.channels ?? 5;
  return (
    count('channels', options.channels, MAX_FIXTURE_CHANNELS) ??
    count('liveStreams', options.liveStreams, channels) ??
    count('tagsPerResource', options.tagsPerResource, MAX_TAGS_PER_RESOURCE) ??
    count('recordingConfigurations', options.recordingConfigurations, MAX_FIXTURE_RESOURCES_OF_A_KIND) ??
    count('playbackRestrictionPolicies', options.playbackRestrictionPolicies, MAX_FIXTURE_RESOURCES_OF_A_KIND) ??
    count('adConfigurations', options.adConfigurations, MAX_FIXTURE_RESOURCES_OF_A_KIND) ??
    count('pastStreamSessions', options.pastStreamSessions, MAX_FIXTURE_PAST_SESSIONS) ??
    count('playbackKeyPairs', options.playbackKeyPairs, MAX_FIXTURE_PLAYBACK_KEY_PAIRS) ??
    (options.accountId === undefined || /^\d{12}$/.test(options.accountId)
      ? undefined
      : `accountId must be 12 digits (got ${options.accountId})`) ??
    (options.region === undefined || /^[a-z]{2}(-[a-z]+)+-\d$/.test(options.region)
      ? undefined
      : `region must look like ${defaultRegion} (got ${options.region})`)
  );
}

function tagsFor(random: SeededRandom, count: number): Tags {
  const tags: Record<string, string> = {};
  for (let i = 0; Object.keys(tags).length < count; i += 1) {
    // The vocabulary runs out at ten keys; later keys get a number so any count up to 50 fits.
    const key = i < TAG_KEYS.length ? random.pick(TAG_KEYS) : `${random.pick(TAG_KEYS)}-${i}`;
    tags[key] ??= random.pick(TAG_VALUES);
  }
  return tags;
}

/** The account and region a data set lives in. */
export interface Place {
  readonly accountId: string;
  readonly region: string;
}

/** A 12-character resource id not in `used` (which it joins), so no two ARNs of one data set are equal. */
function freshId(random: SeededRandom, used: Set<string>): string {
  let id = random.text(ALPHANUMERIC, 12);
  while (used.has(id)) id = random.text(ALPHANUMERIC, 12);
  used.add(id);
  return id;
}

/** FNV-1a of a string: mixes a channel's ARN into the seed of its one-off stream key. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The resources a channel refers to; an empty string is none, as the API writes it. */
interface ChannelReferences {
  readonly recordingConfigurationArn: string;
  readonly playbackRestrictionPolicyArn: string;
  readonly adConfigurationArn: string;
}

const NO_REFERENCES: ChannelReferences = {
  recordingConfigurationArn: '',
  playbackRestrictionPolicyArn: '',
  adConfigurationArn: '',
};

/** A realistic channel with its own ids, addresses (RTMPS and SRT) and tags, with every member the API returns. */
function makeChannel(
  random: SeededRandom,
  place: Place,
  index: number,
  tagCount: number,
  references: ChannelReferences = NO_REFERENCES,
  used: Set<string> = new Set(),
): Channel {
  const id = freshId(random, used);
  const ingestId = random.text(LOWER_ALPHANUMERIC, 12);
  return {
    arn: ivsArn('channel', place.region, place.accountId, id),
    name: `${random.pick(NAME_WORDS)}-${random.pick(NAME_WORDS)}-${index + 1}`,
    latencyMode: random.next() < 0.7 ? 'LOW' : 'NORMAL',
    type: random.next() < 0.8 ? 'STANDARD' : 'BASIC',
    recordingConfigurationArn: references.recordingConfigurationArn,
    ingestEndpoint: `${ingestId}.global-contribute.live-video.net`,
    playbackUrl: `https://${ingestId}.${place.region}.playback.live-video.net/api/video/v1/${place.region}.${place.accountId}.channel.${id}.m3u8`,
    authorized: references.playbackRestrictionPolicyArn !== '',
    tags: tagsFor(random, tagCount),
    insecureIngest: false,
    srt: { endpoint: `${ingestId}.srt.live-video.net`, passphrase: random.text(ALPHANUMERIC, 32) },
    playbackRestrictionPolicyArn: references.playbackRestrictionPolicyArn,
    containerFormat: 'TS',
    adConfigurationArn: references.adConfigurationArn,
  };
}

/** An ACTIVE recording configuration that records to an S3 bucket, with the service's defaults spelled out. */
export function makeRecordingConfiguration(
  random: SeededRandom,
  place: Place,
  index: number,
  tagCount: number,
): RecordingConfiguration {
  return {
    arn: ivsArn('recording-configuration', place.region, place.accountId, random.text(ALPHANUMERIC, 12)),
    name: `recordings-${random.pick(NAME_WORDS)}-${index + 1}`,
    destinationConfiguration: { s3: { bucketName: `ivs-recordings-${random.text(LOWER_ALPHANUMERIC, 8)}` } },
    state: 'ACTIVE',
    tags: tagsFor(random, tagCount),
    thumbnailConfiguration: { recordingMode: 'INTERVAL', targetIntervalSeconds: 60, storage: ['SEQUENTIAL'] },
    recordingReconnectWindowSeconds: random.pick([0, 0, 30, 60]),
    renditionConfiguration: { renditionSelection: 'ALL' },
  };
}

/** A playback restriction policy that allows a few countries and one web origin. */
export function makePlaybackRestrictionPolicy(
  random: SeededRandom,
  place: Place,
  index: number,
  tagCount: number,
): PlaybackRestrictionPolicy {
  const countries = [...new Set([random.pick(COUNTRIES), random.pick(COUNTRIES)])].sort();
  return {
    arn: ivsArn('playback-restriction-policy', place.region, place.accountId, random.text(ALPHANUMERIC, 12)),
    allowedCountries: countries,
    allowedOrigins: [`https://${random.pick(NAME_WORDS)}.example.com`],
    enableStrictOriginEnforcement: random.next() < 0.5,
    name: `policy-${random.pick(NAME_WORDS)}-${index + 1}`,
    tags: tagsFor(random, tagCount),
  };
}

/** An ad configuration over one MediaTailor playback configuration of the same account and region. */
export function makeAdConfiguration(
  random: SeededRandom,
  place: Place,
  index: number,
  tagCount: number,
): AdConfiguration {
  return {
    arn: ivsArn('ad-configuration', place.region, place.accountId, random.text(ALPHANUMERIC, 12)),
    name: `ads-${random.pick(NAME_WORDS)}-${index + 1}`,
    mediaTailorPlaybackConfigurations: [
      {
        playbackConfigurationArn: `arn:aws:mediatailor:${place.region}:${place.accountId}:playbackConfiguration/${random.pick(NAME_WORDS)}-${index + 1}`,
      },
    ],
    postRollConfiguration: { enabled: false, durationSeconds: 15 },
    tags: tagsFor(random, tagCount),
  };
}

/** The stream key of a channel, with its secret value. */
function makeStreamKey(
  random: SeededRandom,
  place: Place,
  channel: Channel,
  tagCount: number,
  used: Set<string> = new Set(),
): StreamKey {
  return {
    arn: ivsArn('stream-key', place.region, place.accountId, freshId(random, used)),
    value: `sk_${place.region}_${random.text(ALPHANUMERIC, 12)}_${random.text(ALPHANUMERIC, 12)}`,
    channelArn: channel.arn ?? '',
    tags: tagsFor(random, tagCount),
  };
}

/** A live stream on a channel that started some minutes before the fixed reference time, with a stream id not in `usedIds`. */
function makeStream(random: SeededRandom, channel: Channel, usedIds: Set<string> = new Set()): Stream {
  const started = new Date(EPOCH_OF_LIVE - random.integer(1, 600) * 60_000);
  return {
    channelArn: channel.arn ?? '',
    streamId: freshStreamId(random, usedIds),
    playbackUrl: channel.playbackUrl ?? '',
    startTime: started.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    state: 'LIVE',
    health: random.next() < 0.8 ? 'HEALTHY' : random.pick(['STARVING', 'UNKNOWN'] as const),
    viewerCount: random.integer(0, 25_000),
  };
}

/**
 * A public key no data set of `generateFixtures` holds (its secret comes from another derivation
 * than theirs) and the key pair ImportPlaybackKeyPair would make of it, for response fixtures.
 */
export function exampleKeyImport(
  random: SeededRandom,
  place: Place,
  index: number,
): { publicKeyMaterial: string; keyPair: PlaybackKeyPair } {
  const key = p384PublicKey(p384Secret(`example-playback-key:${index}`));
  return {
    publicKeyMaterial: key.pem,
    keyPair: {
      arn: ivsArn('playback-key', place.region, place.accountId, random.text(ALPHANUMERIC, 12)),
      name: `viewer-tokens-${index + 1}`,
      fingerprint: playbackKeyFingerprint(key.der),
      tags: {},
    },
  };
}

/** A P-384 secret scalar derived from a label: 48 seeded bytes, the first 0x01–0x7f so it is below the curve order. */
function p384Secret(label: string): Uint8Array {
  const random = seededRandom(hashOf(label));
  return Uint8Array.from({ length: 48 }, (_, i) => (i === 0 ? random.integer(1, 0x7f) : random.integer(0, 255)));
}

/** The secret scalar of the n-th fixture key of a seed. */
const playbackSecret = (seed: number, index: number): Uint8Array => p384Secret(`playback-key:${seed}:${index}`);

/** A playback key pair whose fingerprint is that of the `index`-th fixture public key of the seed. */
function makePlaybackKeyPair(
  random: SeededRandom,
  place: Place,
  seed: number,
  index: number,
  tagCount: number,
): PlaybackKeyPair {
  return {
    arn: ivsArn('playback-key', place.region, place.accountId, random.text(ALPHANUMERIC, 12)),
    name: `viewer-tokens-${random.pick(NAME_WORDS)}-${index + 1}`,
    fingerprint: playbackKeyFingerprint(p384PublicKey(playbackSecret(seed, index)).der),
    tags: tagsFor(random, tagCount),
  };
}

function assertValid(shape: string, value: unknown): void {
  const validate = shapeValidators[shape];
  if (validate !== undefined && !validate(value)) {
    throw new Error(`generated ${shape} breaks its schema: ${JSON.stringify(validate.errors)}`);
  }
}

/** Plain string order (UTF-16 code units), the order the list operations use. */
export const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byArn = <T extends { readonly arn?: string }>(a: T, b: T): number => codeUnitOrder(a.arn ?? '', b.arn ?? '');

/**
 * A realistic, referentially consistent data set for one account and region: channels with
 * their stream keys and tags, live streams on some of them, stream sessions of their past
 * broadcasts (and of the live ones), recording configurations, playback restriction policies and
 * ad configurations that channels refer to, and playback key pairs of real P-384 public keys.
 * Every object passes its shape validator and the same options always give the same snapshot,
 * ready for `store.restore()`.
 * @example generateFixtures({ seed: 42, channels: 25, liveStreams: 3 })
 */
export function generateFixtures(options: FixtureOptions): IvsSnapshot {
  const problem = checkFixtureOptions(options);
  if (problem !== undefined) throw new RangeError(problem);
  const random = seededRandom(options.seed);
  const place: Place = { accountId: options.accountId ?? defaultAccountId, region: options.region ?? defaultRegion };
  const tagCount = options.tagsPerResource ?? 2;
  const several = <T>(count: number, make: (index: number) => T): T[] =>
    Array.from({ length: count }, (_, index) => make(index));
  const recordingConfigurations = several(options.recordingConfigurations ?? 1, (i) =>
    makeRecordingConfiguration(random, place, i, tagCount),
  );
  const playbackRestrictionPolicies = several(options.playbackRestrictionPolicies ?? 1, (i) =>
    makePlaybackRestrictionPolicy(random, place, i, tagCount),
  );
  const adConfigurations = several(options.adConfigurations ?? 1, (i) =>
    makeAdConfiguration(random, place, i, tagCount),
  );
  const channels: Channel[] = [];
  const streamKeys: StreamKey[] = [];
  const used = new Set<string>();
  for (let index = 0; index < (options.channels ?? 5); index += 1) {
    // Every other channel records, every third is restricted and every fourth shows ads, so each kind of reference is present.
    const recording =
      index % 2 === 0 ? recordingConfigurations[(index / 2) % recordingConfigurations.length] : undefined;
    const policy =
      index % 3 === 1 ? playbackRestrictionPolicies[((index - 1) / 3) % playbackRestrictionPolicies.length] : undefined;
    const ads = index % 4 === 3 ? adConfigurations[((index - 3) / 4) % adConfigurations.length] : undefined;
    const channel = makeChannel(
      random,
      place,
      index,
      tagCount,
      {
        recordingConfigurationArn: recording?.arn ?? '',
        playbackRestrictionPolicyArn: policy?.arn ?? '',
        adConfigurationArn: ads?.arn ?? '',
      },
      used,
    );
    channels.push(channel);
    streamKeys.push(makeStreamKey(random, place, channel, tagCount, used));
  }
  // Live streams go to a seeded choice of distinct channels.
  const streamIds = new Set<string>();
  const order = channels.map((channel) => ({ channel, rank: random.next() })).sort((a, b) => a.rank - b.rank);
  const streams = order
    .slice(0, options.liveStreams ?? Math.min(1, channels.length))
    .map(({ channel }) => makeStream(random, channel, streamIds));
  channels.sort(byArn);
  streamKeys.sort(byArn);
  streams.sort((a, b) => codeUnitOrder(a.channelArn ?? '', b.channelArn ?? ''));
  // Sessions by channel in ARN order, oldest first, as the emulator lists them in a snapshot.
  const streamSessions: StreamSession[] = channels.flatMap((channel) =>
    makeStreamSessions(
      random,
      {
        channel,
        recording: recordingConfigurations.find((r) => r.arn === channel.recordingConfigurationArn),
        live: streams.find((stream) => stream.channelArn === channel.arn),
        past: options.pastStreamSessions ?? 1,
        now: EPOCH_OF_LIVE,
      },
      streamIds,
    ),
  );
  const playbackKeyPairs = several(options.playbackKeyPairs ?? 1, (i) =>
    makePlaybackKeyPair(random, place, options.seed, i, tagCount),
  );
  for (const channel of channels) assertValid('Channel', channel);
  for (const key of streamKeys) assertValid('StreamKey', key);
  for (const stream of streams) assertValid('Stream', stream);
  for (const session of streamSessions) assertValid('StreamSession', session);
  for (const list of [recordingConfigurations, playbackRestrictionPolicies, adConfigurations, playbackKeyPairs])
    list.sort(byArn);
  for (const item of recordingConfigurations) assertValid('RecordingConfiguration', item);
  for (const item of playbackRestrictionPolicies) assertValid('PlaybackRestrictionPolicy', item);
  for (const item of adConfigurations) assertValid('AdConfiguration', item);
  for (const item of playbackKeyPairs) assertValid('PlaybackKeyPair', item);
  const empty =
    channels.length +
      recordingConfigurations.length +
      playbackRestrictionPolicies.length +
      adConfigurations.length +
      playbackKeyPairs.length ===
    0;
  return {
    format: SNAPSHOT_FORMAT,
    partitions: empty
      ? []
      : [
          {
            ...place,
            channels,
            streamKeys,
            streams,
            recordingConfigurations,
            playbackRestrictionPolicies,
            adConfigurations,
            playbackKeyPairs,
            streamSessions,
          },
        ],
  };
}

/** One-off fixture objects for tests that need a single realistic value rather than a data set. */
export const fixtures = {
  /** A realistic channel (no tags unless asked), the same for the same seed. */
  channel(options: { readonly seed?: number; readonly tags?: number } & Partial<Place> = {}): Channel {
    const random = seededRandom(options.seed ?? 1);
    return makeChannel(
      random,
      { accountId: options.accountId ?? defaultAccountId, region: options.region ?? defaultRegion },
      0,
      options.tags ?? 0,
    );
  },
  /**
   * The stream key of a channel (account and region taken from the channel's ARN); keys of
   * different channels get different ARNs, as the channel's ARN is mixed into the seed.
   */
  streamKey(channel: Channel, options: { readonly seed?: number; readonly tags?: number } = {}): StreamKey {
    const [, , , region = defaultRegion, accountId = defaultAccountId] = (channel.arn ?? '').split(':');
    const random = seededRandom((options.seed ?? 1) ^ hashOf(channel.arn ?? ''));
    return makeStreamKey(random, { accountId, region }, channel, options.tags ?? 0);
  },
  /** A live stream on a channel. */
  stream(channel: Channel, options: { readonly seed?: number } = {}): Stream {
    return makeStream(seededRandom(options.seed ?? 1), channel);
  },
  /**
   * A real P-384 public key in PEM, as ImportPlaybackKeyPair takes it, the same for the same seed
   * and index; the `index`-th playback key pair of `generateFixtures({ seed })` holds its fingerprint.
   * @example ivsCommands({ playbackPublicKeys: [0, 1, 2, 3].map((index) => fixtures.playbackPublicKey({ index })) })
   */
  playbackPublicKey(options: { readonly seed?: number; readonly index?: number } = {}): string {
    return p384PublicKey(playbackSecret(options.seed ?? 1, options.index ?? 0)).pem;
  },
};
