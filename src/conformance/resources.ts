import type { ConformanceClient } from './client.js';
import { bodyOf, listAt, recordAt, succeeded } from './expect.js';
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

/** Remembers every channel and stream key the run created, whichever check or sequence created it. */
export interface ResourceTracker {
  /** Learns created (and deleted) resources from an exchange. */
  noteExchange(exchange: Exchange): void;
  /** The channels created and not yet seen deleted. */
  channels(): readonly string[];
  /** Deletes everything still tracked plus every channel tagged with this run id. */
  cleanup(client: ConformanceClient, streams: StreamControl | null): Promise<CleanupReport>;
}

const MAX_SWEEP_PAGES = 100;

function requestArn(exchange: Exchange): string | undefined {
  try {
    const body = JSON.parse(exchange.request.body ?? '{}') as Record<string, unknown>;
    return typeof body['arn'] === 'string' ? body['arn'] : undefined;
  } catch {
    return undefined;
  }
}

/** Creates a tracker for one run, identified by its run id. */
export function createResourceTracker(runId: string): ResourceTracker {
  const channels = new Set<string>();
  const streamKeys = new Set<string>();

  async function taggedChannels(client: ConformanceClient): Promise<string[]> {
    const found: string[] = [];
    let nextToken: string | undefined;
    for (let page = 0; page < MAX_SWEEP_PAGES; page += 1) {
      const exchange = await client.call('ListChannels', { maxResults: 50, ...(nextToken ? { nextToken } : {}) });
      if (!succeeded(exchange)) break;
      for (const summary of listAt(exchange.json, 'channels')) {
        if (recordAt(summary, 'tags')[RUN_TAG_KEY] === runId && typeof summary['arn'] === 'string')
          found.push(summary['arn']);
      }
      const token = bodyOf(exchange)['nextToken'];
      if (typeof token !== 'string' || token === '' || token === nextToken) break;
      nextToken = token;
    }
    return found;
  }

  return {
    noteExchange(exchange) {
      if (!succeeded(exchange)) return;
      const body = bodyOf(exchange);
      if (exchange.operation === 'CreateChannel') {
        const arn = recordAt(body, 'channel')['arn'];
        const keyArn = recordAt(body, 'streamKey')['arn'];
        if (typeof arn === 'string') channels.add(arn);
        if (typeof keyArn === 'string') streamKeys.add(keyArn);
      } else if (exchange.operation === 'CreateStreamKey') {
        const keyArn = recordAt(body, 'streamKey')['arn'];
        if (typeof keyArn === 'string') streamKeys.add(keyArn);
      } else if (exchange.operation === 'DeleteChannel') {
        const arn = requestArn(exchange);
        if (arn) channels.delete(arn);
      } else if (exchange.operation === 'DeleteStreamKey') {
        const arn = requestArn(exchange);
        if (arn) streamKeys.delete(arn);
      }
    },
    channels: () => [...channels],
    async cleanup(client, streams) {
      const deleted: string[] = [];
      const leftovers: string[] = [];
      for (const arn of await taggedChannels(client)) channels.add(arn);
      for (const arn of [...streamKeys]) {
        const exchange = await client.call('DeleteStreamKey', { arn });
        const status = exchange.response?.status;
        if (succeeded(exchange)) deleted.push(arn);
        else if (status !== 404) leftovers.push(`${arn}: ${exchange.transportError ?? `status ${status}`}`);
        streamKeys.delete(arn);
      }
      for (const arn of [...channels]) {
        let exchange = await client.call('DeleteChannel', { arn });
        if (exchange.response?.status === 409 && streams) {
          await streams.stop(arn);
          exchange = await client.call('DeleteChannel', { arn });
        }
        const status = exchange.response?.status;
        if (succeeded(exchange)) deleted.push(arn);
        else if (status !== 404) leftovers.push(`${arn}: ${exchange.transportError ?? `status ${status}`}`);
        channels.delete(arn);
      }
      return { deleted, leftovers };
    },
  };
}
