/** A trait or metadata value as found in a Smithy JSON AST. */
export type AstValue = null | boolean | number | string | AstValue[] | { [key: string]: AstValue };

/** The member part of a Smithy JSON AST shape, as far as the comparison needs it. */
export interface AstMemberLike {
  readonly target: string;
  readonly traits?: { readonly [id: string]: AstValue };
}

/** The shape part of a Smithy JSON AST, as far as the comparison needs it. */
export interface AstShapeLike {
  readonly type: string;
  readonly members?: { readonly [name: string]: AstMemberLike };
  readonly member?: AstMemberLike;
  readonly key?: AstMemberLike;
  readonly value?: AstMemberLike;
  readonly version?: string;
  readonly operations?: readonly { readonly target: string }[];
  readonly errors?: readonly { readonly target: string }[];
  readonly input?: { readonly target: string };
  readonly output?: { readonly target: string };
  readonly traits?: { readonly [id: string]: AstValue };
}

/** A Smithy JSON AST (`{"smithy": "2.0", "shapes": {...}}`), as far as the comparison needs it. */
export interface AstModelLike {
  readonly shapes: { readonly [id: string]: AstShapeLike };
}

/** A member reference in the botocore model. */
export interface BotocoreMemberRef {
  readonly shape: string;
  readonly location?: string;
  readonly locationName?: string;
}

/** A shape of the botocore model (documentation already removed). */
export interface BotocoreShape {
  readonly type: string;
  readonly required?: readonly string[];
  readonly members?: { readonly [name: string]: BotocoreMemberRef };
  readonly member?: BotocoreMemberRef;
  readonly key?: BotocoreMemberRef;
  readonly value?: BotocoreMemberRef;
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly timestampFormat?: string;
  readonly sensitive?: boolean;
  readonly exception?: boolean;
  readonly error?: { readonly httpStatusCode?: number; readonly senderFault?: boolean };
}

/** An operation of the botocore model. */
export interface BotocoreOperation {
  readonly http: { readonly method: string; readonly requestUri: string; readonly responseCode?: number };
  readonly input?: { readonly shape: string };
  readonly output?: { readonly shape: string };
  readonly errors?: readonly { readonly shape: string }[];
  readonly idempotent?: boolean;
}

/** A botocore paginator entry. */
export interface BotocorePaginator {
  readonly input_token: string;
  readonly output_token: string;
  readonly limit_key?: string;
  readonly result_key: string;
}

/** The facts-only botocore extract kept in `test/fixtures/botocore-ivs-2020-07-14.json`. */
export interface BotocoreFixture {
  readonly metadata: { readonly [key: string]: string };
  readonly operations: { readonly [name: string]: BotocoreOperation };
  readonly shapes: { readonly [name: string]: BotocoreShape };
  readonly paginators: { readonly [operation: string]: BotocorePaginator };
}

/**
 * One fact on which our model and the botocore model disagree: `subject` is a shape, a member
 * (`Shape$member`), an operation or `service`; `botocore` and `ours` are the two values as text,
 * `(none)` where a side has no value.
 */
export interface ModelDifference {
  readonly subject: string;
  readonly aspect: string;
  readonly botocore: string;
  readonly ours: string;
}

/** The text used for a fact that one side does not have. */
export const NONE = '(none)';

const PRELUDE = 'smithy.api#';
const PROTOCOLS: { readonly [botocore: string]: string } = { 'rest-json': 'aws.protocols#restJson1' };

/** Compares a Smithy JSON AST against the botocore extract and lists every disagreement, sorted. */
export function diffAgainstBotocore(
  model: AstModelLike,
  fixture: BotocoreFixture,
  namespace: string,
): ModelDifference[] {
  const out: ModelDifference[] = [];
  const push = (subject: string, aspect: string, botocore: string, ours: string): void => {
    if (botocore !== ours) out.push({ subject, aspect, botocore, ours });
  };
  const local = localShapes(model, namespace);
  const short = (id: string): string => (id.startsWith(`${namespace}#`) ? id.slice(namespace.length + 1) : id);

  diffService(fixture, local, push);

  const operationNames = union(
    Object.keys(fixture.operations),
    [...local.entries()].filter(([, s]) => s.type === 'operation').map(([n]) => n),
  );
  for (const name of operationNames) {
    diffOperation(name, fixture.operations[name], local.get(name), fixture.paginators[name], short, push);
  }

  const shapeNames = union(
    Object.keys(fixture.shapes),
    [...local.entries()].filter(([, s]) => !ENTITY_TYPES.has(s.type)).map(([n]) => n),
  );
  for (const name of shapeNames) {
    diffShape(name, fixture.shapes[name], local.get(name), short, push);
  }

  return out.sort(
    (a, b) => compareText(a.subject, b.subject) || compareText(a.aspect, b.aspect) || compareText(a.ours, b.ours),
  );
}

type Push = (subject: string, aspect: string, botocore: string, ours: string) => void;

const ENTITY_TYPES: ReadonlySet<string> = new Set(['service', 'operation', 'resource']);
const NUMERIC_TYPES: ReadonlySet<string> = new Set(['byte', 'short', 'integer', 'long', 'float', 'double']);

function localShapes(model: AstModelLike, namespace: string): Map<string, AstShapeLike> {
  const shapes = new Map<string, AstShapeLike>();
  for (const [id, shape] of Object.entries(model.shapes)) {
    if (id.startsWith(`${namespace}#`)) shapes.set(id.slice(namespace.length + 1), shape);
  }
  return shapes;
}

function diffService(fixture: BotocoreFixture, local: Map<string, AstShapeLike>, push: Push): void {
  const services = [...local.values()].filter((s) => s.type === 'service');
  const service = services[0];
  push('service', 'count', '1', String(services.length));
  const traits = service?.traits ?? {};
  const awsService = asObject(traits['aws.api#service']);
  const sigv4 = asObject(traits['aws.auth#sigv4']);
  const meta = fixture.metadata;
  push('service', 'version', text(meta['apiVersion']), text(service?.version));
  push('service', 'sdkId', text(meta['serviceId']), text(awsService?.['sdkId']));
  push('service', 'endpointPrefix', text(meta['endpointPrefix']), text(awsService?.['endpointPrefix']));
  push('service', 'signingName', text(meta['signingName']), text(sigv4?.['name']));
  push('service', 'title', text(meta['serviceFullName']), text(traits[`${PRELUDE}title`]));
  const protocol = meta['protocol'];
  const ours = Object.keys(traits).filter((id) => id.startsWith('aws.protocols#'));
  push('service', 'protocol', text(protocol === undefined ? undefined : (PROTOCOLS[protocol] ?? protocol)), list(ours));
}

function diffOperation(
  name: string,
  theirs: BotocoreOperation | undefined,
  ours: AstShapeLike | undefined,
  paginator: BotocorePaginator | undefined,
  short: (id: string) => string,
  push: Push,
): void {
  if (theirs === undefined || ours === undefined) {
    push(name, 'operation', theirs === undefined ? NONE : 'operation', ours === undefined ? NONE : ours.type);
    return;
  }
  if (ours.type !== 'operation') {
    push(name, 'operation', 'operation', ours.type);
    return;
  }
  const traits = ours.traits ?? {};
  const http = asObject(traits[`${PRELUDE}http`]);
  push(
    name,
    'http',
    `${theirs.http.method} ${theirs.http.requestUri}`,
    http ? `${text(http['method'])} ${text(http['uri'])}` : NONE,
  );
  push(name, 'code', String(theirs.http.responseCode ?? 200), http ? String(http['code'] ?? 200) : NONE);
  push(name, 'input', text(theirs.input?.shape), unitOr(ours.input?.target, short));
  push(name, 'output', text(theirs.output?.shape), unitOr(ours.output?.target, short));
  push(name, 'idempotent', String(theirs.idempotent === true), String(`${PRELUDE}idempotent` in traits));

  const theirErrors = (theirs.errors ?? []).map((e) => e.shape);
  const ourErrors = (ours.errors ?? []).map((e) => short(e.target));
  for (const error of union(theirErrors, ourErrors)) {
    push(name, 'error', theirErrors.includes(error) ? error : NONE, ourErrors.includes(error) ? error : NONE);
  }

  const paginated = asObject(traits[`${PRELUDE}paginated`]);
  push(
    name,
    'paginated',
    paginator
      ? pagination(paginator.input_token, paginator.output_token, paginator.result_key, paginator.limit_key)
      : NONE,
    paginated
      ? pagination(paginated['inputToken'], paginated['outputToken'], paginated['items'], paginated['pageSize'])
      : NONE,
  );
}

function diffShape(
  name: string,
  theirs: BotocoreShape | undefined,
  ours: AstShapeLike | undefined,
  short: (id: string) => string,
  push: Push,
): void {
  const theirType = theirs === undefined ? NONE : botocoreType(theirs);
  const ourType = ours === undefined ? NONE : ours.type;
  if (theirs === undefined || ours === undefined || theirType !== ourType) {
    push(name, 'shape', theirType, ourType);
    return;
  }
  const traits = ours.traits ?? {};
  const numeric = NUMERIC_TYPES.has(theirs.type);
  diffConstraints(name, { numeric, min: theirs.min, max: theirs.max, pattern: theirs.pattern }, traits, push);
  push(name, 'enum', list(theirs.enum ?? []), list(enumValues(ours)));
  push(name, 'timestampFormat', text(theirs.timestampFormat), text(traits[`${PRELUDE}timestampFormat`]));
  push(name, 'sensitive', String(theirs.sensitive === true), String(`${PRELUDE}sensitive` in traits));
  const status = theirs.exception === true ? (theirs.error?.httpStatusCode ?? 400) : undefined;
  push(name, 'httpError', text(status), text(traits[`${PRELUDE}httpError`]));
  push(
    name,
    'fault',
    status === undefined ? NONE : status >= 500 ? 'server' : 'client',
    text(traits[`${PRELUDE}error`]),
  );

  for (const part of ['member', 'key', 'value'] as const) {
    const theirPart = theirs[part];
    const ourPart = ours[part];
    if (theirPart === undefined && ourPart === undefined) continue;
    push(`${name}$${part}`, 'target', text(theirPart?.shape), ourPart ? short(ourPart.target) : NONE);
  }

  if (theirs.type === 'structure') diffMembers(name, theirs, ours, short, push);
}

function diffMembers(
  name: string,
  theirs: BotocoreShape,
  ours: AstShapeLike,
  short: (id: string) => string,
  push: Push,
): void {
  const theirMembers = theirs.members ?? {};
  const ourMembers = ours.members ?? {};
  for (const member of union(Object.keys(theirMembers), Object.keys(ourMembers))) {
    const subject = `${name}$${member}`;
    const theirMember = theirMembers[member];
    const ourMember = ourMembers[member];
    if (theirMember === undefined || ourMember === undefined) {
      push(subject, 'member', theirMember?.shape ?? NONE, ourMember ? short(ourMember.target) : NONE);
      continue;
    }
    const traits = ourMember.traits ?? {};
    push(subject, 'target', theirMember.shape, short(ourMember.target));
    push(subject, 'required', String((theirs.required ?? []).includes(member)), String(`${PRELUDE}required` in traits));
    push(subject, 'binding', botocoreBinding(member, theirMember), smithyBinding(member, traits));
    diffConstraints(subject, { numeric: false }, traits, push);
    push(subject, 'timestampFormat', NONE, text(traits[`${PRELUDE}timestampFormat`]));
  }
}

interface ConstraintFacts {
  readonly numeric: boolean;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  readonly pattern?: string | undefined;
}

function diffConstraints(
  subject: string,
  theirs: ConstraintFacts,
  traits: { readonly [id: string]: AstValue },
  push: Push,
): void {
  const bounds = bounded(theirs.min, theirs.max);
  push(subject, 'length', theirs.numeric ? NONE : bounds, traitBounds(traits[`${PRELUDE}length`]));
  push(subject, 'range', theirs.numeric ? bounds : NONE, traitBounds(traits[`${PRELUDE}range`]));
  push(subject, 'pattern', text(theirs.pattern), text(traits[`${PRELUDE}pattern`]));
  push(subject, 'byteLength', NONE, traitBounds(traits['ivs.contract#byteLength']));
}

function botocoreType(shape: BotocoreShape): string {
  return shape.type === 'string' && shape.enum !== undefined ? 'enum' : shape.type;
}

function enumValues(shape: AstShapeLike): string[] {
  if (shape.type !== 'enum') return [];
  return Object.entries(shape.members ?? {}).map(([name, member]) => {
    const value = member.traits?.[`${PRELUDE}enumValue`];
    return typeof value === 'string' ? value : name;
  });
}

function botocoreBinding(member: string, ref: BotocoreMemberRef): string {
  const name = ref.locationName ?? member;
  switch (ref.location) {
    case undefined:
      return 'body';
    case 'uri':
      return `label:${name}`;
    case 'querystring':
      return `query:${name}`;
    case 'header':
      return `header:${name}`;
    default:
      return `${ref.location}:${name}`;
  }
}

function smithyBinding(member: string, traits: { readonly [id: string]: AstValue }): string {
  if (`${PRELUDE}httpLabel` in traits) return `label:${member}`;
  const query = traits[`${PRELUDE}httpQuery`];
  if (query !== undefined) return `query:${text(query)}`;
  const header = traits[`${PRELUDE}httpHeader`];
  if (header !== undefined) return `header:${text(header)}`;
  if (`${PRELUDE}httpPayload` in traits) return 'payload';
  if (`${PRELUDE}httpQueryParams` in traits) return 'queryParams';
  if (`${PRELUDE}httpPrefixHeaders` in traits) return `prefixHeaders:${text(traits[`${PRELUDE}httpPrefixHeaders`])}`;
  if (`${PRELUDE}httpResponseCode` in traits) return 'responseCode';
  return 'body';
}

function pagination(input: unknown, output: unknown, items: unknown, pageSize: unknown): string {
  return `inputToken=${text(input)} outputToken=${text(output)} items=${text(items)} pageSize=${text(pageSize)}`;
}

function traitBounds(value: AstValue | undefined): string {
  const bounds = asObject(value);
  if (bounds === undefined) return NONE;
  return bounded(bounds['min'], bounds['max']);
}

function bounded(min: unknown, max: unknown): string {
  if (min === undefined && max === undefined) return NONE;
  return `${min === undefined ? '' : String(min)}..${max === undefined ? '' : String(max)}`;
}

function unitOr(target: string | undefined, short: (id: string) => string): string {
  return target === undefined || target === `${PRELUDE}Unit` ? NONE : short(target);
}

function asObject(value: AstValue | undefined): { readonly [key: string]: AstValue } | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

function text(value: unknown): string {
  if (value === undefined || value === null) return NONE;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function list(values: readonly string[]): string {
  return values.length === 0 ? NONE : values.join(', ');
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort(compareText);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
