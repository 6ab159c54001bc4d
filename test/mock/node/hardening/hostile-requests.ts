import fc from 'fast-check';
import type { OperationName } from '../../../../generated/types.js';
import { operations } from '../../../../generated/operations.js';
import { inputSchemas } from '../../../../generated/schemas.js';
import type { RawRequest } from './harness.js';
import type { StateModel } from './state-model.js';

/** Which resource a request names, resolved against the model when the request is built. */
export type ArnRef =
  | { readonly kind: 'channel' | 'streamKey'; readonly index: number }
  | { readonly kind: 'fixed'; readonly arn: string };

/** How a `/tags/{arn}` label is written into the path. */
export type LabelStyle =
  | 'encoded'
  | 'raw'
  | 'lower-hex'
  | 'double-encoded'
  | 'dot-dot-encoded'
  | 'dot-dot-raw'
  | 'nul'
  | 'overlong-utf8'
  | 'lone-surrogate'
  | 'lone-percent'
  | 'empty';

/** What is done to a well-formed body before it is sent. */
export type BodyMutation =
  | { readonly kind: 'none' }
  | { readonly kind: 'wrong-type'; readonly member: number; readonly value: WrongValue }
  | { readonly kind: 'huge-string'; readonly member: number; readonly length: number }
  | { readonly kind: 'proto-wrap'; readonly key: ProtoKey }
  | { readonly kind: 'proto-keys'; readonly key: ProtoKey; readonly value: unknown }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'random-bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'deep'; readonly depth: number; readonly bracket: '[' | '{' }
  | { readonly kind: 'bom' }
  | { readonly kind: 'invalid-utf8'; readonly bytes: readonly number[] };

type ProtoKey = '__proto__' | 'constructor' | 'prototype';

/** A value of a JSON type, or a structure, that fits no member where it is put. */
export type WrongValue =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'deep'; readonly depth: number };

/** One generated request, as data (so a failing case prints readably). */
export type RequestPlan =
  | {
      readonly kind: 'operation';
      readonly operation: OperationName;
      readonly method: string | undefined;
      readonly input: Readonly<Record<string, unknown>>;
      readonly arn: ArnRef;
      readonly label: LabelStyle;
      readonly tagKeys: readonly string[];
      readonly mutation: BodyMutation;
      readonly host: string | undefined;
    }
  | {
      readonly kind: 'control';
      readonly name: 'streams/start' | 'streams/stop' | 'snapshot';
      readonly arn: ArnRef;
      readonly stream: Readonly<Record<string, unknown>>;
      readonly mutation: BodyMutation;
    };

/** A built request and whether the server must refuse it (a 4xx) whatever the state. */
export interface BuiltRequest extends RawRequest {
  readonly mustRefuse: boolean;
}

const protoKeys: readonly ProtoKey[] = ['__proto__', 'constructor', 'prototype'];

/** Strings at the edges of Unicode: lone surrogates, NUL, line separators, a BOM, noncharacters, emoji, combining marks. */
const unicodeEdges = [
  '\ud800',
  '\udfff',
  '\ud83d',
  'a\udc00b',
  '\u0000',
  '\u2028\u2029',
  '\ufeff',
  '\uffff',
  '\ufffe',
  '😀',
  'e\u0301',
  '\u202e',
  '\u{10ffff}',
  'ǅ',
  'İ',
];

const edgyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...unicodeEdges) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...protoKeys, 'toString', 'hasOwnProperty', 'aws:reserved', 'AWS:Name') },
);

const tagKey = edgyString.filter((key) => key.length > 0);
const tags = fc.array(fc.tuple(tagKey, edgyString), { maxLength: 6 }).map((entries) => Object.fromEntries(entries));
const channelName = fc.oneof(fc.stringMatching(/^[a-zA-Z0-9_-]{0,16}$/), edgyString);
const maxResults = fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom(0, 51, -1));

const arnRef: fc.Arbitrary<ArnRef> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constantFrom('channel' as const), index: fc.nat(20) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('streamKey' as const), index: fc.nat(20) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fixed' as const),
      arn: fc.oneof(
        fc.constantFrom(
          'arn:aws:ivs:us-west-2:123456789012:channel/AAAAAAAAAAAA',
          'arn:aws:ivs:eu-west-1:999999999999:channel/abcdABCDefgh',
          'arn:aws:ivs:us-west-2:123456789012:stream-key/AAAAAAAAAAAA',
          'arn:aws:ivs:us-west-2:123456789012:channel/../../CreateChannel',
          'arn:aws:ivs:us-west-2:123456789012:channel/',
          'arn:',
        ),
        edgyString,
      ),
    }),
  },
);

/** Well-formed-looking inputs for each operation (the ARNs are filled in from the model when built). */
const inputs: { readonly [K in OperationName]: fc.Arbitrary<Record<string, unknown>> } = {
  BatchGetChannel: fc.constant({ arns: [] }),
  BatchGetStreamKey: fc.constant({ arns: [] }),
  CreateChannel: fc.record(
    {
      name: channelName,
      latencyMode: fc.constantFrom('LOW', 'NORMAL'),
      type: fc.constantFrom('BASIC', 'STANDARD'),
      tags,
    },
    { requiredKeys: [] },
  ),
  CreateStreamKey: fc.record({ tags }, { requiredKeys: [] }),
  DeleteChannel: fc.constant({}),
  DeleteStreamKey: fc.constant({}),
  GetChannel: fc.constant({}),
  GetStream: fc.constant({}),
  GetStreamKey: fc.constant({}),
  ListChannels: fc.record({ filterByName: channelName, nextToken: edgyString, maxResults }, { requiredKeys: [] }),
  ListStreamKeys: fc.record({ nextToken: edgyString, maxResults }, { requiredKeys: [] }),
  ListStreams: fc.record({ nextToken: edgyString, maxResults }, { requiredKeys: [] }),
  ListTagsForResource: fc.constant({}),
  PutMetadata: fc.record({ metadata: fc.oneof(edgyString, fc.constant('m')) }),
  StopStream: fc.constant({}),
  TagResource: fc.record({ tags }),
  UntagResource: fc.constant({}),
  UpdateChannel: fc.record(
    { name: channelName, latencyMode: fc.constantFrom('LOW', 'NORMAL'), type: fc.constantFrom('BASIC', 'STANDARD') },
    { requiredKeys: [] },
  ),
};

/** The members that hold the ARN a request is about, by operation. */
const arnMember: Partial<Readonly<Record<OperationName, string>>> = {
  BatchGetChannel: 'arns',
  BatchGetStreamKey: 'arns',
  CreateStreamKey: 'channelArn',
  DeleteChannel: 'arn',
  DeleteStreamKey: 'arn',
  GetChannel: 'arn',
  GetStream: 'channelArn',
  GetStreamKey: 'arn',
  ListStreamKeys: 'channelArn',
  PutMetadata: 'channelArn',
  StopStream: 'channelArn',
  UpdateChannel: 'arn',
};

type JsonType = 'string' | 'integer' | 'object' | 'array';

/** The JSON type of each body member of an operation's input, read from its generated schema. */
export function memberType(operation: OperationName, member: string): JsonType {
  const schema = inputSchemas[operation] as {
    properties?: Record<string, { $ref?: string; type?: string }>;
    $defs?: Record<string, { type?: string }>;
  };
  const property = schema.properties?.[member];
  const ref = property?.$ref?.replace('#/$defs/', '');
  const type = property?.type ?? (ref === undefined ? undefined : schema.$defs?.[ref]?.type);
  return (type ?? 'string') as JsonType;
}

/** JSON values of every type but the given one (deep structures included). */
export function wrongValuesFor(type: JsonType): fc.Arbitrary<WrongValue> {
  const values: unknown[] = [1, -1.5, 1e308, true, false, null, 'text', '', [], ['x'], {}, { a: 'b' }, [[[]]]];
  const fitting = (value: unknown): boolean =>
    type === 'string'
      ? typeof value === 'string'
      : type === 'integer'
        ? Number.isInteger(value)
        : type === 'array'
          ? Array.isArray(value)
          : typeof value === 'object' && value !== null && !Array.isArray(value);
  const json = fc
    .constantFrom(...values.filter((value) => !fitting(value)))
    .map((value): WrongValue => ({ kind: 'json', value }));
  // A deep array is never a string, integer or map; for a list member it nests past the item type.
  return fc.oneof(
    { weight: 4, arbitrary: json },
    { weight: 1, arbitrary: fc.constantFrom(2, 1000, 100_000).map((depth): WrongValue => ({ kind: 'deep', depth })) },
  );
}

const labelStyles: readonly LabelStyle[] = [
  'encoded',
  'encoded',
  'encoded',
  'encoded',
  'encoded',
  'encoded',
  'raw',
  'lower-hex',
  'double-encoded',
  'dot-dot-encoded',
  'dot-dot-raw',
  'nul',
  'overlong-utf8',
  'lone-surrogate',
  'lone-percent',
  'empty',
];

function mutationFor(operation: OperationName | undefined): fc.Arbitrary<BodyMutation> {
  const body = operation === undefined ? [] : operations[operation].body;
  const simple: fc.Arbitrary<BodyMutation>[] = [
    fc.record({ kind: fc.constant('proto-wrap' as const), key: fc.constantFrom(...protoKeys) }),
    fc.record({
      kind: fc.constant('proto-keys' as const),
      key: fc.constantFrom(...protoKeys),
      value: fc.constantFrom<unknown>('x', { polluted: true }, { prototype: { polluted: true } }, null, []),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(400) }),
    fc.record({ kind: fc.constant('random-bytes' as const), bytes: fc.uint8Array({ maxLength: 64 }) }),
    fc.record({
      kind: fc.constant('deep' as const),
      depth: fc.constantFrom(10, 5000, 100_000),
      bracket: fc.constantFrom('[' as const, '{' as const),
    }),
    fc.constant({ kind: 'bom' as const }),
    fc.record({
      kind: fc.constant('invalid-utf8' as const),
      bytes: fc.constantFrom([0xc0, 0xae], [0xed, 0xa0, 0x80], [0xff], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80]),
    }),
  ];
  const typed: fc.Arbitrary<BodyMutation>[] =
    operation === undefined || body.length === 0
      ? []
      : [
          fc
            .nat(body.length - 1)
            .chain((member) =>
              wrongValuesFor(memberType(operation, body[member] ?? '')).map(
                (value): BodyMutation => ({ kind: 'wrong-type', member, value }),
              ),
            ),
          fc.record({
            kind: fc.constant('huge-string' as const),
            member: fc.nat(body.length - 1),
            length: fc.constantFrom(100_000, 900_000, 1_100_000),
          }),
        ];
  return fc.oneof(
    { weight: 14, arbitrary: fc.constant({ kind: 'none' as const }) },
    ...simple.map((arbitrary) => ({ weight: 1, arbitrary })),
    ...typed.map((arbitrary) => ({ weight: 2, arbitrary })),
  );
}

/** Writes are drawn more often than reads, so the state grows and the model has something to check. */
const operationWeights: Partial<Readonly<Record<OperationName, number>>> = {
  CreateChannel: 6,
  TagResource: 4,
  UntagResource: 3,
  DeleteChannel: 2,
  DeleteStreamKey: 2,
  CreateStreamKey: 2,
  UpdateChannel: 2,
};
const operationName = fc.oneof(
  ...(Object.keys(operations) as OperationName[]).map((name) => ({
    weight: operationWeights[name] ?? 1,
    arbitrary: fc.constant(name),
  })),
);

const operationPlan = operationName.chain((operation) =>
  fc.record({
    kind: fc.constant('operation' as const),
    operation: fc.constant(operation),
    method: fc.oneof(
      { weight: 12, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') },
    ),
    input: inputs[operation],
    arn: arnRef,
    label: fc.constantFrom(...labelStyles),
    tagKeys: fc.array(fc.oneof(edgyString, fc.constantFrom('%FF', '__proto__')), { maxLength: 3 }),
    mutation: mutationFor(operation),
    host: fc.oneof(
      { weight: 12, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('evil.example', '[bad', 'a b', '127.0.0.1:1') },
    ),
  }),
);

/** What a stream is started with: sane values, and numbers and strings at and past every edge. */
const streamOptions = fc.record(
  {
    startTime: fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(1e20, -1e20, 8.64e15, 253402300800000, -62167219200001, Number.MAX_VALUE),
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      fc.constantFrom('+275760-09-13T00:00:00Z', '0000-01-01T00:00:00Z', 'yesterday', ''),
    ),
    health: fc.oneof(fc.constantFrom('HEALTHY', 'STARVING', 'UNKNOWN'), edgyString),
    viewerCount: fc.oneof(fc.nat(), fc.double(), fc.constantFrom(-1, 2 ** 53, 1e300, -0)),
  },
  { requiredKeys: [] },
);

const controlPlan = fc.record({
  kind: fc.constant('control' as const),
  name: fc.constantFrom(
    'streams/start' as const,
    'streams/start' as const,
    'streams/start' as const,
    'streams/stop' as const,
    'snapshot' as const,
  ),
  arn: fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('channel' as const), index: fc.nat(20) }) },
    { weight: 1, arbitrary: arnRef },
  ),
  stream: streamOptions,
  mutation: mutationFor(undefined),
});

/** Any request the fuzzer sends: mostly operations (often hostile), sometimes the stream controls. */
export const requestPlan: fc.Arbitrary<RequestPlan> = fc.oneof(
  { weight: 7, arbitrary: operationPlan },
  { weight: 2, arbitrary: controlPlan },
);

function resolveArn(ref: ArnRef, model: StateModel): string {
  if (ref.kind === 'fixed') return ref.arn;
  const arns = ref.kind === 'channel' ? model.channelArns() : model.streamKeyArns();
  return arns.length === 0
    ? 'arn:aws:ivs:us-west-2:123456789012:channel/AAAAAAAAAAAA'
    : (arns[ref.index % arns.length] ?? '');
}

/** Percent-encodes the UTF-8 bytes of a string (a lone surrogate becomes U+FFFD), keeping `keep` as is. */
function percentEncode(value: string, keep = /[A-Za-z0-9._~-]/): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && keep.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function writeLabel(arn: string, style: LabelStyle): string {
  const encoded = percentEncode(arn);
  switch (style) {
    case 'encoded':
      return encoded;
    case 'raw':
      return percentEncode(arn, /[A-Za-z0-9._~:/-]/);
    case 'lower-hex':
      return encoded.replace(/%[0-9A-F]{2}/g, (triplet) => triplet.toLowerCase());
    case 'double-encoded':
      return percentEncode(encoded);
    case 'dot-dot-encoded':
      return `..%2F..%2F${encoded}`;
    case 'dot-dot-raw':
      return `${encoded}/../../CreateChannel`;
    case 'nul':
      return `${encoded}%00`;
    case 'overlong-utf8':
      return `%C0%AE%C0%AE%C0%AF${encoded}`;
    case 'lone-surrogate':
      return `${encoded}%ED%A0%80`;
    case 'lone-percent':
      return `${encoded}%`;
    case 'empty':
      return '';
  }
}

function deepText(depth: number, bracket: '[' | '{'): string {
  return bracket === '[' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function wrongText(value: WrongValue): string {
  return value.kind === 'json' ? JSON.stringify(value.value) : deepText(value.depth, '[');
}

/** Serialises an input with one member's value replaced by raw JSON text. */
function withMemberText(input: Readonly<Record<string, unknown>>, member: string, text: string): string {
  const rest = Object.entries(input).filter(([key]) => key !== member);
  const parts = [
    ...rest.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`),
    `${JSON.stringify(member)}:${text}`,
  ];
  return `{${parts.join(',')}}`;
}

/** Applies a body mutation; `refuses` says whether the result can only be refused by an operation that reads a body. */
function mutate(
  operation: OperationName | undefined,
  input: Readonly<Record<string, unknown>>,
  mutation: BodyMutation,
): { body: string | Buffer; refuses: boolean } {
  const text = JSON.stringify(input);
  const members = operation === undefined ? [] : operations[operation].body;
  switch (mutation.kind) {
    case 'none':
      return { body: text, refuses: false };
    case 'wrong-type': {
      const member = members[mutation.member] ?? '';
      return { body: withMemberText(input, member, wrongText(mutation.value)), refuses: true };
    }
    case 'huge-string': {
      const member = members[mutation.member] ?? '';
      return { body: withMemberText(input, member, JSON.stringify('x'.repeat(mutation.length))), refuses: true };
    }
    case 'proto-wrap':
      return { body: `{${JSON.stringify(mutation.key)}:${text}}`, refuses: false };
    case 'proto-keys': {
      const extra = `${JSON.stringify(mutation.key)}:${JSON.stringify(mutation.value)}`;
      const tagsText =
        typeof input['tags'] === 'object'
          ? JSON.stringify(input['tags']).replace(
              /^\{/,
              `{${extra}${Object.keys(input['tags'] as object).length > 0 ? ',' : ''}`,
            )
          : undefined;
      const base =
        tagsText === undefined ? input : Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'tags'));
      const inner = JSON.stringify(base).slice(1, -1);
      const parts = [extra, inner, tagsText === undefined ? '' : `"tags":${tagsText}`].filter((part) => part !== '');
      return { body: `{${parts.join(',')}}`, refuses: false };
    }
    case 'truncate':
      return { body: text.slice(0, mutation.at % Math.max(1, text.length)), refuses: false };
    case 'random-bytes':
      return { body: Buffer.from(mutation.bytes), refuses: false };
    case 'deep':
      return { body: deepText(mutation.depth, mutation.bracket), refuses: false };
    case 'bom':
      return { body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), refuses: false };
    case 'invalid-utf8': {
      const at = Math.max(1, text.indexOf('"') + 1);
      return {
        body: Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(mutation.bytes), Buffer.from(text.slice(at))]),
        refuses: false,
      };
    }
  }
}

/** Turns a plan into a concrete request for the current model state. */
export function buildRequest(plan: RequestPlan, model: StateModel): BuiltRequest {
  const arn = resolveArn(plan.arn, model);
  if (plan.kind === 'control') {
    const { body, refuses } = mutate(undefined, { ...plan.stream, channelArn: arn }, plan.mutation);
    const method = plan.name === 'snapshot' ? 'GET' : 'POST';
    return { method, path: `/_ivs-contract/${plan.name}`, body: method === 'GET' ? '' : body, mustRefuse: refuses };
  }
  const spec = operations[plan.operation];
  const input: Record<string, unknown> = { ...plan.input };
  const member = arnMember[plan.operation];
  if (member !== undefined) input[member] = member === 'arns' ? [arn] : arn;
  const labelled = spec.labels.length > 0;
  const label = writeLabel(arn, labelled ? plan.label : 'encoded');
  const keys = plan.tagKeys.length > 0 ? plan.tagKeys : model.tagKeysOf(arn).slice(0, 2);
  const query =
    plan.operation === 'UntagResource'
      ? `?${keys.map((key) => `tagKeys=${key.startsWith('%') ? key : percentEncode(key)}`).join('&')}`
      : '';
  const path = `${spec.uri.replace(/\{\w+\}/, label)}${query}`;
  const method = plan.method ?? spec.method;
  const { body, refuses } = mutate(plan.operation, input, plan.mutation);
  const headers: Record<string, string> = plan.host === undefined ? {} : { host: plan.host };
  // A refusal is certain only when the request reaches this operation unchanged and the operation reads its body.
  const mustRefuse =
    refuses && method === spec.method && spec.body.length > 0 && (!labelled || plan.label === 'encoded');
  return { method, path, headers, body: method === 'HEAD' ? '' : body, mustRefuse };
}
