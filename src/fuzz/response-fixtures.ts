import { operations } from '../../generated/operations.js';
import { shapeSchemas } from '../../generated/schemas.js';
import type { Channel, OperationName, Stream, StreamKey, StreamSession } from '../../generated/types.js';
import { defaultAccountId, defaultPageSizes, defaultRegion, encodePageToken } from '../protocol/conventions.js';
import type { IvsPartitionSnapshot, IvsSnapshot } from '../state/snapshot.js';
import {
  exampleKeyImport,
  fixtures,
  makeAdConfiguration,
  makePlaybackRestrictionPolicy,
  makeRecordingConfiguration,
} from './fixtures.js';
import { seededRandom } from './seeded-random.js';
import { properties, resolveSchema } from './json-schema.js';

/** A request and the answer an implementation holding the snapshot would give to it. */
export interface ResponseFixture {
  /** The operation. */
  readonly operation: OperationName;
  /** The input sent. */
  readonly input: Readonly<Record<string, unknown>>;
  /** The success status. */
  readonly status: number;
  /** The response body; `undefined` for the 204 operations. */
  readonly output: unknown;
  /**
   * True when the answer cannot follow from the snapshot (the new ids of a create or an import,
   * the id of an ad break, a delete of a resource that every one of its kind is referred to by a
   * channel, a request on a channel the data set does not have live): the output is then a
   * realistic example of the success answer, not an exact prediction.
   */
  readonly example: boolean;
}

function firstPage<T>(
  list: keyof typeof defaultPageSizes,
  items: readonly T[],
  key: (item: T) => string,
): { items: T[]; nextToken?: string } {
  const page = items.slice(0, defaultPageSizes[list]);
  const last = page.at(-1);
  return items.length > page.length && last !== undefined
    ? { items: page, nextToken: encodePageToken(list, key(last)) }
    : { items: page };
}

/**
 * The summary of a full object as the model defines it: the members of the summary shape
 * (`ChannelSummary`, `StreamSummary`, …) that the full object has, read from the generated schema.
 */
export function summaryOf(summaryShape: string, full: object): Record<string, unknown> {
  const schema = shapeSchemas[summaryShape];
  if (schema === undefined) throw new Error(`Unknown shape '${summaryShape}': it is not in generated/schemas.ts.`);
  const members = Object.keys(properties(resolveSchema(schema, schema)));
  const record = full as Record<string, unknown>;
  return Object.fromEntries(members.filter((name) => record[name] !== undefined).map((name) => [name, record[name]]));
}

const channelSummary = (c: Channel) => summaryOf('ChannelSummary', c);
const keySummary = (k: StreamKey) => summaryOf('StreamKeySummary', k);
const streamSummary = (s: Stream) => summaryOf('StreamSummary', s);

const fixture = (
  operation: OperationName,
  input: Record<string, unknown>,
  status: number,
  output: unknown,
  example = false,
): ResponseFixture => ({
  operation,
  input,
  status,
  output,
  example,
});

function fixturesOf(p: IvsPartitionSnapshot): ResponseFixture[] {
  const live = new Set(p.streams.map((s) => s.channelArn));
  const channel = p.channels[0];
  const idle = p.channels.find((c) => !live.has(c.arn));
  const stream = p.streams[0];
  const key = p.streamKeys[0];
  const result: ResponseFixture[] = [];
  const channelsPage = firstPage('channels', p.channels, (c) => c.arn ?? '');
  result.push(
    fixture('ListChannels', {}, 200, {
      channels: channelsPage.items.map(channelSummary),
      ...(channelsPage.nextToken === undefined ? {} : { nextToken: channelsPage.nextToken }),
    }),
  );
  const streamsPage = firstPage('streams', p.streams, (s) => s.channelArn ?? '');
  result.push(
    fixture('ListStreams', {}, 200, {
      streams: streamsPage.items.map(streamSummary),
      ...(streamsPage.nextToken === undefined ? {} : { nextToken: streamsPage.nextToken }),
    }),
  );
  const example = fixtures.channel({ seed: p.channels.length + 1, accountId: p.accountId, region: p.region });
  result.push(
    fixture(
      'CreateChannel',
      { name: example.name },
      200,
      { channel: example, streamKey: fixtures.streamKey(example) },
      true,
    ),
  );
  if (channel?.arn !== undefined) {
    const keys = p.streamKeys.filter((k) => k.channelArn === channel.arn);
    const keysPage = firstPage('streamKeys', keys, (k) => k.arn ?? '');
    result.push(fixture('GetChannel', { arn: channel.arn }, 200, { channel }));
    result.push(
      fixture('BatchGetChannel', { arns: p.channels.slice(0, 3).map((c) => c.arn) }, 200, {
        channels: p.channels.slice(0, 3),
        errors: [],
      }),
    );
    result.push(
      fixture('ListStreamKeys', { channelArn: channel.arn }, 200, {
        streamKeys: keysPage.items.map(keySummary),
        ...(keysPage.nextToken === undefined ? {} : { nextToken: keysPage.nextToken }),
      }),
    );
    result.push(fixture('ListTagsForResource', { resourceArn: channel.arn }, 200, { tags: channel.tags ?? {} }));
    result.push(fixture('TagResource', { resourceArn: channel.arn, tags: { fixture: 'yes' } }, 200, {}));
    result.push(
      fixture(
        'UntagResource',
        { resourceArn: channel.arn, tagKeys: Object.keys(channel.tags ?? {}).slice(0, 1) },
        200,
        {},
      ),
    );
    const newKey = fixtures.streamKey(channel, { seed: p.streamKeys.length + 1 });
    // The channel already has its one key, so the example is what a channel without one would get.
    result.push(fixture('CreateStreamKey', { channelArn: channel.arn }, 200, { streamKey: newKey }, true));
  }
  if (idle?.arn !== undefined) {
    result.push(
      fixture('UpdateChannel', { arn: idle.arn, name: 'renamed' }, 200, { channel: { ...idle, name: 'renamed' } }),
    );
    result.push(fixture('DeleteChannel', { arn: idle.arn }, 204, undefined));
  }
  if (key?.arn !== undefined) {
    result.push(fixture('GetStreamKey', { arn: key.arn }, 200, { streamKey: key }));
    result.push(
      fixture('BatchGetStreamKey', { arns: p.streamKeys.slice(0, 3).map((k) => k.arn) }, 200, {
        streamKeys: p.streamKeys.slice(0, 3),
        errors: [],
      }),
    );
    result.push(fixture('DeleteStreamKey', { arn: key.arn }, 204, undefined));
  }
  result.push(...newerResourceFixtures(p), ...createFixtures(p), ...channelActivityFixtures(p));
  if (stream?.channelArn !== undefined) {
    result.push(fixture('GetStream', { channelArn: stream.channelArn }, 200, { stream }));
    result.push(
      fixture(
        'PutMetadata',
        { channelArn: stream.channelArn, metadata: '{"question":"Which team wins?"}' },
        204,
        undefined,
      ),
    );
    result.push(fixture('StopStream', { channelArn: stream.channelArn }, 200, {}));
  }
  return result;
}

/** How the response fixtures read one of the newer resource kinds of a snapshot. */
interface NewerKind {
  readonly items: (p: IvsPartitionSnapshot) => readonly { readonly arn?: string; readonly name?: string }[];
  readonly get: OperationName;
  readonly list: OperationName;
  readonly member: string;
  readonly listMember: string;
  readonly summary: string;
  /** Whether a channel of the snapshot refers to it, so deleting it would be a conflict. */
  readonly referenced: (p: IvsPartitionSnapshot, arn: string) => boolean;
  readonly remove: OperationName;
  /** The operation that renames one in place, for the kinds that have one. */
  readonly update?: OperationName;
}

const newerKinds: readonly NewerKind[] = [
  {
    items: (p) => p.recordingConfigurations ?? [],
    get: 'GetRecordingConfiguration',
    list: 'ListRecordingConfigurations',
    remove: 'DeleteRecordingConfiguration',
    member: 'recordingConfiguration',
    listMember: 'recordingConfigurations',
    summary: 'RecordingConfigurationSummary',
    referenced: (p, arn) => p.channels.some((c) => c.recordingConfigurationArn === arn),
  },
  {
    items: (p) => p.playbackRestrictionPolicies ?? [],
    get: 'GetPlaybackRestrictionPolicy',
    list: 'ListPlaybackRestrictionPolicies',
    remove: 'DeletePlaybackRestrictionPolicy',
    update: 'UpdatePlaybackRestrictionPolicy',
    member: 'playbackRestrictionPolicy',
    listMember: 'playbackRestrictionPolicies',
    summary: 'PlaybackRestrictionPolicySummary',
    referenced: (p, arn) => p.channels.some((c) => c.playbackRestrictionPolicyArn === arn),
  },
  {
    items: (p) => p.adConfigurations ?? [],
    get: 'GetAdConfiguration',
    list: 'ListAdConfigurations',
    remove: 'DeleteAdConfiguration',
    update: 'UpdateAdConfiguration',
    member: 'adConfiguration',
    listMember: 'adConfigurations',
    summary: 'AdConfigurationSummary',
    referenced: (p, arn) => p.channels.some((c) => c.adConfigurationArn === arn),
  },
  {
    items: (p) => p.playbackKeyPairs ?? [],
    get: 'GetPlaybackKeyPair',
    list: 'ListPlaybackKeyPairs',
    remove: 'DeletePlaybackKeyPair',
    member: 'keyPair',
    listMember: 'keyPairs',
    summary: 'PlaybackKeyPairSummary',
    referenced: () => false,
  },
];

/**
 * Get, list (one page of up to 100), rename and delete for each newer resource kind the snapshot
 * holds; the delete is of one no channel refers to, or an example when channels refer to all.
 */
function newerResourceFixtures(p: IvsPartitionSnapshot): ResponseFixture[] {
  const result: ResponseFixture[] = [];
  for (const kind of newerKinds) {
    const items = kind.items(p);
    result.push(
      fixture(kind.list, { maxResults: 100 }, 200, {
        [kind.listMember]: items.map((item) => summaryOf(kind.summary, item)),
      }),
    );
    const first = items[0];
    if (first?.arn === undefined) continue;
    result.push(fixture(kind.get, { arn: first.arn }, 200, { [kind.member]: first }));
    if (kind.update !== undefined)
      result.push(
        fixture(kind.update, { arn: first.arn, name: 'renamed' }, 200, {
          [kind.member]: { ...first, name: 'renamed' },
        }),
      );
    const free = items.find((item) => item.arn !== undefined && !kind.referenced(p, item.arn));
    const removed = free ?? first;
    // Some deletes answer 204 without a body, others 200 with an empty object (the model's success codes).
    const status = operations[kind.remove].successCode;
    result.push(
      fixture(kind.remove, { arn: removed.arn }, status, status === 204 ? undefined : {}, free === undefined),
    );
  }
  return result;
}

/** A create of each newer resource kind: realistic examples, since the new ARN cannot be predicted. */
function createFixtures(p: IvsPartitionSnapshot): ResponseFixture[] {
  const random = seededRandom(p.channels.length + 1);
  const place = { accountId: p.accountId, region: p.region };
  const recording = makeRecordingConfiguration(random, place, (p.recordingConfigurations ?? []).length, 0);
  const policy = makePlaybackRestrictionPolicy(random, place, (p.playbackRestrictionPolicies ?? []).length, 0);
  const ads = makeAdConfiguration(random, place, (p.adConfigurations ?? []).length, 0);
  const key = exampleKeyImport(random, place, (p.playbackKeyPairs ?? []).length);
  return [
    fixture(
      'CreateRecordingConfiguration',
      {
        name: recording.name,
        destinationConfiguration: recording.destinationConfiguration,
        recordingReconnectWindowSeconds: recording.recordingReconnectWindowSeconds,
      },
      200,
      { recordingConfiguration: recording },
      true,
    ),
    fixture(
      'CreatePlaybackRestrictionPolicy',
      {
        name: policy.name,
        allowedCountries: policy.allowedCountries,
        allowedOrigins: policy.allowedOrigins,
        enableStrictOriginEnforcement: policy.enableStrictOriginEnforcement,
      },
      200,
      { playbackRestrictionPolicy: policy },
      true,
    ),
    fixture(
      'CreateAdConfiguration',
      { name: ads.name, mediaTailorPlaybackConfigurations: ads.mediaTailorPlaybackConfigurations },
      200,
      { adConfiguration: ads },
      true,
    ),
    fixture(
      'ImportPlaybackKeyPair',
      { name: key.keyPair.name, publicKeyMaterial: key.publicKeyMaterial },
      200,
      { keyPair: key.keyPair },
      true,
    ),
  ];
}

/** Newest first, as ListStreamSessions orders them; of two that began together, the later one first. */
function newestFirst(sessions: readonly StreamSession[]): StreamSession[] {
  return sessions
    .map((session, index) => ({ session, index }))
    .sort((a, b) => codeUnitCompare(b.session.startTime ?? '', a.session.startTime ?? '') || b.index - a.index)
    .map(({ session }) => session);
}

/** The letters and digits of an ad break id. */
const AD_BREAK_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const codeUnitCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What happens on channels: the stream sessions of the first channel that has any, viewer session
 * revocations on the first channel, and an ad break on a live channel with an ad configuration
 * (an example, as its id is new).
 */
function channelActivityFixtures(p: IvsPartitionSnapshot): ResponseFixture[] {
  const result: ResponseFixture[] = [];
  const sessions = p.streamSessions ?? [];
  const channelArn = sessions[0]?.channel?.arn;
  if (channelArn !== undefined) {
    const own = sessions.filter((session) => session.channel?.arn === channelArn);
    const latest = own.at(-1);
    result.push(fixture('GetStreamSession', { channelArn }, 200, { streamSession: latest }));
    result.push(
      fixture('ListStreamSessions', { channelArn, maxResults: 100 }, 200, {
        // The fixtures record no failures, so no session has an error event.
        streamSessions: newestFirst(own).map((session) => ({
          ...summaryOf('StreamSessionSummary', session),
          hasErrorEvent: false,
        })),
      }),
    );
  }
  const channel = p.channels[0];
  if (channel?.arn !== undefined) {
    result.push(fixture('StartViewerSessionRevocation', { channelArn: channel.arn, viewerId: 'viewer-1' }, 200, {}));
    result.push(
      fixture(
        'BatchStartViewerSessionRevocation',
        {
          viewerSessions: [
            { channelArn: channel.arn, viewerId: 'viewer-1', viewerSessionVersionsLessThanOrEqualTo: 2 },
          ],
        },
        200,
        { errors: [] },
      ),
    );
    const live = new Set(p.streams.map((s) => s.channelArn));
    const showing = p.channels.find((c) => c.adConfigurationArn !== '' && live.has(c.arn));
    const adChannel = showing ?? p.channels.find((c) => c.adConfigurationArn !== '') ?? channel;
    result.push(
      fixture(
        'InsertAdBreak',
        { channelArn: adChannel.arn, durationSeconds: 30 },
        200,
        {
          adBreakId: seededRandom(p.streams.length + 1).text(AD_BREAK_ID_ALPHABET, 12),
        },
        true,
      ),
    );
  }
  return result;
}

/**
 * For a data set, what each operation would answer: a request on the first partition's data and
 * its success response (GetChannel for the first channel, the first page of ListChannels, …),
 * by operation name. Operations that need something the data set lacks (a live stream, a channel)
 * are left out.
 */
export function responseFixtures(snapshot: IvsSnapshot): Partial<Record<OperationName, ResponseFixture>> {
  const partition = snapshot.partitions[0];
  const empty: IvsPartitionSnapshot = {
    accountId: defaultAccountId,
    region: defaultRegion,
    channels: [],
    streamKeys: [],
    streams: [],
  };
  const result: Partial<Record<OperationName, ResponseFixture>> = {};
  for (const entry of fixturesOf(partition ?? empty).sort((a, b) => (a.operation < b.operation ? -1 : 1)))
    result[entry.operation] = entry;
  return result;
}
