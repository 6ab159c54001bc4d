import { inputSchemas, shapeSchemas } from '../../../generated/schemas.js';
import type { OperationName } from '../../../generated/types.js';
import type { CheckContext } from '../context.js';
import { recordAt } from '../expect.js';
import { enumValues, properties, resolveSchema } from '../../fuzz/json-schema.js';
import { memberShape } from '../model-facts.js';
import { walkPages } from '../paging.js';
import {
  createWorkbench,
  kindOfArnShape,
  type CreatedResource,
  resourceKinds,
  type Workbench,
} from '../resource-kinds.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Check } from '../check.js';

const MAX_PAGES = 50;
const PAGE = 50;

/** The filter members of ListChannels, from its input schema: a newly modelled `filterBy…` member is picked up here. */
const channelFilters: readonly string[] = Object.keys(
  (inputSchemas.ListChannels['properties'] as Record<string, unknown> | undefined) ?? {},
).filter((member) => member.startsWith('filterBy'));

/** The channel member a filter matches: `filterByRecordingConfigurationArn` matches `recordingConfigurationArn`. */
const matchedMember = (filter: string): string => filter.charAt(8).toLowerCase() + filter.slice(9);

const channelKind = resourceKinds.find((k) => k.kind === 'channel');

/** filterByName lists the channel of exactly that name and no unrelated one; a longer name is a spec-silence point. */
async function nameFilter(context: CheckContext, s: Scenario, bench: Workbench, filter: string): Promise<void> {
  if (!channelKind) return;
  const name = context.fixtures.name('filter');
  const exact = s.setup(await bench.make(channelKind, { name }));
  const longer = s.setup(await bench.make(channelKind, { name: `${name}-longer` }));
  const other = s.setup(await bench.make(channelKind, { name: context.fixtures.name('unrelated') }));
  if (!exact || !longer || !other) return;
  const walk = await walkPages(
    context.client,
    'ListChannels',
    'channels',
    { [filter]: name, maxResults: PAGE },
    MAX_PAGES,
  );
  if (walk.problem) {
    s.assert(false, 'ListChannels', '', walk.pages, `${filter}: the filtered list cannot be read: ${walk.problem}`);
    return;
  }
  const arns = walk.items.map((c) => c['arn']);
  s.assert(
    arns.includes(exact.arn),
    'ListChannels',
    `${filter}: the channel with exactly that name is listed`,
    walk.pages,
    `${filter} ${name} does not list the channel of that name (${exact.arn})`,
  );
  const strangers = walk.items.filter((c) => typeof c['name'] !== 'string' || !c['name'].includes(name));
  s.assert(
    strangers.length === 0,
    'ListChannels',
    `${filter}: no channel with an unrelated name is listed`,
    walk.pages,
    `${filter} ${name} also lists ${strangers.length} channel(s) with other names, such as ${JSON.stringify(strangers[0]?.['name'])}`,
  );
  if (arns.includes(longer.arn))
    s.warn(
      'ListChannels',
      `${filter} ${name} also matches ${name}-longer (prefix or substring match); the spec does not say which match applies`,
      walk.pages,
    );
}

const SETTLE_READS = 20;
const SETTLE_PAUSE_MS = 250;

/**
 * Reads a resource until its `state` is no longer CREATING (at most 20 reads, 250 ms apart), since
 * whether a channel may use a recording configuration that is still CREATING is not documented.
 */
async function settled(context: CheckContext, made: CreatedResource): Promise<void> {
  let state = made.resource['state'];
  for (let read = 0; state === 'CREATING' && read < SETTLE_READS && !context.signal.aborted; read += 1) {
    if (read > 0) await new Promise((resolve) => setTimeout(resolve, SETTLE_PAUSE_MS));
    const got = await context.client.call(made.kind.get, { arn: made.arn });
    state = recordAt(got.json, made.kind.member)['state'];
  }
}

/** A filter by a referenced resource lists exactly the channels that use it. */
async function referenceFilter(
  context: CheckContext,
  s: Scenario,
  bench: Workbench,
  filter: string,
): Promise<string | undefined> {
  const shape = memberShape('ListChannels', filter);
  const referenced = shape === undefined ? undefined : kindOfArnShape(shape);
  if (!referenced || !channelKind) {
    s.outcomes.push({
      status: 'skip',
      operation: 'ListChannels',
      message: `${filter}: the suite knows no resource kind for its shape ${shape}`,
      evidence: [],
    });
    return undefined;
  }
  const member = matchedMember(filter);
  const resource = s.setup(await bench.make(referenced));
  if (!resource) return undefined;
  await settled(context, resource);
  const users: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const channel = s.setup(await bench.make(channelKind, { [member]: resource.arn }));
    if (!channel) return undefined;
    users.push(channel.arn);
  }
  const bystander = s.setup(await bench.make(channelKind));
  if (!bystander) return undefined;
  const walk = await walkPages(
    context.client,
    'ListChannels',
    'channels',
    { [filter]: resource.arn, maxResults: PAGE },
    MAX_PAGES,
  );
  if (walk.problem) {
    s.assert(false, 'ListChannels', '', walk.pages, `${filter}: the filtered list cannot be read: ${walk.problem}`);
    return resource.arn;
  }
  const listed = walk.items.map((c) => String(c['arn'])).sort();
  s.assert(
    JSON.stringify(listed) === JSON.stringify([...users].sort()),
    'ListChannels',
    `${filter}: exactly the ${users.length} channels that use the ${referenced.kind} are listed`,
    walk.pages,
    `${filter} ${resource.arn} lists ${listed.length} channel(s) (${listed.filter((a) => !users.includes(a)).length} that do not use it, ${users.filter((a) => !listed.includes(a)).length} of the ${users.length} that do missing)`,
  );
  return resource.arn;
}

/** Any two ListChannels filters together are 409 ConflictException. */
async function combinedFilters(context: CheckContext, s: Scenario, values: ReadonlyMap<string, string>): Promise<void> {
  for (const [i, first] of channelFilters.entries()) {
    for (const second of channelFilters.slice(i + 1)) {
      const input = {
        [first]: values.get(first) ?? context.fixtures.name('any'),
        [second]: values.get(second) ?? context.fixtures.name('any'),
      };
      await s.error('ListChannels', input, 'ConflictException', `${first} with ${second}`);
    }
  }
}

/** ListStreams filterBy lists only streams that match it, and each live stream under the value it has. */
async function streamFilters(context: CheckContext, s: Scenario, bench: Workbench): Promise<void> {
  if (!channelKind) return;
  const filterBy = shapeSchemas['StreamFilters']?.['properties'] as Record<string, unknown> | undefined;
  const live: Record<string, unknown>[] = [];
  for (let i = 0; i < 2; i += 1) {
    const channel = s.setup(await bench.make(channelKind));
    if (!channel || !(await bench.goLive(channel.arn))) return;
    const got = await s.succeed('GetStream', { channelArn: channel.arn }, 'reading the live stream');
    if (got) live.push(recordAt(got.json, 'stream'));
  }
  for (const member of Object.keys(filterBy ?? {})) {
    const values = enumOf('StreamFilters', member);
    for (const value of values) {
      const walk = await walkPages(
        context.client,
        'ListStreams',
        'streams',
        { filterBy: { [member]: value }, maxResults: PAGE },
        MAX_PAGES,
      );
      if (walk.problem) {
        s.assert(false, 'ListStreams', '', walk.pages, `filterBy ${member} ${value}: ${walk.problem}`);
        continue;
      }
      const strangers = walk.items.filter((stream) => stream[member] !== value);
      const listed = new Set(walk.items.map((stream) => stream['channelArn']));
      const missing = live.filter((stream) => stream[member] === value && !listed.has(stream['channelArn']));
      const wrong = live.filter((stream) => stream[member] !== value && listed.has(stream['channelArn']));
      s.assert(
        strangers.length === 0 && missing.length === 0 && wrong.length === 0,
        'ListStreams',
        `filterBy ${member} ${value}: only streams with that ${member}, and each live stream that has it`,
        walk.pages,
        `filterBy ${member} ${value}: ${strangers.length} listed stream(s) have another ${member} (such as ${JSON.stringify(strangers[0]?.[member] ?? wrong[0]?.[member])}), ${missing.length} live stream(s) with it are missing`,
      );
    }
  }
}

/** The enum values of a member of a shape, from its schema. */
function enumOf(shape: string, member: string): readonly string[] {
  const schema = shapeSchemas[shape];
  const property = schema ? properties(schema)[member] : undefined;
  const values = schema && property ? enumValues(resolveSchema(schema, property)) : undefined;
  return (values ?? []).filter((v): v is string => typeof v === 'string');
}

/** ListStreamSessions lists exactly the sessions of the channel it names; newest first is our choice of order (a spec-silence warning otherwise). */
async function sessionsPerChannel(context: CheckContext, s: Scenario, bench: Workbench): Promise<void> {
  if (!channelKind) return;
  const sessions = new Map<string, string[]>();
  for (const goLives of [2, 1]) {
    const channel = s.setup(await bench.make(channelKind));
    if (!channel) return;
    const ids: string[] = [];
    for (let i = 0; i < goLives; i += 1) {
      if (!(await bench.goLive(channel.arn))) return;
      const got = await s.succeed('GetStream', { channelArn: channel.arn }, 'reading the live stream');
      const streamId = got ? recordAt(got.json, 'stream')['streamId'] : undefined;
      if (typeof streamId === 'string') ids.push(streamId);
      await bench.goOffline(channel.arn);
    }
    sessions.set(channel.arn, ids);
  }
  for (const [channelArn, ids] of sessions) {
    const walk = await walkPages(
      context.client,
      'ListStreamSessions',
      'streamSessions',
      { channelArn, maxResults: PAGE },
      MAX_PAGES,
    );
    if (walk.problem) {
      s.assert(false, 'ListStreamSessions', '', walk.pages, `the sessions of ${channelArn}: ${walk.problem}`);
      continue;
    }
    const listed = walk.items.map((session) => String(session['streamId']));
    s.assert(
      JSON.stringify([...listed].sort()) === JSON.stringify([...ids].sort()),
      'ListStreamSessions',
      `the ${ids.length} session(s) of the channel named, and no other`,
      walk.pages,
      `ListStreamSessions of ${channelArn} lists ${listed.length} session(s) (${listed.filter((id) => !ids.includes(id)).length} not of that channel, ${ids.filter((id) => !listed.includes(id)).length} of its ${ids.length} missing)`,
    );
    const times = walk.items.map((session) => Date.parse(String(session['startTime'])));
    if (times.some((time, i) => i > 0 && time > (times[i - 1] ?? time)))
      s.warn(
        'ListStreamSessions',
        'sessions are not listed newest first; the emulator lists them so, but the spec does not say',
        walk.pages,
      );
  }
}

/** Every list filter of the model keeps exactly the matching items, and ListChannels' filters exclude each other. */
export const listFilters: Check = {
  id: 'listFilters',
  title: 'List filters',
  family: 'semantics',
  operations: ['ListChannels', 'ListStreams', 'ListStreamSessions'] satisfies OperationName[],
  rule: 'Each ListChannels filter (every filterBy… member of the model) lists exactly the channels that match it (filterByName: the channel of exactly that name and no unrelated one; whether a longer name matches is spec silence); any two together are 409 ConflictException; ListStreams filterBy lists only streams that match and every live stream that does; ListStreamSessions lists exactly the sessions of the channel it names (not newest first is a spec-silence warning). Stream filters need live streams.',
  async run(context) {
    const s = createScenario(context.client);
    const bench = createWorkbench(context, 'filter');
    try {
      const values = new Map<string, string>();
      for (const filter of channelFilters) {
        if (filter === 'filterByName') await nameFilter(context, s, bench, filter);
        else {
          const arn = await referenceFilter(context, s, bench, filter);
          if (arn) values.set(filter, arn);
        }
      }
      await combinedFilters(context, s, values);
      await bench.release();
      if (!context.streams.available) {
        for (const operation of ['ListStreams', 'ListStreamSessions'] as const)
          s.outcomes.push({
            status: 'skip',
            operation,
            message: `needs live streams: ${context.streams.reason}`,
            evidence: [],
          });
      } else {
        await streamFilters(context, s, bench);
        await sessionsPerChannel(context, s, bench);
      }
    } finally {
      await bench.release();
    }
    return s.outcomes;
  },
};
