import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { OperationName } from '../../generated/types.js';
import { createIvsStore, invokeOperation, type IvsStore } from '../../src/mock/index.js';
import type { Result } from '../../src/mock/result.js';

/** The simple model the store is checked against: plain maps, no ids of its own. */
interface ModelChannel {
  name: string;
  latencyMode: string;
  type: string;
  tags: Map<string, string>;
  live: boolean;
}
interface Model {
  channels: Map<string, ModelChannel>;
  keys: Map<string, { channelArn: string; tags: Map<string, string> }>;
  /** ARNs of channels and keys that were deleted: they must stay gone. */
  gone: Set<string>;
}
interface Real {
  store: IvsStore;
}

const caller = { accountId: '123456789012', region: 'us-west-2' };
const invoke = (
  real: Real,
  operation: OperationName,
  input: Record<string, unknown>,
): Result<Record<string, unknown>> =>
  invokeOperation(real.store, caller, operation, input) as Result<Record<string, unknown>>;

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`unexpected ${result.error.type}: ${result.error.message}`);
  return result.value;
}
const failure = (result: Result<unknown>): string => (result.ok ? 'ok' : result.error.type);

const pickFrom = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];
const sortedKeys = (map: Map<string, unknown>) => [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const unknownChannel = 'arn:aws:ivs:us-west-2:123456789012:channel/nonExistent0';

/** Tags that sometimes push a resource past 50 after merging, hold keys like `__proto__`, and now and then a reserved `aws:` key. */
const tagsArb = fc
  .tuple(
    fc.constantFrom('a', 'b', 'c', 'd'),
    fc.integer({ min: 0, max: 30 }),
    fc.subarray(['__proto__', 'constructor', 'toString']),
    fc.integer({ min: 0, max: 9 }).map((n) => (n === 0 ? ['aws:cost'] : [])),
  )
  .map(([prefix, count, special, reserved]) =>
    Object.fromEntries(
      [...Array.from({ length: count }, (_, i) => `${prefix}${i}`), ...special, ...reserved].map((k) => [k, `v-${k}`]),
    ),
  );
const hasReserved = (tags: Record<string, string>) => Object.keys(tags).some((k) => k.toLowerCase().startsWith('aws:'));

type Command = fc.Command<Model, Real>;

class CreateChannel implements Command {
  constructor(
    readonly name: string,
    readonly latencyMode: 'LOW' | 'NORMAL' | undefined,
    readonly tags: Record<string, string>,
  ) {}
  check = () => true;
  run(model: Model, real: Real) {
    const result = invoke(real, 'CreateChannel', {
      name: this.name,
      ...(this.latencyMode ? { latencyMode: this.latencyMode } : {}),
      tags: this.tags,
    });
    if (hasReserved(this.tags) || Object.keys(this.tags).length > 50)
      return void expect(failure(result)).toBe('ValidationException');
    const out = must(result) as { channel: { arn: string; tags: Record<string, string> }; streamKey: { arn: string } };
    expect(model.channels.has(out.channel.arn)).toBe(false);
    expect(out.channel.tags).toEqual(this.tags);
    model.channels.set(out.channel.arn, {
      name: this.name,
      latencyMode: this.latencyMode ?? 'LOW',
      type: 'STANDARD',
      tags: new Map(Object.entries(this.tags)),
      live: false,
    });
    model.keys.set(out.streamKey.arn, { channelArn: out.channel.arn, tags: new Map() });
  }
  toString = () => `CreateChannel(${this.name}, ${this.latencyMode}, ${Object.keys(this.tags).length} tags)`;
}

class DeleteChannel implements Command {
  constructor(readonly index: number) {}
  check = () => true;
  run(model: Model, real: Real) {
    const arn = pickFrom([...model.channels.keys()], this.index) ?? unknownChannel;
    const result = invoke(real, 'DeleteChannel', { arn });
    const channel = model.channels.get(arn);
    if (channel === undefined) return void expect(failure(result)).toBe('ResourceNotFoundException');
    if (channel.live) return void expect(failure(result)).toBe('ConflictException');
    must(result);
    model.channels.delete(arn);
    model.gone.add(arn);
    for (const [keyArn, key] of model.keys) {
      if (key.channelArn !== arn) continue;
      model.keys.delete(keyArn);
      model.gone.add(keyArn);
    }
  }
  toString = () => `DeleteChannel(#${this.index})`;
}

class UpdateChannel implements Command {
  constructor(
    readonly index: number,
    readonly name: string | undefined,
    readonly type: 'BASIC' | 'STANDARD' | undefined,
  ) {}
  check = (model: Readonly<Model>) => model.channels.size > 0;
  run(model: Model, real: Real) {
    const arn = pickFrom([...model.channels.keys()], this.index) ?? '';
    const channel = model.channels.get(arn);
    const result = invoke(real, 'UpdateChannel', {
      arn,
      ...(this.name === undefined ? {} : { name: this.name }),
      ...(this.type ? { type: this.type } : {}),
    });
    if (channel === undefined) throw new Error('check() guarantees a channel');
    if (channel.live) return void expect(failure(result)).toBe('ConflictException');
    must(result);
    if (this.name !== undefined) channel.name = this.name;
    if (this.type !== undefined) channel.type = this.type;
  }
  toString = () => `UpdateChannel(#${this.index}, ${this.name}, ${this.type})`;
}

class CreateStreamKey implements Command {
  constructor(readonly index: number) {}
  check = (model: Readonly<Model>) => model.channels.size > 0;
  run(model: Model, real: Real) {
    const channelArn = pickFrom([...model.channels.keys()], this.index) ?? '';
    const result = invoke(real, 'CreateStreamKey', { channelArn });
    if ([...model.keys.values()].some((k) => k.channelArn === channelArn))
      return void expect(failure(result)).toBe('ServiceQuotaExceededException');
    const out = must(result) as { streamKey: { arn: string } };
    model.keys.set(out.streamKey.arn, { channelArn, tags: new Map() });
  }
  toString = () => `CreateStreamKey(#${this.index})`;
}

class DeleteStreamKey implements Command {
  constructor(readonly index: number) {}
  check = (model: Readonly<Model>) => model.keys.size > 0;
  run(model: Model, real: Real) {
    const arn = pickFrom([...model.keys.keys()], this.index) ?? '';
    must(invoke(real, 'DeleteStreamKey', { arn }));
    model.keys.delete(arn);
    model.gone.add(arn);
    expect(failure(invoke(real, 'GetStreamKey', { arn }))).toBe('ResourceNotFoundException');
  }
  toString = () => `DeleteStreamKey(#${this.index})`;
}

class StartStream implements Command {
  constructor(readonly index: number) {}
  check = (model: Readonly<Model>) => model.channels.size > 0;
  run(model: Model, real: Real) {
    const arn = pickFrom([...model.channels.keys()], this.index) ?? '';
    must(real.store.tryStartStream(arn));
    const channel = model.channels.get(arn);
    if (channel !== undefined) channel.live = true;
  }
  toString = () => `startStream(#${this.index})`;
}

class StopStream implements Command {
  constructor(readonly index: number) {}
  check = (model: Readonly<Model>) => model.channels.size > 0;
  run(model: Model, real: Real) {
    const arn = pickFrom([...model.channels.keys()], this.index) ?? '';
    const channel = model.channels.get(arn);
    const result = invoke(real, 'StopStream', { channelArn: arn });
    if (channel === undefined) throw new Error('check() guarantees a channel');
    if (!channel.live) return void expect(failure(result)).toBe('ChannelNotBroadcasting');
    must(result);
    channel.live = false;
  }
  toString = () => `StopStream(#${this.index})`;
}

class TagResource implements Command {
  constructor(
    readonly index: number,
    readonly tags: Record<string, string>,
  ) {}
  check = (model: Readonly<Model>) => model.channels.size + model.keys.size > 0;
  run(model: Model, real: Real) {
    const resources: [string, Map<string, string>][] = [
      ...[...model.channels].map(([a, c]) => [a, c.tags] as [string, Map<string, string>]),
      ...[...model.keys].map(([a, k]) => [a, k.tags] as [string, Map<string, string>]),
    ];
    const [resourceArn = '', tags = new Map<string, string>()] = pickFrom(resources, this.index) ?? [];
    const result = invoke(real, 'TagResource', { resourceArn, tags: this.tags });
    const merged = new Map([...tags, ...Object.entries(this.tags)]);
    if (hasReserved(this.tags) || merged.size > 50) return void expect(failure(result)).toBe('ValidationException');
    must(result);
    for (const [k, v] of Object.entries(this.tags)) tags.set(k, v);
  }
  toString = () => `TagResource(#${this.index}, ${Object.keys(this.tags).length} tags)`;
}

class UntagResource implements Command {
  constructor(
    readonly index: number,
    readonly keys: string[],
  ) {}
  check = (model: Readonly<Model>) => model.channels.size > 0;
  run(model: Model, real: Real) {
    const [resourceArn = '', channel] = pickFrom([...model.channels], this.index) ?? [];
    const result = invoke(real, 'UntagResource', { resourceArn, tagKeys: this.keys });
    if (this.keys.some((k) => k.startsWith('aws:'))) return void expect(failure(result)).toBe('ValidationException');
    must(result);
    for (const key of this.keys) channel?.tags.delete(key);
  }
  toString = () => `UntagResource(#${this.index}, ${this.keys.join(',')})`;
}

/** Reads every channel, key, tag and stream back and compares them with the model. */
class CheckEverything implements Command {
  constructor(readonly pageSize: number) {}
  check = () => true;
  run(model: Model, real: Real) {
    const listed: { arn: string; name: string; latencyMode: string; tags: Record<string, string> }[] = [];
    let nextToken: string | undefined;
    do {
      const page = must(
        invoke(real, 'ListChannels', { maxResults: this.pageSize, ...(nextToken === undefined ? {} : { nextToken }) }),
      ) as { channels: typeof listed; nextToken?: string };
      listed.push(...page.channels);
      nextToken = page.nextToken;
    } while (nextToken !== undefined);
    expect(listed.map((c) => c.arn)).toEqual(sortedKeys(model.channels));
    for (const summary of listed) {
      const channel = model.channels.get(summary.arn);
      expect(summary).toEqual({
        arn: summary.arn,
        name: channel?.name,
        latencyMode: channel?.latencyMode,
        authorized: false,
        recordingConfigurationArn: '',
        tags: Object.fromEntries(channel?.tags ?? []),
        insecureIngest: false,
        type: channel?.type,
        ...(channel?.type === 'ADVANCED_HD' || channel?.type === 'ADVANCED_SD'
          ? { preset: 'HIGHER_BANDWIDTH_DELIVERY' }
          : {}),
        playbackRestrictionPolicyArn: '',
        adConfigurationArn: '',
      });
      const full = must(invoke(real, 'GetChannel', { arn: summary.arn })) as { channel: { type: string } };
      expect(full.channel.type).toBe(channel?.type);
      const keys = must(invoke(real, 'ListStreamKeys', { channelArn: summary.arn, maxResults: 50 })) as {
        streamKeys: { arn: string }[];
      };
      expect(keys.streamKeys.map((k) => k.arn)).toEqual(
        [...model.keys]
          .filter(([, k]) => k.channelArn === summary.arn)
          .map(([a]) => a)
          .sort(),
      );
    }
    for (const [arn, key] of model.keys) {
      expect(must(invoke(real, 'ListTagsForResource', { resourceArn: arn }))).toEqual({
        tags: Object.fromEntries(key.tags),
      });
    }
    for (const arn of model.gone) {
      const operation = arn.includes(':channel/') ? 'GetChannel' : 'GetStreamKey';
      expect(failure(invoke(real, operation, { arn }))).toBe('ResourceNotFoundException');
    }
    const streams = must(invoke(real, 'ListStreams', { maxResults: 50 })) as { streams: { channelArn: string }[] };
    expect(streams.streams.map((s) => s.channelArn)).toEqual(
      [...model.channels]
        .filter(([, c]) => c.live)
        .map(([a]) => a)
        .sort(),
    );
  }
  toString = () => `CheckEverything(pageSize ${this.pageSize})`;
}

const index = fc.nat({ max: 1000 });
const createChannel = fc
  .tuple(fc.constantFrom('', 'alpha', 'beta'), fc.constantFrom(undefined, 'LOW' as const, 'NORMAL' as const), tagsArb)
  .map(([n, l, t]) => new CreateChannel(n, l, t));
const commands = [
  // Listed three times so that sequences build up enough channels for the other commands.
  createChannel,
  createChannel,
  createChannel,
  index.map((i) => new DeleteChannel(i)),
  fc
    .tuple(
      index,
      fc.constantFrom(undefined, '', 'renamed'),
      fc.constantFrom(undefined, 'BASIC' as const, 'STANDARD' as const),
    )
    .map(([i, n, t]) => new UpdateChannel(i, n, t)),
  index.map((i) => new CreateStreamKey(i)),
  index.map((i) => new DeleteStreamKey(i)),
  index.map((i) => new StartStream(i)),
  index.map((i) => new StopStream(i)),
  fc.tuple(index, tagsArb).map(([i, t]) => new TagResource(i, t)),
  fc
    .tuple(index, fc.subarray(['a0', 'a1', 'b0', '__proto__', 'constructor', 'missing', 'aws:cost']))
    .map(([i, k]) => new UntagResource(i, k)),
  fc.integer({ min: 1, max: 4 }).map((n) => new CheckEverything(n)),
];

describe('the store against a simple model', () => {
  test('random command sequences keep the store and the model in agreement', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 60, size: 'medium' }), (sequence) => {
        const setup = () => ({
          model: { channels: new Map(), keys: new Map(), gone: new Set() } as Model,
          real: { store: createIvsStore({ seed: 9 }) } as Real,
        });
        fc.modelRun(setup, [...sequence, new CheckEverything(3)]);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
