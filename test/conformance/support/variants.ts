import {
  errorReply,
  errorTypeOf,
  jsonReply,
  parseBody,
  withJson,
  withRequestJson,
  type ProxiedResponse,
} from './rewriting-proxy.js';
import { pagesByPosition } from './list-variants.js';
import { answerGhosts, dropAnsweredMember, dropColorTag, isSuccess, records } from './rewrites.js';
import type { BenignVariant, PlantedBug } from './variant.js';

export type { BenignVariant, PlantedBug } from './variant.js';

const renameError = (response: ProxiedResponse, from: string, status: number, type: string): ProxiedResponse =>
  errorTypeOf(response) === from ? errorReply(status, type) : response;

/** Remembers stream keys and channels that passed through, to answer for them after they were deleted. */
function ghosts() {
  const keys = new Map<string, Record<string, unknown>>();
  const channels = new Map<string, Record<string, unknown>>();
  const deletedChannels = new Set<string>();
  const deletedKeys = new Set<string>();
  return {
    learn(operation: string | null, requestBody: string, response: ProxiedResponse): void {
      const body = parseBody(response.body) ?? {};
      const request = parseBody(requestBody) ?? {};
      if (!isSuccess(response)) return;
      if (operation === 'CreateChannel') {
        const channel = body['channel'] as Record<string, unknown>;
        const key = body['streamKey'] as Record<string, unknown>;
        channels.set(String(channel['arn']), channel);
        keys.set(String(key['arn']), key);
      }
      if (operation === 'DeleteChannel') deletedChannels.add(String(request['arn']));
      if (operation === 'DeleteStreamKey') deletedKeys.add(String(request['arn']));
    },
    keyOfDeletedChannel(arn: string): Record<string, unknown> | undefined {
      const key = keys.get(arn);
      return key && deletedChannels.has(String(key['channelArn'])) ? key : undefined;
    },
    deletedKey: (arn: string) => (deletedKeys.has(arn) ? keys.get(arn) : undefined),
    deletedChannel: (arn: string) => (deletedChannels.has(arn) ? channels.get(arn) : undefined),
  };
}

/** Planted bugs, one per row: the variant and the check that must report it. */
export const plantedBugs: readonly PlantedBug[] = [
  {
    name: 'ListChannels leaves out the required channels member',
    caughtBy: 'responseSchemaConformance',
    rewrite: () => ({
      response: (q, r) => (q.operation === 'ListChannels' ? withJson(r, ({ channels: _dropped, ...rest }) => rest) : r),
    }),
  },
  {
    name: 'GetChannel answers a latencyMode outside the enum',
    caughtBy: 'responseSchemaConformance',
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'GetChannel'
          ? withJson(r, (b) => ({ ...b, channel: { ...(b['channel'] as object), latencyMode: 'low' } }))
          : r,
    }),
  },
  {
    name: 'GetChannel leaves out latencyMode',
    caughtBy: 'channelLifecycle',
    rewrite: () => dropAnsweredMember('GetChannel', 'channel', 'latencyMode'),
  },
  {
    name: 'GetChannel stops returning playbackUrl, which CreateChannel returned',
    caughtBy: 'crossOperationConsistency',
    blames: /^after CreateChannel: GetChannel leaves out playbackUrl, which CreateChannel returned as "/,
    rewrite: () => dropAnsweredMember('GetChannel', 'channel', 'playbackUrl', true),
  },
  {
    name: 'ListChannels summaries keep the latencyMode from before an update',
    caughtBy: 'crossOperationConsistency',
    blames: /^after UpdateChannel: latencyMode: UpdateChannel returned "LOW", ListChannels returned "NORMAL"$/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ListChannels'
          ? withJson(r, (b) => ({
              ...b,
              channels: records(b['channels']).map((c) => ({ ...c, latencyMode: 'NORMAL' })),
            }))
          : r,
    }),
  },
  {
    name: 'ServiceQuotaExceededException comes with status 400',
    caughtBy: 'oneStreamKeyPerChannel',
    blames:
      /^CreateStreamKey answered ServiceQuotaExceededException in the wrong shape: ServiceQuotaExceededException must have status 402, got 400$/,
    rewrite: () => ({
      response: (_q, r) => renameError(r, 'ServiceQuotaExceededException', 400, 'ServiceQuotaExceededException'),
    }),
  },
  {
    name: 'DeleteChannel answers 200 with a body instead of 204',
    caughtBy: 'statusCodeConformance',
    rewrite: () => ({
      response: (q, r) => (q.operation === 'DeleteChannel' && r.status === 204 ? jsonReply(200, {}) : r),
    }),
  },
  {
    name: 'success bodies are labelled text/plain',
    caughtBy: 'contentTypeConformance',
    rewrite: () => ({
      response: (_q, r) =>
        isSuccess(r) && r.body !== '' ? { ...r, headers: { ...r.headers, 'content-type': 'text/plain' } } : r,
    }),
  },
  {
    name: 'ResourceNotFoundException is named NotFoundException',
    caughtBy: 'errorConformance',
    rewrite: () => ({ response: (_q, r) => renameError(r, 'ResourceNotFoundException', 404, 'NotFoundException') }),
  },
  {
    name: 'ResourceNotFoundException comes with status 400',
    caughtBy: 'errorConformance',
    rewrite: () => ({
      response: (_q, r) => renameError(r, 'ResourceNotFoundException', 400, 'ResourceNotFoundException'),
    }),
  },
  {
    name: 'error bodies use message instead of exceptionMessage',
    caughtBy: 'errorConformance',
    rewrite: () => ({
      response: (_q, r) =>
        r.status >= 400 ? withJson(r, ({ exceptionMessage, ...rest }) => ({ ...rest, message: exceptionMessage })) : r,
    }),
  },
  {
    name: 'tag operations answer the undeclared AccessDeniedException',
    caughtBy: 'errorConformance',
    rewrite: () => ({
      response: (q, r) =>
        q.path.startsWith('/tags/') ? renameError(r, 'ResourceNotFoundException', 403, 'AccessDeniedException') : r,
    }),
  },
  {
    name: 'CreateChannel skips validation',
    caughtBy: 'invalidInputRejected',
    rewrite: () => ({ request: (q) => (q.operation === 'CreateChannel' ? { ...q, body: '{}' } : q) }),
  },
  {
    name: 'ListChannels crashes with a 500 on a nextToken that is not a string',
    caughtBy: 'invalidInputRejected',
    blames: /^nextToken broken alone \(\/nextToken: .* breaks type\): the server failed with 500/,
    rewrite: () => ({
      request: (q) => {
        const token = parseBody(q.body)?.['nextToken'];
        return q.operation === 'ListChannels' && token !== undefined && typeof token !== 'string'
          ? errorReply(500, 'InternalServerException')
          : q;
      },
    }),
  },
  {
    name: 'ListChannels takes maxResults 0 as "no limit" (an off-by-one in validation)',
    caughtBy: 'invalidInputRejected',
    blames:
      /^maxResults broken alone \(\/maxResults: 0 breaks minimum\): expected 400 ValidationException, got POST \/ListChannels → 200/,
    rewrite: () => ({
      request: (q) =>
        q.operation === 'ListChannels' && parseBody(q.body)?.['maxResults'] === 0
          ? withRequestJson(q, ({ maxResults: _dropped, ...rest }) => rest)
          : q,
    }),
  },
  {
    name: 'ListChannels refuses every nextToken (400 InvalidToken) and does not check maxResults',
    caughtBy: 'invalidInputRejected',
    // The plan sends maxResults alone, so the broken member is the one blamed, not a random page token.
    blames:
      /^maxResults broken alone \(\/maxResults: 0 breaks minimum\): expected 400 ValidationException, got POST \/ListChannels → 200$/,
    rewrite: () => ({
      request: (q) => {
        if (q.operation !== 'ListChannels') return q;
        const body = parseBody(q.body) ?? {};
        if (body['nextToken'] !== undefined) return errorReply(400, 'InvalidToken');
        const { maxResults, ...rest } = body;
        return typeof maxResults === 'number' && maxResults < 1 ? { ...q, body: JSON.stringify(rest) } : q;
      },
    }),
  },
  {
    name: 'BatchGetChannel without arns crashes with a 500 once the account holds a channel',
    caughtBy: 'invalidInputRejected',
    blames: /^arns broken alone \(\/arns: required member is missing\): the server failed with 500/,
    rewrite: () => {
      const live = new Set<string>();
      return {
        request: (q) =>
          q.operation === 'BatchGetChannel' && live.size > 0 && parseBody(q.body)?.['arns'] === undefined
            ? errorReply(500, 'InternalServerException')
            : q,
        response: (q, r) => {
          if (isSuccess(r) && q.operation === 'CreateChannel')
            live.add(String(Object(parseBody(r.body)?.['channel'])['arn']));
          if (isSuccess(r) && q.operation === 'DeleteChannel') live.delete(String(parseBody(q.body)?.['arn']));
          return r;
        },
      };
    },
  },
  {
    name: 'GetStreamKey is not implemented (an HTML 404)',
    caughtBy: 'operationsImplemented',
    blames: /^GetStreamKey is not implemented/,
    rewrite: () => ({
      request: (q) =>
        q.operation === 'GetStreamKey' ? { status: 404, headers: { 'content-type': 'text/html' }, body: '<html/>' } : q,
    }),
  },
  {
    name: 'CreateChannel refuses the valid type BASIC',
    caughtBy: 'validInputAccepted',
    rewrite: () => ({
      request: (q) =>
        q.operation === 'CreateChannel' && parseBody(q.body)?.['type'] === 'BASIC'
          ? errorReply(400, 'ValidationException')
          : q,
    }),
  },
  {
    name: 'UpdateChannel answers with the change but does not store it',
    caughtBy: 'channelLifecycle',
    rewrite: () => ({
      request: (q) =>
        q.operation === 'UpdateChannel'
          ? {
              ...q,
              path: '/GetChannel',
              headers: { ...q.headers, 'x-planted-update': q.body },
              body: JSON.stringify({ arn: parseBody(q.body)?.['arn'] }),
            }
          : q,
      response: (q, r) => {
        const update = q.headers['x-planted-update'];
        return update === undefined
          ? r
          : withJson(r, (b) => ({ ...b, channel: { ...(b['channel'] as object), ...parseBody(update) } }));
      },
    }),
  },
  {
    name: 'a deleted channel can still be read',
    caughtBy: 'channelLifecycle',
    rewrite: () => {
      const seen = ghosts();
      return answerGhosts('GetChannel', 'channel', seen, seen.deletedChannel);
    },
  },
  {
    name: 'CreateChannel defaults latencyMode to NORMAL',
    caughtBy: 'channelDefaults',
    rewrite: () => ({
      request: (q) =>
        q.operation === 'CreateChannel' ? withRequestJson(q, (b) => ({ latencyMode: 'NORMAL', ...b })) : q,
    }),
  },
  {
    name: 'CreateChannel without a name answers "name": null',
    caughtBy: 'channelDefaults',
    blames: /^default name is null, expected ""/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'CreateChannel' && isSuccess(r) && parseBody(q.body)?.['name'] === undefined
          ? withJson(r, (b) => ({ ...b, channel: { ...(b['channel'] as object), name: null } }))
          : r,
    }),
  },
  {
    name: "CreateChannel's stream key names another channel",
    caughtBy: 'arnFormats',
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'CreateChannel' && isSuccess(r)
          ? withJson(r, (b) => ({
              ...b,
              streamKey: {
                ...(b['streamKey'] as object),
                channelArn: 'arn:aws:ivs:us-west-2:123456789012:channel/elsewhere0000',
              },
            }))
          : r,
    }),
  },
  {
    name: 'a second stream key is allowed',
    caughtBy: 'oneStreamKeyPerChannel',
    rewrite: () => ({
      response: (q, r) => {
        if (q.operation !== 'CreateStreamKey' || r.status !== 402) return r;
        const channelArn = String(parseBody(q.body)?.['channelArn']);
        return jsonReply(200, {
          streamKey: { arn: channelArn.replace(':channel/', ':stream-key/'), value: 'sk_second', channelArn, tags: {} },
        });
      },
    }),
  },
  {
    name: 'a second stream key is answered by a bare 404',
    caughtBy: 'oneStreamKeyPerChannel',
    blames: /^a second stream key: expected 402 ServiceQuotaExceededException .*, got POST \/CreateStreamKey → 404$/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'CreateStreamKey' && r.status === 402 ? { status: 404, headers: {}, body: '' } : r,
    }),
  },
  {
    name: 'a deleted stream key can still be read',
    caughtBy: 'oneStreamKeyPerChannel',
    rewrite: () => {
      const seen = ghosts();
      return answerGhosts('GetStreamKey', 'streamKey', seen, seen.deletedKey);
    },
  },
  {
    name: 'DeleteChannel leaves the stream key behind',
    caughtBy: 'deleteCascades',
    rewrite: () => {
      const seen = ghosts();
      return answerGhosts('GetStreamKey', 'streamKey', seen, seen.keyOfDeletedChannel);
    },
  },
  {
    name: 'TagResource does not store the tags',
    caughtBy: 'tagSemantics',
    rewrite: () => ({ request: (q) => (q.operation === 'TagResource' ? jsonReply(200, {}) : q) }),
  },
  {
    name: 'TagResource does not store the tags (seen by random sequences)',
    caughtBy: 'statefulSequences',
    // A sequence of 20 commands (of some forty kinds) tags and then reads the same resource about one time in five.
    runs: 12,
    blames:
      /\nshrunk to a minimal call list after \d+ steps, which fails again when replayed on its own from a fresh model:\n.*TagResource/s,
    rewrite: () => ({ request: (q) => (q.operation === 'TagResource' ? jsonReply(200, {}) : q) }),
  },
  {
    name: 'UntagResource removes nothing',
    caughtBy: 'tagSemantics',
    rewrite: () => ({ request: (q) => (q.operation === 'UntagResource' ? jsonReply(200, {}) : q) }),
  },
  {
    name: 'CreateChannel drops the tags it is given',
    caughtBy: 'tagSemantics',
    rewrite: () => dropColorTag('CreateChannel'),
  },
  {
    name: 'BatchGetChannel leaves unknown ARNs out of errors',
    caughtBy: 'batchGetSemantics',
    rewrite: () => ({
      response: (q, r) => (q.operation === 'BatchGetChannel' ? withJson(r, (b) => ({ ...b, errors: [] })) : r),
    }),
  },
  {
    name: 'ListStreamKeys summaries carry the secret value',
    caughtBy: 'summaryShapes',
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ListStreamKeys'
          ? withJson(r, (b) => ({
              ...b,
              streamKeys: records(b['streamKeys']).map((k) => ({ ...k, value: 'sk_leaked' })),
            }))
          : r,
    }),
  },
  {
    name: 'ListChannels ignores filterByName',
    caughtBy: 'listFilters',
    rewrite: () => ({
      request: (q) =>
        q.operation === 'ListChannels' ? withRequestJson(q, ({ filterByName: _dropped, ...rest }) => rest) : q,
    }),
  },
  {
    name: 'a later page drops its first item',
    caughtBy: 'paginationCompleteness',
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ListChannels' && parseBody(q.body)?.['nextToken']
          ? withJson(r, (b) => ({ ...b, channels: records(b['channels']).slice(1) }))
          : r,
    }),
  },
  {
    name: 'a later page repeats the last item of the page before',
    caughtBy: 'paginationCompleteness',
    rewrite: () => {
      const lastByToken = new Map<string, unknown>();
      return {
        response: (q, r) => {
          if (q.operation !== 'ListChannels') return r;
          const token = parseBody(q.body)?.['nextToken'];
          return withJson(r, (b) => {
            const channels = records(b['channels']);
            if (typeof b['nextToken'] === 'string') lastByToken.set(b['nextToken'], channels[channels.length - 1]);
            const repeated = typeof token === 'string' ? lastByToken.get(token) : undefined;
            return { ...b, channels: repeated ? [repeated, ...channels] : channels };
          });
        },
      };
    },
  },
  {
    name: 'nextToken never ends (the same token forever)',
    caughtBy: 'paginationCompleteness',
    rewrite: () => ({
      request: (q) =>
        q.operation === 'ListChannels' ? withRequestJson(q, ({ nextToken: _dropped, ...rest }) => rest) : q,
      response: (q, r) => (q.operation === 'ListChannels' ? withJson(r, (b) => ({ ...b, nextToken: 'again' })) : r),
    }),
  },
  {
    name: 'ListChannels pages by position, so deleting a channel already seen hides one not yet seen',
    caughtBy: 'paginationUnderChange',
    blames: /^\d+ items that existed for the whole walk never appear after the change/,
    rewrite: () => pagesByPosition('ListChannels', 'channels'),
  },
  {
    name: 'TagResource lets a channel hold more than 50 tags',
    caughtBy: 'documentedLimits',
    blames: /^a tag beyond the 50 a resource may hold: expected 400 ValidationException, got POST \/tags\/.* → 200$/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'TagResource' && errorTypeOf(r) === 'ValidationException' && !q.body.includes('"tags":"')
          ? jsonReply(200, {})
          : r,
    }),
  },
  {
    name: 'ListChannels refuses its largest page size',
    caughtBy: 'documentedLimits',
    blames: /^page size 100 \(maxResults\), the largest the model allows, was answered 400 ValidationException$/,
    rewrite: () => ({
      request: (q) =>
        q.operation === 'ListChannels' && parseBody(q.body)?.['maxResults'] === 100
          ? errorReply(400, 'ValidationException')
          : q,
    }),
  },
  {
    name: 'ListChannels ignores maxResults',
    caughtBy: 'paginationLimits',
    rewrite: () => ({
      request: (q) =>
        q.operation === 'ListChannels' ? withRequestJson(q, ({ maxResults: _dropped, ...rest }) => rest) : q,
    }),
  },
  {
    name: 'the last page still carries a nextToken',
    caughtBy: 'paginationLimits',
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ListChannels'
          ? withJson(r, (b) => {
              const last = records(b['channels']).at(-1);
              return b['nextToken'] === undefined && last
                ? { ...b, nextToken: Buffer.from(`channels:${String(last['arn'])}`).toString('base64url') }
                : b;
            })
          : r,
    }),
  },
  {
    name: 'GetStream on an offline channel answers an OFFLINE stream',
    caughtBy: 'offlineStreamErrors',
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'GetStream' && errorTypeOf(r) === 'ChannelNotBroadcasting'
          ? jsonReply(200, {
              stream: {
                channelArn: parseBody(q.body)?.['channelArn'],
                state: 'OFFLINE',
                health: 'UNKNOWN',
                viewerCount: 0,
              },
            })
          : r,
    }),
  },
  {
    name: 'ListStreams hides live streams',
    caughtBy: 'liveStreamOperations',
    rewrite: () => ({
      response: (q, r) => (q.operation === 'ListStreams' ? withJson(r, (b) => ({ ...b, streams: [] })) : r),
    }),
  },
  {
    name: 'PutMetadata accepts more than 1 KB',
    caughtBy: 'metadataLimits',
    rewrite: () => ({
      request: (q) =>
        q.operation === 'PutMetadata' && Buffer.byteLength(String(parseBody(q.body)?.['metadata'] ?? '')) > 1024
          ? withRequestJson(q, (b) => ({ ...b, metadata: 'cut' }))
          : q,
    }),
  },
  {
    name: 'PutMetadata is never throttled',
    caughtBy: 'metadataLimits',
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'PutMetadata' && r.status === 429 ? { status: 204, headers: {}, body: '' } : r,
    }),
  },
  {
    name: 'a live channel can be deleted',
    caughtBy: 'liveChannelConflict',
    rewrite: () => ({
      response: async (q, r, forward) => {
        if (q.operation !== 'DeleteChannel' || r.status !== 409) return r;
        const channelArn = parseBody(q.body)?.['arn'];
        await forward({
          ...q,
          path: '/_ivs-contract/streams/stop',
          operation: null,
          body: JSON.stringify({ channelArn }),
        });
        return forward(q);
      },
    }),
  },
  {
    name: 'malformed JSON crashes the server',
    caughtBy: 'malformedJsonRejected',
    rewrite: () => ({
      request: (q) =>
        q.body !== '' && parseBody(q.body) === undefined ? errorReply(500, 'InternalServerException') : q,
    }),
  },
  {
    name: 'unknown routes answer an HTML page',
    caughtBy: 'unknownRouteRejected',
    rewrite: () => ({
      response: (_q, r) =>
        errorTypeOf(r) === 'UnknownOperationException' || r.status === 405
          ? { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>hello</html>' }
          : r,
    }),
  },
  {
    name: 'unknown request members are refused',
    caughtBy: 'unknownMembersIgnored',
    rewrite: () => ({
      request: (q) => {
        const body = parseBody(q.body);
        return body && ('futureMember' in body || 'futureFilter' in body) ? errorReply(400, 'ValidationException') : q;
      },
    }),
  },
];

/** Adds `futureMember` to every object of a JSON value except inside tag maps, whose keys are data. */
function addExtraMembers(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => addExtraMembers(item));
  if (typeof value !== 'object' || value === null || key === 'tags') return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, addExtraMembers(v, k)] as const);
  return { ...Object.fromEntries(entries), futureMember: { added: 'later' } };
}

function reverseLists(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].reverse().map(reverseLists);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, reverseLists(v)]));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// The validation checks judge error answers the same way errorConformance does, which stays in; leaving them out keeps the self-test fast.
const EVERY_FAMILY_BUT_VALIDATION = [
  'response',
  'error',
  'semantics',
  'pagination',
  'streams',
  'stateful',
  'robustness',
];

/** Variants that a faithful-enough implementation may show: none of them may fail a check. */
export const benignVariants: readonly BenignVariant[] = [
  {
    name: 'extra unknown members in every response object',
    only: EVERY_FAMILY_BUT_VALIDATION,
    rewrite: () => ({ response: (_q, r) => withJson(r, (b) => addExtraMembers(b) as Record<string, unknown>) }),
  },
  {
    name: 'every list in reverse order',
    only: EVERY_FAMILY_BUT_VALIDATION,
    rewrite: () => ({ response: (_q, r) => withJson(r, (b) => reverseLists(b) as Record<string, unknown>) }),
  },
  {
    name: 'x-amzn-ErrorType with a suffix',
    only: ['*'],
    rewrite: () => ({
      response: (_q, r) =>
        r.headers['x-amzn-errortype']
          ? {
              ...r,
              headers: {
                ...r.headers,
                'x-amzn-errortype': `${r.headers['x-amzn-errortype']}:http://internal.amazon.com/coral/com.amazonaws.ivs/`,
              },
            }
          : r,
    }),
  },
  {
    name: 'resource ids of another format within the ARN pattern',
    only: EVERY_FAMILY_BUT_VALIDATION,
    rewrite: () => {
      // ARNs the emulator minted go out with `Zz-` before the id and come back without it; ARNs
      // that only echo a request (unknown ones in BatchGet errors) are left as they were.
      const minted = new Set<string>();
      const arn = /arn:aws:ivs:[a-z0-9-]+:\d+:(?:channel|stream-key)\/[a-zA-Z0-9-]+/g;
      return {
        request: (q) => ({
          ...q,
          path: q.path.replace(/(channel|stream-key)%2FZz-/g, '$1%2F'),
          body: q.body.replace(/(:(?:channel|stream-key)\/)Zz-/g, '$1'),
        }),
        response: (q, r) => {
          if (q.operation === 'CreateChannel' || q.operation === 'CreateStreamKey')
            for (const found of r.body.match(arn) ?? []) minted.add(found);
          return {
            ...r,
            body: r.body.replace(arn, (found) => (minted.has(found) ? found.replace(/\/([^/]+)$/, '/Zz-$1') : found)),
          };
        },
      };
    },
  },
  {
    name: '40 ms of added latency',
    only: ['streams', 'pagination', 'semantics'],
    rewrite: () => ({
      response: async (_q, r) => {
        await sleep(40);
        return r;
      },
    }),
  },
  {
    name: 'filterByName matches prefixes',
    // Only checks that do not page: this proxy filters after paging, which a real prefix match would not.
    only: ['listFilters', 'summaryShapes', 'channelLifecycle', 'statefulSequences'],
    rewrite: () => ({
      request: (q) => {
        const filters = Object.keys(parseBody(q.body) ?? {}).filter((member) => member.startsWith('filterBy'));
        // Two filters together stay the emulator's ConflictException.
        if (q.operation !== 'ListChannels' || filters.length > 1) return q;
        const { filterByName, ...rest } = parseBody(q.body) ?? {};
        const headers =
          typeof filterByName === 'string' ? { ...q.headers, 'x-planted-filter': filterByName } : q.headers;
        return { ...q, headers, body: JSON.stringify(rest) };
      },
      response: (q, r) => {
        const filter = q.headers['x-planted-filter'];
        return filter === undefined
          ? r
          : withJson(r, (b) => ({
              ...b,
              channels: records(b['channels']).filter((c) => String(c['name']).startsWith(filter)),
            }));
      },
    }),
  },
  {
    name: 'a second stream key is refused with 409 ConflictException',
    only: ['oneStreamKeyPerChannel', 'errorConformance', 'statefulSequences'],
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'CreateStreamKey' && r.status === 402 ? errorReply(409, 'ConflictException') : r,
    }),
  },
  {
    name: 'page tokens are opaque random strings the server maps to positions',
    only: ['pagination', 'crossOperationConsistency', 'documentedLimits'],
    rewrite: () => {
      // Each upstream token goes out as a random string and comes back as the token it stands for.
      const byOpaque = new Map<string, string>();
      return {
        request: (q) => {
          const token = parseBody(q.body)?.['nextToken'];
          return typeof token === 'string' && byOpaque.has(token)
            ? withRequestJson(q, (b) => ({ ...b, nextToken: byOpaque.get(token) }))
            : q;
        },
        response: (_q, r) =>
          withJson(r, (b) => {
            if (typeof b['nextToken'] !== 'string') return b;
            const opaque = `opaque-${byOpaque.size}-${Math.random().toString(36).slice(2)}`;
            byOpaque.set(opaque, b['nextToken']);
            return { ...b, nextToken: opaque };
          }),
      };
    },
  },
  {
    name: 'BatchError codes of its own',
    only: ['batchGetSemantics', 'deleteCascades'],
    rewrite: () => ({
      response: (q, r) =>
        q.operation?.startsWith('BatchGet')
          ? withJson(r, (b) => ({ ...b, errors: records(b['errors']).map((e) => ({ ...e, code: 'NotFound' })) }))
          : r,
    }),
  },
];
