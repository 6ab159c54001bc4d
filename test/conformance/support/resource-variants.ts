import type { RecordingConfigurationProgression } from '../../../src/mock/store.js';
import type { BenignVariant, PlantedBug } from './variants.js';
import {
  errorReply,
  errorTypeOf,
  jsonReply,
  parseBody,
  withJson,
  withRequestJson,
  type ProxiedResponse,
  type Rewrite,
} from './rewriting-proxy.js';
import {
  answerGhosts,
  creatingRecordingConfigurations,
  dropAnsweredMember,
  dropColorTag,
  isSuccess,
  records,
} from './rewrites.js';

/** A planted bug of today's resources; `recordingStateTimeoutMs` shortens the wait for a state that never comes. */
export interface ResourcePlantedBug extends PlantedBug {
  readonly recordingStateTimeoutMs?: number;
  /** How the emulator behind the proxy moves recording configurations out of CREATING (default: at once). */
  readonly progression?: RecordingConfigurationProgression;
}

/** A benign variant of today's resources, with the emulator's recording configuration progression. */
export interface ResourceBenignVariant extends BenignVariant {
  readonly progression?: RecordingConfigurationProgression;
  /** When given, a spec-silence warning of the run must match it: the point is reported, not ignored. */
  readonly warns?: RegExp;
}

const withState = (state: string) => (b: Record<string, unknown>) => ({
  ...b,
  ...(b['recordingConfiguration']
    ? { recordingConfiguration: { ...(b['recordingConfiguration'] as object), state } }
    : {}),
  ...(Array.isArray(b['recordingConfigurations'])
    ? { recordingConfigurations: records(b['recordingConfigurations']).map((c) => ({ ...c, state })) }
    : {}),
});

const arnIn = (body: string): string => String(parseBody(body)?.['arn']);

/** Keeps answering for resources of one kind after they were deleted, from what their create answer said. */
function ghostsOf(create: string, remove: string, member: string) {
  const created = new Map<string, Record<string, unknown>>();
  const deleted = new Set<string>();
  return {
    learn(operation: string | null, requestBody: string, response: ProxiedResponse): void {
      if (!isSuccess(response)) return;
      if (operation === create) {
        const resource = parseBody(response.body)?.[member] as Record<string, unknown>;
        created.set(String(resource['arn']), resource);
      }
      if (operation === remove) deleted.add(arnIn(requestBody));
    },
    ghost: (arn: string) => (deleted.has(arn) ? created.get(arn) : undefined),
    all: () => [...deleted].flatMap((arn) => created.get(arn) ?? []),
  };
}

/** Planted bugs of recording configurations, playback key pairs, restriction policies and ad configurations. */
export const resourcePlantedBugs: readonly ResourcePlantedBug[] = [
  {
    name: 'a deleted ad configuration can still be read',
    caughtBy: 'adConfigurationLifecycle',
    blames: /^GetAdConfiguration after DeleteAdConfiguration: expected 404 ResourceNotFoundException/,
    rewrite: () => {
      const seen = ghostsOf('CreateAdConfiguration', 'DeleteAdConfiguration', 'adConfiguration');
      return answerGhosts('GetAdConfiguration', 'adConfiguration', seen, seen.ghost);
    },
  },
  {
    name: 'UpdatePlaybackRestrictionPolicy answers the change but does not store it',
    caughtBy: 'playbackRestrictionPolicyLifecycle',
    blames:
      /^after UpdatePlaybackRestrictionPolicy, GetPlaybackRestrictionPolicy answers a playback restriction policy that is not the updated one: (name|allowedCountries|enableStrictOriginEnforcement): got /,
    rewrite: () => ({
      request: (q) =>
        q.operation === 'UpdatePlaybackRestrictionPolicy'
          ? {
              ...q,
              path: '/GetPlaybackRestrictionPolicy',
              headers: { ...q.headers, 'x-planted-update': q.body },
              body: JSON.stringify({ arn: arnIn(q.body) }),
            }
          : q,
      response: (q, r) => {
        const update = q.headers['x-planted-update'];
        return update === undefined
          ? r
          : withJson(r, (b) => ({
              ...b,
              playbackRestrictionPolicy: { ...(b['playbackRestrictionPolicy'] as object), ...parseBody(update) },
            }));
      },
    }),
  },
  {
    name: 'GetPlaybackKeyPair leaves out the fingerprint ImportPlaybackKeyPair answered',
    caughtBy: 'playbackKeyPairLifecycle',
    blames: /^GetPlaybackKeyPair differs from what ImportPlaybackKeyPair answered: fingerprint: missing, expected "/,
    rewrite: () => dropAnsweredMember('GetPlaybackKeyPair', 'keyPair', 'fingerprint'),
  },
  {
    name: 'ListRecordingConfigurations still lists deleted configurations',
    caughtBy: 'recordingConfigurationLifecycle',
    blames: /^ListRecordingConfigurations still lists the deleted recording configuration arn:/,
    rewrite: (): Rewrite => {
      const seen = ghostsOf('CreateRecordingConfiguration', 'DeleteRecordingConfiguration', 'recordingConfiguration');
      return {
        response: (q, r) => {
          seen.learn(q.operation, q.body, r);
          return q.operation === 'ListRecordingConfigurations' && isSuccess(r)
            ? withJson(r, (b) => ({
                ...b,
                recordingConfigurations: [...records(b['recordingConfigurations']), ...seen.all()],
              }))
            : r;
        },
      };
    },
  },
  {
    name: 'CreateRecordingConfiguration drops the name it is given',
    caughtBy: 'recordingConfigurationLifecycle',
    blames: /^the new recording configuration is not what was asked for: name: (missing|got "")/,
    rewrite: () => ({
      request: (q) =>
        q.operation === 'CreateRecordingConfiguration'
          ? { ...q, body: JSON.stringify({ ...parseBody(q.body), name: '' }) }
          : q,
    }),
  },
  {
    name: 'a recording configuration that a channel uses can be deleted',
    caughtBy: 'referencedResourceConflicts',
    blames:
      /^DeleteRecordingConfiguration while two channels use the recording configuration: expected 409 ConflictException, got POST \/DeleteRecordingConfiguration → 204$/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'DeleteRecordingConfiguration' && r.status === 409 ? { status: 204, headers: {}, body: '' } : r,
    }),
  },
  {
    name: 'UpdateChannel ignores an empty recordingConfigurationArn, so a channel never lets go of its configuration',
    caughtBy: 'referencedResourceConflicts',
    blames:
      /^DeleteRecordingConfiguration after every channel let go of the recording configuration .* still fails: .* 409 ConflictException \(the references were not released\)$/,
    rewrite: () => ({
      request: (q) =>
        q.operation === 'UpdateChannel' && parseBody(q.body)?.['recordingConfigurationArn'] === ''
          ? withRequestJson(q, ({ recordingConfigurationArn: _dropped, ...rest }) => rest)
          : q,
    }),
  },
  {
    name: 'a playback restriction policy stays in use forever once a delete was refused',
    caughtBy: 'referencedResourceConflicts',
    blames: /^DeletePlaybackRestrictionPolicy after every channel let go of the playback restriction policy /,
    rewrite: () => {
      const refused = new Set<string>();
      return {
        response: (q, r) => {
          if (q.operation !== 'DeletePlaybackRestrictionPolicy') return r;
          if (r.status === 409) refused.add(arnIn(q.body));
          return refused.has(arnIn(q.body)) ? errorReply(409, 'ConflictException') : r;
        },
      };
    },
  },
  {
    name: 'recording configurations never leave CREATING',
    caughtBy: 'recordingConfigurationState',
    recordingStateTimeoutMs: 200,
    blames:
      /^the recording configuration never reached ACTIVE or CREATE_FAILED: no final state within 200 ms \(\d+ reads\) \(seen: CREATING\); raise --recording-state-timeout-ms/,
    rewrite: () => ({
      response: (q, r) => (q.operation?.includes('RecordingConfiguration') ? withJson(r, withState('CREATING')) : r),
    }),
  },
  {
    name: 'GetRecordingConfiguration answers CREATING for a configuration created ACTIVE',
    caughtBy: 'recordingConfigurationState',
    blames: /^after ACTIVE, GetRecordingConfiguration answered state "CREATING"; ACTIVE must be final$/,
    rewrite: () => ({
      response: (q, r) => (q.operation === 'GetRecordingConfiguration' ? withJson(r, withState('CREATING')) : r),
    }),
  },
  {
    name: 'a recording configuration goes back to CREATING after its first ACTIVE read',
    caughtBy: 'recordingConfigurationState',
    progression: { afterReads: 2 },
    blames: /^after CREATING → ACTIVE, GetRecordingConfiguration answered state "CREATING"; ACTIVE must be final$/,
    rewrite: () => {
      const activeReads = new Map<string, number>();
      return {
        response: (q, r) => {
          if (q.operation !== 'GetRecordingConfiguration') return r;
          const arn = arnIn(q.body);
          const state = (parseBody(r.body)?.['recordingConfiguration'] as Record<string, unknown> | undefined)?.[
            'state'
          ];
          if (state !== 'ACTIVE') return r;
          const reads = (activeReads.get(arn) ?? 0) + 1;
          activeReads.set(arn, reads);
          return reads > 1 ? withJson(r, withState('CREATING')) : r;
        },
      };
    },
  },
  {
    name: 'CreateChannel crashes on a recording configuration still CREATING',
    caughtBy: 'recordingConfigurationState',
    progression: { afterReads: 2 },
    blames: /^CreateChannel with a recording configuration still CREATING answered POST \/CreateChannel → 500/,
    rewrite: () => {
      const creating = creatingRecordingConfigurations();
      return {
        request: (q) =>
          q.operation === 'CreateChannel' && creating.has(parseBody(q.body)?.['recordingConfigurationArn'])
            ? errorReply(500, 'InternalServerException')
            : q,
        response: (_q, r) => creating.learn(r),
      };
    },
  },
  {
    name: 'TagResource does not store tags on ad configurations',
    caughtBy: 'tagSemantics',
    blames: /^after TagResource merges on an ad configuration, ListTagsForResource returns /,
    rewrite: () => ({
      request: (q) => (q.operation === 'TagResource' && q.path.includes('ad-configuration') ? jsonReply(200, {}) : q),
    }),
  },
  {
    name: 'UntagResource removes nothing from playback key pairs',
    caughtBy: 'tagSemantics',
    blames: /^after UntagResource on a playback key pair, ListTagsForResource returns /,
    rewrite: () => ({
      request: (q) => (q.operation === 'UntagResource' && q.path.includes('playback-key') ? jsonReply(200, {}) : q),
    }),
  },
  {
    name: 'CreateRecordingConfiguration keeps only the run tag of the tags it is given',
    caughtBy: 'tagSemantics',
    blames: /^after CreateRecordingConfiguration with tags, ListTagsForResource returns /,
    rewrite: () => dropColorTag('CreateRecordingConfiguration'),
  },
  {
    name: 'GetStreamSession without streamId answers the first session, not the latest',
    caughtBy: 'streamSessions',
    blames: /^GetStreamSession without streamId after a second go-live answers session "st-\w+", expected st-\w+$/,
    rewrite: () => {
      const firstOf = new Map<string, string>();
      return {
        request: (q) => {
          if (q.operation !== 'GetStreamSession') return q;
          const body = parseBody(q.body) ?? {};
          const first = firstOf.get(String(body['channelArn']));
          return body['streamId'] === undefined && first ? withRequestJson(q, (b) => ({ ...b, streamId: first })) : q;
        },
        response: (q, r) => {
          const stream = parseBody(r.body)?.['stream'] as Record<string, unknown> | undefined;
          if (q.operation === 'GetStream' && stream && !firstOf.has(String(stream['channelArn'])))
            firstOf.set(String(stream['channelArn']), String(stream['streamId']));
          return r;
        },
      };
    },
  },
  {
    name: 'ListStreamSessions leaves out ended sessions',
    caughtBy: 'streamSessions',
    blames: /^ListStreamSessions lists \["st-\w+"\], expected st-\w+ and st-\w+$/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ListStreamSessions'
          ? withJson(r, (b) => ({ ...b, streamSessions: records(b['streamSessions']).filter((x) => !x['endTime']) }))
          : r,
    }),
  },
  {
    name: 'StartViewerSessionRevocation accepts channels that do not exist',
    caughtBy: 'viewerSessionRevocations',
    blames:
      /^revoking a viewer of a channel that does not exist: expected 404 ResourceNotFoundException, got POST \/StartViewerSessionRevocation → 200$/,
    rewrite: () => ({
      response: (q, r) => (q.operation === 'StartViewerSessionRevocation' && r.status === 404 ? jsonReply(200, {}) : r),
    }),
  },
  {
    name: 'BatchStartViewerSessionRevocation reports no errors',
    caughtBy: 'viewerSessionRevocations',
    blames: /^BatchStartViewerSessionRevocation errors name \[\], expected only /,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'BatchStartViewerSessionRevocation' ? withJson(r, (b) => ({ ...b, errors: [] })) : r,
    }),
  },
  {
    name: 'DeleteRecordingConfiguration answers 200 with a body instead of 204',
    caughtBy: 'statusCodeConformance',
    rewrite: () => ({
      response: (q, r) => (q.operation === 'DeleteRecordingConfiguration' && r.status === 204 ? jsonReply(200, {}) : r),
    }),
  },
  {
    name: 'GetAdConfiguration answers postRollConfiguration.durationSeconds as a string',
    caughtBy: 'responseSchemaConformance',
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'GetAdConfiguration'
          ? withJson(r, (b) => ({
              ...b,
              adConfiguration: {
                ...(b['adConfiguration'] as object),
                postRollConfiguration: { enabled: false, durationSeconds: '15' },
              },
            }))
          : r,
    }),
  },
  {
    name: 'InsertAdBreak on an offline channel succeeds',
    caughtBy: 'adBreaks',
    blames:
      /^InsertAdBreak on an offline channel: expected 404 ChannelNotBroadcasting, got POST \/InsertAdBreak → 200$/,
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'InsertAdBreak' && errorTypeOf(r) === 'ChannelNotBroadcasting'
          ? jsonReply(200, { adBreakId: 'planted0000a' })
          : r,
    }),
  },
  {
    name: 'InsertAdBreak answers no adBreakId',
    caughtBy: 'adBreaks',
    blames: /^InsertAdBreak answered adBreakId undefined, expected a non-empty string$/,
    rewrite: () => ({
      response: (q, r) => (q.operation === 'InsertAdBreak' && r.status === 200 ? jsonReply(200, {}) : r),
    }),
  },
];

/** Variants of today's resources that the resource checks must not flag. */
export const resourceBenignVariants: readonly ResourceBenignVariant[] = [
  {
    name: 'the same public key can be imported twice',
    warns: /^importing the same public key again answered POST \/ImportPlaybackKeyPair → 200; /,
    only: ['playbackKeyPairLifecycle'],
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'ImportPlaybackKeyPair' && errorTypeOf(r) === 'ConflictException'
          ? jsonReply(200, {
              keyPair: {
                arn: 'arn:aws:ivs:us-west-2:123456789012:playback-key/twiceImport1',
                name: parseBody(q.body)?.['name'],
                fingerprint: 'twice',
                tags: parseBody(q.body)?.['tags'] ?? {},
              },
            })
          : r,
    }),
  },
  {
    name: 'InsertAdBreak on a live channel without an ad configuration is a ValidationException',
    warns:
      /^InsertAdBreak on a live channel without an ad configuration answered POST \/InsertAdBreak → 400 ValidationException; /,
    only: ['adBreaks'],
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'InsertAdBreak' && errorTypeOf(r) === 'ConflictException'
          ? errorReply(400, 'ValidationException')
          : r,
    }),
  },
  {
    name: 'BatchStartViewerSessionRevocation errors with codes of their own',
    only: ['viewerSessionRevocations'],
    rewrite: () => ({
      response: (q, r) =>
        q.operation === 'BatchStartViewerSessionRevocation'
          ? withJson(r, (b) => ({ ...b, errors: records(b['errors']).map((e) => ({ ...e, code: 'NotFound' })) }))
          : r,
    }),
  },
  {
    name: 'added resources are answered without their optional tags member',
    only: ['tagSemantics', '*Lifecycle'],
    rewrite: () => {
      const members = ['recordingConfiguration', 'keyPair', 'playbackRestrictionPolicy', 'adConfiguration'];
      return {
        response: (_q, r) =>
          withJson(r, (b) =>
            Object.fromEntries(
              Object.entries(b).map(([k, v]) => {
                if (!members.includes(k) || typeof v !== 'object' || v === null) return [k, v];
                const { tags: _dropped, ...rest } = v as Record<string, unknown>;
                return [k, rest];
              }),
            ),
          ),
      };
    },
  },
  {
    name: 'a channel may not use a recording configuration still CREATING (409 ConflictException)',
    warns:
      /^a channel may not use a recording configuration still CREATING \(POST \/CreateChannel → 409 ConflictException\)/,
    only: ['recordingConfigurationState', 'referencedResourceConflicts', 'recordingConfigurationLifecycle'],
    progression: { afterReads: 2 },
    rewrite: () => {
      const creating = creatingRecordingConfigurations();
      return {
        request: (q) =>
          (q.operation === 'CreateChannel' || q.operation === 'UpdateChannel') &&
          creating.has(parseBody(q.body)?.['recordingConfigurationArn'])
            ? errorReply(409, 'ConflictException')
            : q,
        response: (_q, r) => creating.learn(r),
      };
    },
  },
  {
    name: 'recording configurations end CREATE_FAILED (a bucket the service cannot write to)',
    only: ['recordingConfigurationState', 'recordingConfigurationLifecycle', 'referencedResourceConflicts'],
    rewrite: () => ({
      response: (q, r) =>
        q.operation?.includes('RecordingConfiguration') ? withJson(r, withState('CREATE_FAILED')) : r,
    }),
  },
  {
    name: 'playback restriction policies and ad configurations that channels use can be deleted',
    warns: /^DeleteAdConfiguration while two channels use the ad configuration: the ad configuration was deleted; /,
    only: ['referencedResourceConflicts'],
    rewrite: () => ({
      response: (q, r) =>
        (q.operation === 'DeletePlaybackRestrictionPolicy' || q.operation === 'DeleteAdConfiguration') &&
        r.status === 409
          ? { status: 204, headers: {}, body: '' }
          : r,
    }),
  },
  {
    name: 'optional members of added resources that the request did not give are left out of every answer',
    only: ['*Lifecycle'],
    rewrite: () => {
      const optional = [
        'postRollConfiguration',
        'thumbnailConfiguration',
        'renditionConfiguration',
        'recordingReconnectWindowSeconds',
      ];
      const strip = (value: unknown): unknown =>
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).filter(([k]) => !optional.includes(k)))
          : value;
      return {
        response: (q, r) => {
          const given = Object.keys(parseBody(q.body) ?? {});
          if (given.some((k) => optional.includes(k))) return r;
          return withJson(r, (b) =>
            Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Array.isArray(v) ? v.map(strip) : strip(v)])),
          );
        },
      };
    },
  },
];
