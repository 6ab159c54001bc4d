import { type OperationSpec, operations } from '../../../../generated/operations.js';

/** A channel as the model remembers it. */
interface ModelChannel {
  name: string;
  latencyMode: string;
  type: string;
  readonly tags: Map<string, string>;
}

/** A stream key as the model remembers it. */
interface ModelStreamKey {
  readonly channelArn: string;
  readonly tags: Map<string, string>;
}

/** The state as plain, order-independent data, comparable with `toEqual`. */
export interface NormalState {
  readonly channels: readonly (readonly [string, string, string, string, readonly (readonly [string, string])[]])[];
  readonly streamKeys: readonly (readonly [string, string, readonly (readonly [string, string])[]])[];
  readonly live: readonly string[];
}

/** Which handler a request reaches, read from its method and path the way the server routes it. */
export type Route =
  | { readonly kind: 'operation'; readonly operation: OperationSpec; readonly label: string | undefined }
  | { readonly kind: 'control'; readonly name: 'reset' | 'snapshot' | 'restore' | 'streams/start' | 'streams/stop' }
  | { readonly kind: 'none' };

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortedEntries = (tags: ReadonlyMap<string, string>): (readonly [string, string])[] =>
  [...tags].sort((a, b) => byCodeUnits(a[0], b[0]));
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(value, key) ? value[key] : undefined;

function tagMap(value: unknown): Map<string, string> {
  return new Map(isRecord(value) ? Object.entries(value).map(([k, v]) => [k, String(v)] as [string, string]) : []);
}

/** Reads a snapshot (as JSON) of the default partition into the normal form. */
export function normalizeSnapshot(snapshot: unknown): NormalState {
  const partitions =
    isRecord(snapshot) && Array.isArray(snapshot['partitions']) ? (snapshot['partitions'] as unknown[]) : [];
  const channels: NormalState['channels'][number][] = [];
  const streamKeys: NormalState['streamKeys'][number][] = [];
  const live: string[] = [];
  for (const partition of partitions.filter(isRecord)) {
    for (const c of (partition['channels'] as unknown[]).filter(isRecord)) {
      channels.push([
        String(c['arn']),
        String(c['name']),
        String(c['latencyMode']),
        String(c['type']),
        sortedEntries(tagMap(own(c, 'tags'))),
      ]);
    }
    for (const k of (partition['streamKeys'] as unknown[]).filter(isRecord)) {
      streamKeys.push([String(k['arn']), String(k['channelArn']), sortedEntries(tagMap(own(k, 'tags')))]);
    }
    for (const s of (partition['streams'] as unknown[]).filter(isRecord)) live.push(String(s['channelArn']));
  }
  return {
    channels: channels.sort((a, b) => byCodeUnits(a[0], b[0])),
    streamKeys: streamKeys.sort((a, b) => byCodeUnits(a[0], b[0])),
    live: live.sort(byCodeUnits),
  };
}

const controlNames = ['reset', 'snapshot', 'restore', 'streams/start', 'streams/stop'] as const;
const controlMethods: Readonly<Record<(typeof controlNames)[number], string>> = {
  reset: 'POST',
  snapshot: 'GET',
  restore: 'POST',
  'streams/start': 'POST',
  'streams/stop': 'POST',
};

/** The operations grouped by URI in the server's order (by operation name), so the first match wins as there. */
const uris = [...new Set(Object.values(operations).map((operation) => operation.uri))];

/**
 * Where the server sends a request: the control routes first, then the first IVS URI that matches
 * (suffix match; `/tags/{resourceArn}` takes the rest of the path). A labelled route only claims
 * an unsigned request whose label starts with `arn:`; one it does not claim reaches no operation.
 */
export function routeOf(method: string, path: string): Route {
  const pathname = new URL(path, 'http://127.0.0.1').pathname;
  for (const name of controlNames) {
    const suffix = `/_ivs-contract/${name}`;
    if (method === controlMethods[name] && (pathname.endsWith(suffix) || pathname.endsWith(`${suffix}/`)))
      return { kind: 'control', name };
  }
  if (method === 'OPTIONS') return { kind: 'none' };
  for (const uri of uris) {
    const label = /^(.*)\{\w+\}$/.exec(uri);
    let raw: string | undefined;
    if (label === null) {
      if (!pathname.endsWith(uri)) continue;
    } else {
      const prefix = label[1] ?? '';
      const at = pathname.indexOf(prefix);
      if (at < 0) continue;
      raw = pathname.slice(pathname.indexOf(prefix) + prefix.length);
      if (!/^arn(:|%3A)/i.test(raw)) return { kind: 'none' };
    }
    const operation = Object.values(operations).find(
      (candidate) => candidate.uri === uri && candidate.method === method,
    );
    return operation === undefined ? { kind: 'none' } : { kind: 'operation', operation, label: raw };
  }
  return { kind: 'none' };
}

/** The body text as the server reads it (UTF-8, a leading BOM dropped, bad bytes replaced). */
export function bodyText(body: string | Buffer | undefined): string {
  if (body === undefined) return '';
  return new TextDecoder().decode(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
}

/** The JSON object a body decodes to, or undefined when the server would refuse it. */
export function bodyObject(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the emulator's default partition should hold: changed only by requests it accepted (a
 * 2xx), each applied the way the API describes. `apply` returns why an accepted request makes no
 * sense for the state the model holds, or undefined.
 */
export class StateModel {
  private readonly channels = new Map<string, ModelChannel>();
  private readonly streamKeys = new Map<string, ModelStreamKey>();
  private readonly live = new Set<string>();

  /** Channel ARNs, in code-unit order. */
  channelArns(): string[] {
    return [...this.channels.keys()].sort(byCodeUnits);
  }

  /** Stream-key ARNs, in code-unit order. */
  streamKeyArns(): string[] {
    return [...this.streamKeys.keys()].sort(byCodeUnits);
  }

  /** The tag keys of a resource (empty when unknown). */
  tagKeysOf(arn: string): string[] {
    return [...(this.channels.get(arn)?.tags.keys() ?? this.streamKeys.get(arn)?.tags.keys() ?? [])];
  }

  /** Forgets everything. */
  clear(): void {
    this.channels.clear();
    this.streamKeys.clear();
    this.live.clear();
  }

  /** The model in normal form. */
  normal(): NormalState {
    return {
      channels: [...this.channels]
        .map(([arn, c]) => [arn, c.name, c.latencyMode, c.type, sortedEntries(c.tags)] as const)
        .sort((a, b) => byCodeUnits(a[0], b[0])),
      streamKeys: [...this.streamKeys]
        .map(([arn, k]) => [arn, k.channelArn, sortedEntries(k.tags)] as const)
        .sort((a, b) => byCodeUnits(a[0], b[0])),
      live: [...this.live].sort(byCodeUnits),
    };
  }

  private deleteChannel(arn: string): void {
    this.channels.delete(arn);
    this.live.delete(arn);
    for (const [keyArn, key] of this.streamKeys) if (key.channelArn === arn) this.streamKeys.delete(keyArn);
  }

  /** Applies one accepted request: its route, the body text the server read, its query, and the parsed reply body. */
  apply(route: Route, text: string, searchParams: URLSearchParams, reply: unknown): string | undefined {
    if (route.kind === 'none') return 'a request no route takes was accepted';
    const input = bodyObject(text);
    if (route.kind === 'control') return this.applyControl(route.name, input);
    const operation = route.operation;
    if (operation.readonly || operation.name === 'PutMetadata') return undefined;
    if (input === undefined && operation.body.length > 0)
      return `${operation.name} accepted a body that is not a JSON object`;
    const body = input ?? {};
    const field = (name: string): unknown => own(body, name);
    const label = route.label === undefined ? undefined : decodeURIComponent(route.label);
    const out = isRecord(reply) ? reply : {};
    switch (operation.name) {
      case 'CreateChannel': {
        const channel = own(out, 'channel');
        const key = own(out, 'streamKey');
        if (!isRecord(channel) || !isRecord(key)) return 'CreateChannel answered without a channel and a stream key';
        const arn = String(channel['arn']);
        if (this.channels.has(arn)) return `CreateChannel reused ${arn}`;
        this.channels.set(arn, {
          name: (field('name') as string | undefined) ?? '',
          latencyMode: (field('latencyMode') as string | undefined) ?? 'LOW',
          type: (field('type') as string | undefined) ?? 'STANDARD',
          tags: tagMap(field('tags')),
        });
        this.streamKeys.set(String(key['arn']), { channelArn: arn, tags: new Map() });
        return undefined;
      }
      case 'CreateStreamKey': {
        const channelArn = String(field('channelArn'));
        if (!this.channels.has(channelArn)) return `CreateStreamKey accepted for unknown channel ${channelArn}`;
        if ([...this.streamKeys.values()].some((key) => key.channelArn === channelArn))
          return 'CreateStreamKey made a second key';
        const key = own(out, 'streamKey');
        if (!isRecord(key)) return 'CreateStreamKey answered without a stream key';
        this.streamKeys.set(String(key['arn']), { channelArn, tags: tagMap(field('tags')) });
        return undefined;
      }
      case 'DeleteChannel': {
        const arn = String(field('arn'));
        if (!this.channels.has(arn)) return `DeleteChannel accepted for unknown ${arn}`;
        if (this.live.has(arn)) return `DeleteChannel accepted for live ${arn}`;
        this.deleteChannel(arn);
        return undefined;
      }
      case 'DeleteStreamKey': {
        const arn = String(field('arn'));
        if (!this.streamKeys.delete(arn)) return `DeleteStreamKey accepted for unknown ${arn}`;
        return undefined;
      }
      case 'UpdateChannel': {
        const channel = this.channels.get(String(field('arn')));
        if (channel === undefined) return 'UpdateChannel accepted for an unknown channel';
        if (this.live.has(String(field('arn')))) return 'UpdateChannel accepted for a live channel';
        if (field('name') !== undefined) channel.name = String(field('name'));
        if (field('latencyMode') !== undefined) channel.latencyMode = String(field('latencyMode'));
        if (field('type') !== undefined) channel.type = String(field('type'));
        return undefined;
      }
      case 'TagResource':
      case 'UntagResource': {
        const tags =
          label === undefined ? undefined : (this.channels.get(label)?.tags ?? this.streamKeys.get(label)?.tags);
        if (tags === undefined) return `${operation.name} accepted for unknown resource ${String(label)}`;
        if (operation.name === 'UntagResource') {
          for (const key of searchParams.getAll('tagKeys')) tags.delete(key);
          return undefined;
        }
        for (const [key, value] of tagMap(field('tags'))) tags.set(key, value);
        if (tags.size > 50) return 'TagResource left more than 50 tags';
        return undefined;
      }
      case 'StopStream': {
        if (!this.live.delete(String(field('channelArn'))))
          return 'StopStream accepted for a channel that was not live';
        return undefined;
      }
      default:
        return `no model for accepted ${operation.name}`;
    }
  }

  private applyControl(
    name: Extract<Route, { kind: 'control' }>['name'],
    input: Record<string, unknown> | undefined,
  ): string | undefined {
    switch (name) {
      case 'snapshot':
        return undefined;
      case 'reset':
        this.clear();
        return undefined;
      case 'restore':
        return 'restore is not part of the generated requests';
      case 'streams/start': {
        const arn = String(input?.['channelArn']);
        if (!this.channels.has(arn)) return `streams/start accepted for unknown ${arn}`;
        this.live.add(arn);
        return undefined;
      }
      case 'streams/stop': {
        const arn = String(input?.['channelArn']);
        if (!this.live.delete(arn)) return `streams/stop accepted for ${arn}, which was not live`;
        return undefined;
      }
    }
  }
}
