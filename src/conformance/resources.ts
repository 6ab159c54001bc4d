import type { OperationName } from '../../generated/types.js';
import type { IvsResourceKind } from '../fuzz/overrides.js';
import type { ConformanceClient } from './client.js';
import { bodyOf, errorTypeOf, listAt, recordAt, succeeded } from './expect.js';
import type { StreamControl } from './streams.js';
import type { Exchange } from './types.js';

/** The tag key every resource the suite creates carries, with the run id as its value. */
export const RUN_TAG_KEY = 'ivs-contract:run-id';

/** What cleanup did at the end of a run. */
export interface CleanupReport {
  /** ARNs that were deleted. */
  readonly deleted: readonly string[];
  /** ARNs that could not be deleted, each with the reason. */
  readonly leftovers: readonly string[];
}

/** How the run's tracker learns, finds and deletes one kind of resource (`trackedKinds` in `resource-kinds.ts`). */
export interface TrackedKind {
  /** The kind, as the resource-type word of its ARNs. */
  readonly kind: IvsResourceKind;
  /** The operations that create it, each with the response member that holds the new resource. */
  readonly createdBy: readonly { readonly operation: OperationName; readonly member: string }[];
  /** The operation that deletes it by `arn`. */
  readonly deletedBy: OperationName;
  /** The list whose summaries carry tags, to find what a killed run left behind; none for stream keys (they go with their channel). */
  readonly listedBy?: { readonly operation: OperationName; readonly member: string };
}

/** Remembers every resource the run created, of every kind, whichever check or sequence created it. */
export interface ResourceTracker {
  /** Learns created (and deleted) resources from an exchange. */
  noteExchange(exchange: Exchange): void;
  /** The channels created and not yet seen deleted. */
  channels(): readonly string[];
  /** The resources of one kind created and not yet seen deleted. */
  tracked(kind: IvsResourceKind): readonly string[];
  /**
   * Deletes everything still tracked plus every resource tagged with this run id, kind by kind in
   * the order of the kinds the tracker was made with; a resource already gone (404) is not a leftover.
   */
  cleanup(client: ConformanceClient, streams: StreamControl | null): Promise<CleanupReport>;
}

const MAX_SWEEP_PAGES = 100;
const SWEEP_PAGE_SIZE = 50;

function requestArn(exchange: Exchange): string | undefined {
  try {
    const body = JSON.parse(exchange.request.body ?? '{}') as Record<string, unknown>;
    return typeof body['arn'] === 'string' ? body['arn'] : undefined;
  } catch {
    return undefined;
  }
}

const why = (exchange: Exchange): string =>
  exchange.transportError ??
  `status ${exchange.response?.status}${errorTypeOf(exchange) ? ` ${errorTypeOf(exchange)}` : ''}`;

/** Creates a tracker for one run, identified by its run id, that knows `kinds` and deletes them in that order. */
export function createResourceTracker(runId: string, kinds: readonly TrackedKind[]): ResourceTracker {
  const live = new Map<IvsResourceKind, Set<string>>(kinds.map((spec) => [spec.kind, new Set<string>()]));
  const setOf = (kind: IvsResourceKind): Set<string> => live.get(kind) ?? new Set<string>();

  async function tagged(client: ConformanceClient, spec: TrackedKind): Promise<string[]> {
    if (!spec.listedBy) return [];
    const found: string[] = [];
    let nextToken: string | undefined;
    for (let page = 0; page < MAX_SWEEP_PAGES; page += 1) {
      const exchange = await client.call(spec.listedBy.operation, {
        maxResults: SWEEP_PAGE_SIZE,
        ...(nextToken ? { nextToken } : {}),
      });
      if (!succeeded(exchange)) break;
      for (const summary of listAt(exchange.json, spec.listedBy.member)) {
        if (recordAt(summary, 'tags')[RUN_TAG_KEY] === runId && typeof summary['arn'] === 'string')
          found.push(summary['arn']);
      }
      const token = bodyOf(exchange)['nextToken'];
      if (typeof token !== 'string' || token === '' || token === nextToken) break;
      nextToken = token;
    }
    return found;
  }

  async function remove(
    client: ConformanceClient,
    streams: StreamControl | null,
    spec: TrackedKind,
    arn: string,
  ): Promise<Exchange> {
    const exchange = await client.call(spec.deletedBy, { arn });
    if (spec.kind !== 'channel' || exchange.response?.status !== 409 || !streams) return exchange;
    // A live channel cannot be deleted: take it off the air first.
    await streams.stop(arn);
    return client.call(spec.deletedBy, { arn });
  }

  return {
    noteExchange(exchange) {
      if (!succeeded(exchange) || exchange.operation === null) return;
      const body = bodyOf(exchange);
      for (const spec of kinds) {
        for (const { operation, member } of spec.createdBy) {
          const arn = recordAt(body, member)['arn'];
          if (exchange.operation === operation && typeof arn === 'string') setOf(spec.kind).add(arn);
        }
        if (exchange.operation === spec.deletedBy) {
          const arn = requestArn(exchange);
          if (arn) setOf(spec.kind).delete(arn);
        }
      }
    },
    channels: () => [...setOf('channel')],
    tracked: (kind) => [...setOf(kind)],
    async cleanup(client, streams) {
      const deleted: string[] = [];
      const leftovers: string[] = [];
      for (const spec of kinds) {
        const arns = setOf(spec.kind);
        for (const arn of await tagged(client, spec)) arns.add(arn);
        for (const arn of [...arns]) {
          const exchange = await remove(client, streams, spec, arn);
          if (succeeded(exchange)) deleted.push(arn);
          else if (exchange.response?.status !== 404) leftovers.push(`${arn}: ${why(exchange)}`);
          arns.delete(arn);
        }
      }
      return { deleted, leftovers };
    },
  };
}
