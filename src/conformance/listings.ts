import { operationNames, operations } from '../../generated/operations.js';
import { inputSchemas } from '../../generated/schemas.js';
import type { OperationName } from '../../generated/types.js';
import { numberKeyword, properties, resolveSchema } from '../fuzz/json-schema.js';
import { defaultPageSizeOf } from '../protocol/conventions.js';
import type { CheckContext } from './context.js';
import { recordAt } from './expect.js';
import { requiredMembers } from './model-facts.js';
import { skip } from './outcome.js';
import { kindListedBy, resourceKinds, type Workbench } from './resource-kinds.js';
import type { Scenario } from './scenario.js';

/** How many items the pagination checks put into each list they can fill. */
export const ITEMS_PER_LIST = 3;

/** The page-size facts of a paginated list operation, read from the model and the documented defaults. */
export interface PageSizes {
  /** The input member that sets the page size (`maxResults`). */
  readonly member: string;
  /** The smallest and largest page size the model allows. */
  readonly minimum: number;
  readonly maximum: number;
  /** The documented page size when the member is left out (`src/protocol/conventions.ts`). */
  readonly defaultSize: number;
}

/** A paginated list operation filled with items the check knows, ready to be walked. */
export interface Listing {
  readonly operation: OperationName;
  /** The items member of the answer. */
  readonly items: string;
  /** The input every page repeats (filters, `channelArn`). */
  readonly input: Record<string, unknown>;
  /** The item member that identifies an item (`arn`, `channelArn`, `streamId`). */
  readonly key: string;
  /** The keys the walk must find. */
  readonly expected: readonly string[];
  /** Whether the input lists exactly `expected` (a filtered list), so the page that completes it must be the last. */
  readonly exact: boolean;
  readonly pageSizes: PageSizes | null;
}

/** Every paginated operation of the generated table: a newly modelled paginator is picked up without code. */
export const paginatedOperations: readonly OperationName[] = operationNames.filter(
  (name) => operations[name].paginated !== null,
);

/** The page-size facts of a paginated operation, or `null` when it has no page-size member. */
export function pageSizesOf(operation: OperationName): PageSizes | null {
  const paginated = operations[operation].paginated;
  if (!paginated?.pageSize) return null;
  const root = inputSchemas[operation];
  const property = properties(root)[paginated.pageSize];
  const schema = property ? resolveSchema(root, property) : {};
  const minimum = numberKeyword(schema, 'minimum') ?? 1;
  const maximum = numberKeyword(schema, 'maximum') ?? defaultPageSizeOf(paginated.items);
  return { member: paginated.pageSize, minimum, maximum, defaultSize: defaultPageSizeOf(paginated.items) };
}

/** The key of an item: its member `key`, or the whole item when it has none. */
export const keyOf = (item: Record<string, unknown>, key: string): string =>
  typeof item[key] === 'string' ? (item[key] as string) : JSON.stringify(item);

/**
 * Fills a paginated operation's list with items the check made: channels under one name, the
 * stream key of a channel, live streams, the sessions of one channel, or resources of the kind the
 * list names. An operation the suite does not know is walked as it is when it needs no input, and
 * skipped (with the reason) when it does. `undefined` when setup failed (the scenario says why).
 */
export async function prepareListing(
  context: CheckContext,
  s: Scenario,
  bench: Workbench,
  operation: OperationName,
): Promise<Listing | undefined> {
  const paginated = operations[operation].paginated;
  if (!paginated) return undefined;
  const base = { operation, items: paginated.items, pageSizes: pageSizesOf(operation) };
  const channels = resourceKinds.find((k) => k.kind === 'channel');
  const needsStreams = (): boolean => {
    if (context.streams.available) return true;
    s.outcomes.push(skip(operation, `needs live streams: ${context.streams.reason}`));
    return false;
  };
  if (operation === 'ListStreams' || operation === 'ListStreamSessions') {
    if (!channels || !needsStreams()) return undefined;
    const made: string[] = [];
    for (let i = 0; i < (operation === 'ListStreams' ? ITEMS_PER_LIST : 1); i += 1) {
      const channel = s.setup(await bench.make(channels));
      if (!channel) return undefined;
      made.push(channel.arn);
    }
    if (operation === 'ListStreams') {
      for (const arn of made) if (!(await bench.goLive(arn))) return failedControl(s, operation, arn);
      return { ...base, input: {}, key: 'channelArn', expected: made, exact: false };
    }
    const channelArn = made[0] ?? '';
    const streamIds: string[] = [];
    for (let i = 0; i < ITEMS_PER_LIST; i += 1) {
      if (!(await bench.goLive(channelArn))) return failedControl(s, operation, channelArn);
      const live = await s.succeed('GetStream', { channelArn }, 'reading the live stream');
      const streamId = live ? recordAt(live.json, 'stream')['streamId'] : undefined;
      if (typeof streamId === 'string') streamIds.push(streamId);
      await bench.goOffline(channelArn);
    }
    return { ...base, input: { channelArn }, key: 'streamId', expected: streamIds, exact: true };
  }
  const listed = kindListedBy(operation);
  if (listed && channels) {
    const name = context.fixtures.name(`list-${listed.kind}`);
    const count = listed.kind === 'stream-key' ? 1 : ITEMS_PER_LIST;
    const made: Record<string, unknown>[] = [];
    for (let i = 0; i < count; i += 1) {
      const resource = s.setup(await bench.make(listed, listed.kind === 'channel' ? { name } : {}));
      if (!resource) return undefined;
      made.push(resource.resource);
    }
    const first = made[0] ?? {};
    return {
      ...base,
      input: listed.listInput(first),
      key: 'arn',
      expected: made.map((m) => String(m['arn'])),
      exact: listed.kind === 'channel' || listed.kind === 'stream-key',
    };
  }
  const required = requiredMembers(operation);
  if (required.length > 0) {
    s.outcomes.push(
      skip(operation, `the suite knows no way to make items for it, and it needs ${required.join(', ')}`),
    );
    return undefined;
  }
  return { ...base, input: {}, key: 'arn', expected: [], exact: false };
}

function failedControl(s: Scenario, operation: OperationName, arn: string): undefined {
  s.assert(false, operation, '', [], `setup: the stream control could not put ${arn} on or off the air`);
  return undefined;
}
