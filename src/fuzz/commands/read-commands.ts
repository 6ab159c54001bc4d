import fc from 'fast-check';
import type { ChannelSummary, OperationName, StreamKeySummary, StreamSummary } from '../../../generated/types.js';
import type { IvsTarget, TargetResponse } from '../target.js';
import { channelTarget, expectChannel } from './channel-commands.js';
import { always, IvsCommand } from './command.js';
import { canonical, expectError, expectSame, expectSuccess, IvsMismatch } from './expect.js';
import { pickArbitrary, resolvePick, type IvsModel, type ModelChannel } from './model.js';
import { paginateCall, sdkCall } from './sdk-call.js';
import { expectStreamKey, keyTarget } from './stream-key-commands.js';
import type { CommandSettings } from './settings.js';

/** More pages than any listing of the model can need; a target that keeps paging past it is looping. */
const PAGE_LIMIT = 200;

/** Follows `nextToken` from the first page to the last, checking each page's size, and returns every item. */
export async function allPages<T>(
  target: IvsTarget,
  operation: OperationName,
  input: Record<string, unknown>,
  items: (body: Record<string, unknown>) => T[],
): Promise<T[]> {
  const collected: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < PAGE_LIMIT; page += 1) {
    const response: TargetResponse = await target.send(
      operation,
      token === undefined ? input : { ...input, nextToken: token },
    );
    const body = expectSuccess(operation, response) as unknown as Record<string, unknown>;
    const pageItems = items(body);
    const limit = input['maxResults'];
    if (typeof limit === 'number' && pageItems.length > limit)
      throw new IvsMismatch(`${operation}: a page holds ${pageItems.length} items, more than maxResults ${limit}`);
    collected.push(...pageItems);
    const next = body['nextToken'];
    if (typeof next !== 'string') return collected;
    if (next === token)
      throw new IvsMismatch(`${operation}: nextToken ${JSON.stringify(next)} was returned twice in a row`);
    token = next;
  }
  throw new IvsMismatch(`${operation}: still returning nextToken after ${PAGE_LIMIT} pages`);
}

/**
 * Compares listed ARNs with the model's: every expected one, plus any of `optional`; nothing else
 * when the target is exclusive, anything else otherwise.
 */
export function expectListed(
  what: string,
  listed: readonly string[],
  expected: readonly string[],
  model: IvsModel,
  optional: readonly string[] = [],
): void {
  const duplicates = listed.filter((arn, i) => listed.indexOf(arn) !== i);
  if (duplicates.length > 0) throw new IvsMismatch(`${what}: listed more than once: ${duplicates.join(', ')}`);
  const missing = expected.filter((arn) => !listed.includes(arn));
  if (missing.length > 0) throw new IvsMismatch(`${what}: missing ${missing.join(', ')}`);
  const extra = listed.filter((arn) => !expected.includes(arn) && !optional.includes(arn));
  if (model.exclusive && extra.length > 0) throw new IvsMismatch(`${what}: unexpected ${extra.join(', ')}`);
}

/** Batch lookups: ARNs that exist come back as resources, the others as errors, each once. */
function expectBatch(
  operation: OperationName,
  found: readonly string[],
  failed: readonly string[],
  requested: readonly string[],
  existing: ReadonlySet<string>,
): void {
  const unique = [...new Set(requested)];
  expectSame(`${operation} found`, [...found].sort(), unique.filter((arn) => existing.has(arn)).sort());
  expectSame(`${operation} errors`, [...failed].sort(), unique.filter((arn) => !existing.has(arn)).sort());
}

const pageSize = fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined });

/** Commands that only read: list pages and batch lookups. */
export function readCommands(settings: CommandSettings): fc.Arbitrary<IvsCommand>[] {
  const { scope } = settings;
  const listChannels = fc.tuple(pageSize, fc.option(pickArbitrary('channel', scope), { nil: undefined })).map(
    ([maxResults, namePick]) =>
      new IvsCommand('ListChannels', always, (model) => {
        const named = namePick === undefined ? undefined : resolvePick(model.channels, namePick);
        const filterByName = namePick === undefined ? undefined : (named?.name ?? 'no-such-name');
        const input = {
          ...(maxResults === undefined ? {} : { maxResults }),
          ...(filterByName === undefined ? {} : { filterByName }),
        };
        return {
          line: paginateCall('ListChannels', input),
          async perform(target) {
            const summaries = await allPages<ChannelSummary>(
              target,
              'ListChannels',
              input,
              (b) => (b['channels'] as ChannelSummary[]) ?? [],
            );
            // Names are matched exactly; a target with other channels may list more.
            const expected = model.channels.filter((c) => filterByName === undefined || c.name === filterByName);
            // Exact or prefix matching is the emulator's choice: tolerant mode also takes channels whose name starts with the filter.
            const optional =
              filterByName === undefined || settings.silentPoints !== 'tolerant'
                ? []
                : model.channels.filter((c) => c.name !== filterByName && c.name.startsWith(filterByName));
            expectListed(
              'ListChannels',
              summaries.map((s) => s.arn ?? ''),
              expected.map((c) => c.arn),
              model,
              optional.map((c) => c.arn),
            );
            const checked = [...expected, ...optional];
            const tolerant = settings.silentPoints === 'tolerant';
            for (const summary of summaries) {
              const channel = checked.find((c) => c.arn === summary.arn);
              if (channel !== undefined) {
                expectSame(
                  `ListChannels summary of ${channel.arn}`,
                  {
                    name: tolerant ? (summary.name ?? '') : summary.name,
                    latencyMode: summary.latencyMode,
                    tags: tolerant ? (summary.tags ?? {}) : summary.tags,
                  },
                  {
                    name: channel.name,
                    latencyMode: channel.latencyMode,
                    tags: channel.tags,
                  },
                );
              }
            }
          },
        };
      }),
  );

  const listStreamKeys = fc.tuple(pickArbitrary('channel', scope), pageSize).map(
    ([pick, maxResults]) =>
      new IvsCommand('ListStreamKeys', always, (model) => {
        const { channel, arn, shown } = channelTarget(model, pick);
        const input = { channelArn: arn, ...(maxResults === undefined ? {} : { maxResults }) };
        return {
          line: paginateCall('ListStreamKeys', { ...input, channelArn: shown }),
          async perform(target) {
            if (channel === undefined)
              return void expectError(
                'ListStreamKeys',
                await target.send('ListStreamKeys', input),
                'ResourceNotFoundException',
              );
            const summaries = await allPages<StreamKeySummary>(
              target,
              'ListStreamKeys',
              input,
              (b) => (b['streamKeys'] as StreamKeySummary[]) ?? [],
            );
            const expected = model.streamKeys.filter((k) => k.channelArn === arn);
            expectSame(
              'ListStreamKeys',
              summaries
                .map((s) =>
                  canonical({
                    arn: s.arn,
                    channelArn: s.channelArn,
                    tags: settings.silentPoints === 'tolerant' ? (s.tags ?? {}) : s.tags,
                  }),
                )
                .sort(),
              expected.map((k) => canonical({ arn: k.arn, channelArn: k.channelArn, tags: k.tags })).sort(),
            );
            if (summaries.some((s) => Object.hasOwn(s, 'value')))
              throw new IvsMismatch('ListStreamKeys: a summary carries the secret value');
          },
        };
      }),
  );

  const listStreams = pageSize.map(
    (maxResults) =>
      new IvsCommand('ListStreams', always, (model) => {
        const input = maxResults === undefined ? {} : { maxResults };
        return {
          line: paginateCall('ListStreams', input),
          async perform(target) {
            const summaries = await allPages<StreamSummary>(
              target,
              'ListStreams',
              input,
              (b) => (b['streams'] as StreamSummary[]) ?? [],
            );
            const live = model.channels.filter((c) => c.live !== undefined).map((c) => c.arn);
            expectListed(
              'ListStreams',
              summaries.map((s) => s.channelArn ?? ''),
              live,
              model,
            );
          },
        };
      }),
  );

  const batchGetChannel = fc.array(pickArbitrary('channel', scope), { minLength: 1, maxLength: 5 }).map(
    (picks) =>
      new IvsCommand('BatchGetChannel', always, (model) => {
        const targets = picks.map((pick) => channelTarget(model, pick));
        const arns = targets.map((t) => t.arn);
        return {
          line: sdkCall('BatchGetChannel', { arns: targets.map((t) => t.shown) }),
          async perform(target) {
            const body = expectSuccess('BatchGetChannel', await target.send('BatchGetChannel', { arns }));
            const channels = body.channels ?? [];
            expectBatch(
              'BatchGetChannel',
              channels.map((c) => c.arn ?? ''),
              (body.errors ?? []).map((e) => e.arn ?? ''),
              arns,
              new Set(model.channels.map((c) => c.arn)),
            );
            for (const channel of channels) {
              const expected = model.channels.find((c) => c.arn === channel.arn) as ModelChannel;
              expectChannel(`BatchGetChannel ${channel.arn}`, channel, expected, settings);
            }
          },
        };
      }),
  );

  const batchGetStreamKey = fc.array(pickArbitrary('stream-key', scope), { minLength: 1, maxLength: 5 }).map(
    (picks) =>
      new IvsCommand('BatchGetStreamKey', always, (model) => {
        const targets = picks.map((pick) => keyTarget(model, pick));
        const arns = targets.map((t) => t.arn);
        return {
          line: sdkCall('BatchGetStreamKey', { arns: targets.map((t) => t.shown) }),
          async perform(target) {
            const body = expectSuccess('BatchGetStreamKey', await target.send('BatchGetStreamKey', { arns }));
            const keys = body.streamKeys ?? [];
            expectBatch(
              'BatchGetStreamKey',
              keys.map((k) => k.arn ?? ''),
              (body.errors ?? []).map((e) => e.arn ?? ''),
              arns,
              new Set(model.streamKeys.map((k) => k.arn)),
            );
            for (const key of keys) {
              const expected = model.streamKeys.find((k) => k.arn === key.arn);
              if (expected !== undefined) expectStreamKey(`BatchGetStreamKey ${key.arn}`, key, expected, settings);
            }
          },
        };
      }),
  );

  return [listChannels, listStreamKeys, listStreams, batchGetChannel, batchGetStreamKey];
}
