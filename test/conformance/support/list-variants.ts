import { errorReply, jsonReply, parseBody, withJson, withRequestJson, type Rewrite } from './rewriting-proxy.js';
import { isSuccess, records } from './rewrites.js';
import type { BenignVariant, PlantedBug } from './variant.js';

/** A later page of `operation` starts with the last item of the page before. */
function repeatLastItem(operation: string, items: string): Rewrite {
  const lastByToken = new Map<string, unknown>();
  return {
    response: (q, r) => {
      if (q.operation !== operation || !isSuccess(r)) return r;
      const token = parseBody(q.body)?.['nextToken'];
      return withJson(r, (b) => {
        const list = records(b[items]);
        if (typeof b['nextToken'] === 'string') lastByToken.set(b['nextToken'], list.at(-1));
        const repeated = typeof token === 'string' ? lastByToken.get(token) : undefined;
        return { ...b, [items]: repeated ? [repeated, ...list] : list };
      });
    },
  };
}

/** Pages of `operation` leave out their first item once a token is given. */
const dropFirstOfLaterPages = (operation: string, items: string): Rewrite => ({
  response: (q, r) =>
    q.operation === operation && isSuccess(r) && parseBody(q.body)?.['nextToken']
      ? withJson(r, (b) => ({ ...b, [items]: records(b[items]).slice(1) }))
      : r,
});

/**
 * `operation` pages by position (its tokens are offsets into the whole list as it is when the page
 * is asked for), so deleting an item already seen hides one not yet seen.
 */
export function pagesByPosition(operation: string, items: string): Rewrite {
  return {
    request: (q) => {
      if (q.operation !== operation) return q;
      const { nextToken, ...rest } = parseBody(q.body) ?? {};
      return {
        ...q,
        headers: { ...q.headers, 'x-planted-token': String(nextToken ?? '') },
        body: JSON.stringify(rest),
      };
    },
    response: async (q, r, forward) => {
      if (q.operation !== operation || !isSuccess(r)) return r;
      const nextToken = q.headers['x-planted-token'];
      const { maxResults, ...filter } = parseBody(q.body) ?? {};
      const offset = typeof nextToken === 'string' && nextToken.startsWith('at-') ? Number(nextToken.slice(3)) : 0;
      const all: unknown[] = [];
      let token: unknown;
      do {
        const page = await forward({
          ...q,
          body: JSON.stringify({
            ...filter,
            maxResults: 50,
            ...(typeof token === 'string' ? { nextToken: token } : {}),
          }),
        });
        const body = parseBody(page.body) ?? {};
        all.push(...records(body[items]));
        token = body['nextToken'];
      } while (typeof token === 'string');
      const size = typeof maxResults === 'number' ? maxResults : 100;
      const end = offset + size;
      return jsonReply(200, {
        [items]: all.slice(offset, end),
        ...(end < all.length ? { nextToken: `at-${end}` } : {}),
      });
    },
  };
}

/** Planted bugs of lists, filters and read consistency over every resource kind. */
export const listPlantedBugs: readonly PlantedBug[] = [
  {
    name: 'ListRecordingConfigurations pages by position, so deleting one already seen hides one not yet seen',
    caughtBy: 'paginationUnderChange',
    blames:
      /^\d+ items that existed for the whole walk never appear after the change, such as arn:aws:ivs:[^:]+:\d+:recording-configuration\//,
    rewrite: () => pagesByPosition('ListRecordingConfigurations', 'recordingConfigurations'),
  },
  {
    name: 'a later page of ListPlaybackKeyPairs repeats the last key pair of the page before',
    caughtBy: 'paginationCompleteness',
    blames: /^1 a page: "arn:aws:ivs:[^"]+:playback-key\/[^"]+" appears on more than one page/,
    rewrite: () => repeatLastItem('ListPlaybackKeyPairs', 'keyPairs'),
  },
  {
    name: 'a later page of ListStreamSessions drops its first session',
    caughtBy: 'paginationCompleteness',
    blames: /^1 a page: \d of 3 items made never appear/,
    rewrite: () => dropFirstOfLaterPages('ListStreamSessions', 'streamSessions'),
  },
  {
    name: 'a later page of ListRecordingConfigurations repeats an item',
    caughtBy: 'paginationCompleteness',
    rewrite: () => repeatLastItem('ListRecordingConfigurations', 'recordingConfigurations'),
  },
  {
    name: 'ListAdConfigurations ignores maxResults',
    caughtBy: 'paginationLimits',
    blames: /^maxResults 2: a page holds \d+ items$/,
    rewrite: () => ({
      request: (q) =>
        q.operation === 'ListAdConfigurations' ? withRequestJson(q, ({ maxResults: _dropped, ...rest }) => rest) : q,
    }),
  },
  {
    name: 'ListPlaybackRestrictionPolicies pages by 100 without maxResults instead of the documented 1',
    caughtBy: 'paginationLimits',
    blames: /^without maxResults a page holds \d+ items, more than the documented default of 1$/,
    rewrite: () => ({
      request: (q) =>
        q.operation === 'ListPlaybackRestrictionPolicies' && parseBody(q.body)?.['maxResults'] === undefined
          ? withRequestJson(q, (b) => ({ ...b, maxResults: 100 }))
          : q,
    }),
  },
  {
    name: 'the last page of ListStreamSessions still carries a nextToken',
    caughtBy: 'paginationLimits',
    blames: /the page that completes the list still carries nextToken/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ListStreamSessions' && isSuccess(r)
          ? withJson(r, (b) => {
              const last = records(b['streamSessions']).at(-1);
              return b['nextToken'] === undefined && last
                ? { ...b, nextToken: Buffer.from(`streamSessions:${String(last['streamId'])}`).toString('base64url') }
                : b;
            })
          : r,
    }),
  },
  {
    name: 'a nextToken that no page gave crashes ListRecordingConfigurations with 500',
    caughtBy: 'paginationLimits',
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ListRecordingConfigurations' && r.status === 400 && parseBody(q.body)?.['nextToken']
          ? errorReply(500, 'InternalServerException')
          : r,
    }),
  },
  {
    name: 'ListChannels ignores filterByRecordingConfigurationArn',
    caughtBy: 'listFilters',
    blames:
      /^filterByRecordingConfigurationArn arn:\S+ lists \d+ channel\(s\) \([1-9]\d* that do not use it, 0 of the 2 that do missing\)$/,
    rewrite: () => ({
      request: (q) => {
        const body = parseBody(q.body) ?? {};
        return q.operation === 'ListChannels' &&
          Object.keys(body).length > 0 &&
          body['filterByRecordingConfigurationArn'] !== undefined &&
          body['filterByName'] === undefined
          ? withRequestJson(q, ({ filterByRecordingConfigurationArn: _dropped, ...rest }) => rest)
          : q;
      },
    }),
  },
  {
    name: 'ListChannels takes filterByPlaybackRestrictionPolicyArn and filterByAdConfigurationArn together (the first wins)',
    caughtBy: 'listFilters',
    blames:
      /^filterByPlaybackRestrictionPolicyArn with filterByAdConfigurationArn: expected 409 ConflictException, got POST \/ListChannels → 200/,
    rewrite: () => ({
      request: (q) => {
        const body = parseBody(q.body) ?? {};
        return q.operation === 'ListChannels' && body['filterByPlaybackRestrictionPolicyArn'] !== undefined
          ? withRequestJson(q, ({ filterByAdConfigurationArn: _dropped, ...rest }) => rest)
          : q;
      },
    }),
  },
  {
    name: 'ListStreams ignores filterBy',
    caughtBy: 'listFilters',
    blames: /^filterBy health STARVING: [1-9]\d* listed stream\(s\) have another health/,
    rewrite: () => ({
      request: (q) =>
        q.operation === 'ListStreams' ? withRequestJson(q, ({ filterBy: _dropped, ...rest }) => rest) : q,
    }),
  },
  {
    name: 'ListStreamSessions lists the sessions of every channel',
    caughtBy: 'listFilters',
    blames: /^ListStreamSessions of \S+ lists \d+ session\(s\) \([1-9]\d* not of that channel, 0 of its \d missing\)$/,
    rewrite: () => {
      const all: Record<string, unknown>[] = [];
      return {
        response: (q, r) => {
          if (q.operation !== 'ListStreamSessions' || !isSuccess(r)) return r;
          return withJson(r, (b) => {
            const own = records(b['streamSessions']);
            const others = all.filter((x) => !own.some((o) => o['streamId'] === x['streamId']));
            for (const session of own) if (!all.some((x) => x['streamId'] === session['streamId'])) all.push(session);
            return { ...b, streamSessions: [...own, ...others] };
          });
        },
      };
    },
  },
  {
    name: 'GetRecordingConfiguration answers another bucket than the one created',
    caughtBy: 'crossOperationConsistency',
    blames:
      /^after CreateRecordingConfiguration: destinationConfiguration: CreateRecordingConfiguration returned \{.*\}, GetRecordingConfiguration returned \{.*"elsewhere"\}\}$/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'GetRecordingConfiguration' && isSuccess(r)
          ? withJson(r, (b) => ({
              ...b,
              recordingConfiguration: {
                ...(b['recordingConfiguration'] as object),
                destinationConfiguration: { s3: { bucketName: 'elsewhere' } },
              },
            }))
          : r,
    }),
  },
  {
    name: 'ListAdConfigurations summaries keep the name from before an update',
    caughtBy: 'crossOperationConsistency',
    blames:
      /^after UpdateAdConfiguration: name: UpdateAdConfiguration returned "[^"]+", ListAdConfigurations returned "[^"]+"$/,
    rewrite: () => {
      const firstNames = new Map<unknown, unknown>();
      return {
        response: (q, r) => {
          if (!isSuccess(r)) return r;
          if (q.operation === 'CreateAdConfiguration')
            return withJson(r, (b) => {
              const made = b['adConfiguration'] as Record<string, unknown>;
              firstNames.set(made['arn'], made['name']);
              return b;
            });
          if (q.operation !== 'ListAdConfigurations') return r;
          return withJson(r, (b) => ({
            ...b,
            adConfigurations: records(b['adConfigurations']).map((c) =>
              firstNames.has(c['arn']) ? { ...c, name: firstNames.get(c['arn']) } : c,
            ),
          }));
        },
      };
    },
  },
  {
    name: 'ListAdConfigurations summaries leave out postRollConfiguration',
    caughtBy: 'summaryShapes',
    blames: /^ad-configuration summary postRollConfiguration is missing, GetAdConfiguration says \{/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ListAdConfigurations' && isSuccess(r)
          ? withJson(r, (b) => ({
              ...b,
              adConfigurations: records(b['adConfigurations']).map(
                ({ postRollConfiguration: _dropped, ...summary }) => summary,
              ),
            }))
          : r,
    }),
  },
  {
    name: 'ImportPlaybackKeyPair answers ARNs of the type playback-key-pair',
    caughtBy: 'arnFormats',
    blames: /^playback-key ARN arn:aws:ivs:\S+:playback-key-pair\/\S+ does not have the form/,
    rewrite: () => ({
      // Requests name the emulator's own ARN again, so the key pairs are still read and deleted.
      request: (q) => ({ ...q, body: q.body.replaceAll(':playback-key-pair/', ':playback-key/') }),
      response: (q, r) =>
        q.operation === 'ImportPlaybackKeyPair' && isSuccess(r)
          ? { ...r, body: r.body.replaceAll(':playback-key/', ':playback-key-pair/') }
          : r,
    }),
  },
  {
    name: "ListStreamKeys takes page sizes up to 100, above the model's 50",
    caughtBy: 'paginationLimits',
    blames:
      /^maxResults 51, one above the model's largest: expected 400 ValidationException, got POST \/ListStreamKeys → 200$/,
    rewrite: () => ({
      request: (q) => {
        const size = parseBody(q.body)?.['maxResults'];
        return q.operation === 'ListStreamKeys' && typeof size === 'number' && size > 50 && size <= 100
          ? withRequestJson(q, (b) => ({ ...b, maxResults: 50 }))
          : q;
      },
    }),
  },
  {
    name: 'ListTagsForResource answers only the first 10 tags',
    caughtBy: 'paginationCompleteness',
    blames: /^the 50 tags of a channel come back with \d+ missing or changed/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ListTagsForResource' && isSuccess(r)
          ? withJson(r, (b) => ({
              ...b,
              tags: Object.fromEntries(Object.entries((b['tags'] ?? {}) as Record<string, string>).slice(0, 10)),
            }))
          : r,
    }),
  },
];

/** Variants of lists that the spec allows; the listed checks must not fail on them. */
export const listBenignVariants: readonly BenignVariant[] = [
  {
    name: 'a nextToken no page gave ends the list with an empty page',
    only: ['pagination'],
    rewrite: () => ({
      response: (q, r) => {
        if (!q.operation?.startsWith('List') || r.status !== 400 || !parseBody(q.body)?.['nextToken']) return r;
        const items = q.operation.charAt(4).toLowerCase() + q.operation.slice(5);
        return jsonReply(200, { [items === 'playbackKeyPairs' ? 'keyPairs' : items]: [] });
      },
    }),
  },
  {
    name: 'ListStreamSessions lists the oldest session first',
    only: ['listFilters'],
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ListStreamSessions' && isSuccess(r)
          ? withJson(r, (b) => ({ ...b, streamSessions: records(b['streamSessions']).reverse() }))
          : r,
    }),
  },
  {
    name: 'pages hold one item when maxResults asks for up to 50',
    // paginationUnderChange counts on full pages to pick the channels it changes.
    only: ['paginationCompleteness', 'paginationLimits', 'listFilters', 'documentedLimits'],
    rewrite: () => ({
      request: (q) => {
        const size = parseBody(q.body)?.['maxResults'];
        return q.operation?.startsWith('List') && typeof size === 'number' && size <= 50
          ? withRequestJson(q, (b) => ({ ...b, maxResults: 1 }))
          : q;
      },
    }),
  },
];
