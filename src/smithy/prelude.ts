import { type AstMember, type AstShape, NUMBER_TYPES, type NodeValue, type ShapeType } from './ast.js';

/** The namespace of the Smithy prelude: simple shapes, `Unit` and every core trait. */
export const PRELUDE_NAMESPACE = 'smithy.api';

const P = 'smithy.api#';

/** Where a trait may be applied, simplified from the trait's selector (enum counts as a string, intEnum as an integer). */
export interface TraitPlacement {
  /** Shape types (not members) the trait may be applied to: a list, or every non-member shape. */
  readonly shapes: readonly ShapeType[] | 'any' | 'none';
  /** Members the trait may be applied to, by the type of the shape containing them and of their target. */
  readonly members:
    | 'none'
    | 'any'
    | { readonly containers?: readonly ShapeType[]; readonly targets?: readonly ShapeType[] };
  /** How the rule reads in an error message. */
  readonly description: string;
}

const NUMBERS: readonly ShapeType[] = [...NUMBER_TYPES];
const SIMPLE_VALUES: readonly ShapeType[] = ['string', 'enum', 'boolean', 'timestamp', ...NUMBERS];
const DEFAULTABLE: readonly ShapeType[] = [
  'blob',
  'boolean',
  'string',
  'timestamp',
  'document',
  'enum',
  'list',
  'map',
  ...NUMBERS,
];
const NOT_ENTITIES: readonly ShapeType[] = [...DEFAULTABLE, 'structure', 'union'];

/** The simplified selectors of the core traits this loader checks placement for. */
export const TRAIT_PLACEMENT: Readonly<Record<string, TraitPlacement>> = {
  [`${P}documentation`]: { shapes: 'any', members: 'any', description: 'any shape or member' },
  [`${P}required`]: { shapes: 'none', members: { containers: ['structure'] }, description: 'structure members' },
  [`${P}length`]: {
    shapes: ['list', 'map', 'string', 'enum', 'blob'],
    members: { targets: ['list', 'map', 'string', 'enum', 'blob'] },
    description: 'list, map, string and blob shapes, or members targeting them',
  },
  [`${P}range`]: {
    shapes: NUMBERS,
    members: { targets: NUMBERS },
    description: 'number shapes, or members targeting them',
  },
  [`${P}pattern`]: {
    shapes: ['string', 'enum'],
    members: { targets: ['string', 'enum'] },
    description: 'string shapes, or members targeting them',
  },
  [`${P}http`]: { shapes: ['operation'], members: 'none', description: 'operations' },
  [`${P}httpLabel`]: {
    shapes: 'none',
    members: { containers: ['structure'], targets: SIMPLE_VALUES },
    description: 'structure members targeting a string, number, boolean or timestamp',
  },
  [`${P}httpQuery`]: {
    shapes: 'none',
    members: { containers: ['structure'], targets: [...SIMPLE_VALUES, 'list'] },
    description: 'structure members targeting a string, number, boolean, timestamp or a list of them',
  },
  [`${P}httpHeader`]: {
    shapes: 'none',
    members: { containers: ['structure'], targets: [...SIMPLE_VALUES, 'list'] },
    description: 'structure members targeting a string, number, boolean, timestamp or a list of them',
  },
  [`${P}httpError`]: { shapes: ['structure'], members: 'none', description: 'structures with @error' },
  [`${P}error`]: { shapes: ['structure'], members: 'none', description: 'structures' },
  [`${P}retryable`]: { shapes: ['structure'], members: 'none', description: 'structures with @error' },
  [`${P}paginated`]: { shapes: ['operation', 'service'], members: 'none', description: 'operations and services' },
  [`${P}readonly`]: { shapes: ['operation'], members: 'none', description: 'operations' },
  [`${P}idempotent`]: { shapes: ['operation'], members: 'none', description: 'operations' },
  [`${P}default`]: {
    shapes: DEFAULTABLE,
    members: { containers: ['structure'], targets: DEFAULTABLE },
    description: 'simple, list and map shapes, or structure members targeting them',
  },
  [`${P}enumValue`]: {
    shapes: 'none',
    members: { containers: ['enum', 'intEnum'] },
    description: 'enum and intEnum members',
  },
  [`${P}timestampFormat`]: {
    shapes: ['timestamp'],
    members: { targets: ['timestamp'] },
    description: 'timestamp shapes, or members targeting them',
  },
  [`${P}sensitive`]: {
    shapes: NOT_ENTITIES,
    members: 'none',
    description: 'shapes other than services, resources, operations and members',
  },
  [`${P}input`]: { shapes: ['structure'], members: 'none', description: 'structures' },
  [`${P}output`]: { shapes: ['structure'], members: 'none', description: 'structures' },
  [`${P}mixin`]: { shapes: 'any', members: 'none', description: 'shapes that are not members' },
  [`${P}trait`]: { shapes: 'any', members: 'none', description: 'shapes that are not members' },
  [`${P}idempotencyToken`]: {
    shapes: 'none',
    members: { containers: ['structure'], targets: ['string', 'enum'] },
    description: 'structure members targeting a string',
  },
  [`${P}jsonName`]: {
    shapes: 'none',
    members: { containers: ['structure', 'union'] },
    description: 'structure and union members',
  },
  [`${P}httpPayload`]: { shapes: 'none', members: { containers: ['structure'] }, description: 'structure members' },
  [`${P}httpResponseCode`]: {
    shapes: 'none',
    members: { containers: ['structure'], targets: ['integer', 'intEnum'] },
    description: 'structure members targeting an integer',
  },
};

function m(target: string, traits?: Record<string, NodeValue>): AstMember {
  return traits === undefined ? { target } : { target, traits };
}

function trait(selector: string, shape: Omit<AstShape, 'traits'>, extra: Record<string, NodeValue> = {}): AstShape {
  return { ...shape, traits: { [`${P}trait`]: { selector }, ...extra } };
}

/** Marks a trait definition structurally exclusive: one member per shape may carry it (or target a shape carrying it). */
function exclusive(shape: AstShape, kind: 'member' | 'target' = 'member'): AstShape {
  const definition = shape.traits?.[`${P}trait`] as Record<string, NodeValue>;
  return { ...shape, traits: { ...shape.traits, [`${P}trait`]: { ...definition, structurallyExclusive: kind } } };
}

const annotation = (selector: string, extra?: Record<string, NodeValue>): AstShape =>
  trait(selector, { type: 'structure', members: {} }, extra);
const stringTrait = (selector: string): AstShape => trait(selector, { type: 'string' });
const req = { [`${P}required`]: {} };
const priv = { [`${P}private`]: {} };

/** The prelude as JSON AST shapes: public simple shapes, `Unit`, core traits and their helpers. */
export const PRELUDE_SHAPES: Readonly<Record<string, AstShape>> = {
  [`${P}String`]: { type: 'string' },
  [`${P}Blob`]: { type: 'blob' },
  [`${P}BigInteger`]: { type: 'bigInteger' },
  [`${P}BigDecimal`]: { type: 'bigDecimal' },
  [`${P}Timestamp`]: { type: 'timestamp' },
  [`${P}Document`]: { type: 'document' },
  [`${P}Boolean`]: { type: 'boolean' },
  [`${P}Byte`]: { type: 'byte' },
  [`${P}Short`]: { type: 'short' },
  [`${P}Integer`]: { type: 'integer' },
  [`${P}Long`]: { type: 'long' },
  [`${P}Float`]: { type: 'float' },
  [`${P}Double`]: { type: 'double' },
  [`${P}PrimitiveBoolean`]: { type: 'boolean', traits: { [`${P}default`]: false } },
  [`${P}PrimitiveByte`]: { type: 'byte', traits: { [`${P}default`]: 0 } },
  [`${P}PrimitiveShort`]: { type: 'short', traits: { [`${P}default`]: 0 } },
  [`${P}PrimitiveInteger`]: { type: 'integer', traits: { [`${P}default`]: 0 } },
  [`${P}PrimitiveLong`]: { type: 'long', traits: { [`${P}default`]: 0 } },
  [`${P}PrimitiveFloat`]: { type: 'float', traits: { [`${P}default`]: 0 } },
  [`${P}PrimitiveDouble`]: { type: 'double', traits: { [`${P}default`]: 0 } },
  [`${P}Unit`]: { type: 'structure', members: {}, traits: { [`${P}unitType`]: {} } },
  [`${P}NonEmptyString`]: { type: 'string', traits: { [`${P}length`]: { min: 1 }, ...priv } },
  [`${P}NonEmptyStringList`]: { type: 'list', member: m(`${P}NonEmptyString`), traits: priv },
  [`${P}StringList`]: { type: 'list', member: m(`${P}String`), traits: priv },
  [`${P}StringMap`]: { type: 'map', key: m(`${P}String`), value: m(`${P}String`), traits: priv },
  [`${P}ShapeIdList`]: { type: 'list', member: m(`${P}String`, { [`${P}idRef`]: {} }), traits: priv },

  [`${P}documentation`]: stringTrait('*'),
  [`${P}title`]: stringTrait(':is(service, resource, operation)'),
  [`${P}since`]: stringTrait('*'),
  [`${P}tags`]: trait('*', { type: 'list', member: m(`${P}String`) }),
  [`${P}deprecated`]: trait('*', { type: 'structure', members: { message: m(`${P}String`), since: m(`${P}String`) } }),
  [`${P}externalDocumentation`]: trait('*', {
    type: 'map',
    key: m(`${P}NonEmptyString`),
    value: m(`${P}NonEmptyString`),
  }),
  [`${P}private`]: annotation('*'),
  [`${P}internal`]: annotation('*'),
  [`${P}unstable`]: annotation('*'),
  [`${P}unitType`]: annotation('structure'),
  [`${P}sensitive`]: annotation(':not(:test(service, operation, resource, member))'),
  [`${P}required`]: annotation('structure > member'),
  [`${P}clientOptional`]: annotation('structure > member'),
  [`${P}input`]: annotation('structure'),
  [`${P}output`]: annotation('structure'),
  [`${P}readonly`]: annotation('operation'),
  [`${P}idempotent`]: annotation('operation'),
  [`${P}sparse`]: annotation(':is(list, map)'),
  [`${P}uniqueItems`]: annotation('list'),
  [`${P}streaming`]: exclusive(annotation(':is(blob, union)'), 'target'),
  [`${P}requiresLength`]: annotation('blob [trait|streaming]'),
  [`${P}idempotencyToken`]: exclusive(annotation('structure > :test(member > string)')),
  [`${P}httpLabel`]: annotation('structure > member :test(> :test(string, number, boolean, timestamp))'),
  [`${P}httpQueryParams`]: exclusive(annotation('structure > member :test(> map)')),
  [`${P}httpPayload`]: exclusive(
    annotation('structure > :test(member > :test(string, blob, structure, union, document, list, map))'),
  ),
  [`${P}httpResponseCode`]: exclusive(annotation('structure > :test(member > integer)')),
  [`${P}httpChecksumRequired`]: annotation('operation'),
  [`${P}hostLabel`]: annotation('structure > member :test(> string)'),
  [`${P}eventHeader`]: annotation('structure > member'),
  [`${P}eventPayload`]: annotation('structure > member'),
  [`${P}xmlAttribute`]: annotation('structure > member'),
  [`${P}xmlFlattened`]: annotation('member :test(> :test(list, map))'),
  [`${P}box`]: annotation(':test(member > :test(boolean, number), boolean, number)'),
  [`${P}optionalAuth`]: annotation('operation'),
  [`${P}httpBasicAuth`]: annotation('service'),
  [`${P}httpDigestAuth`]: annotation('service'),
  [`${P}httpBearerAuth`]: annotation('service'),
  [`${P}noReplace`]: annotation('resource'),
  [`${P}notProperty`]: annotation('structure > member'),
  [`${P}nestedProperties`]: annotation('structure > member'),
  [`${P}addedDefault`]: annotation('structure > member'),
  [`${P}pattern`]: stringTrait(':test(string, member > string)'),
  [`${P}mediaType`]: stringTrait(':test(blob, string)'),
  [`${P}jsonName`]: stringTrait(':is(structure, union) > member'),
  [`${P}xmlName`]: stringTrait(':not(service, resource, operation)'),
  [`${P}httpQuery`]: stringTrait('structure > member'),
  [`${P}httpHeader`]: stringTrait('structure > member'),
  [`${P}httpPrefixHeaders`]: exclusive(stringTrait('structure > member :test(> map)')),
  [`${P}resourceIdentifier`]: stringTrait('structure > member :test(> string)'),
  [`${P}property`]: trait('structure > member', { type: 'structure', members: { name: m(`${P}String`) } }),
  [`${P}httpError`]: trait('structure [trait|error]', { type: 'integer' }),
  [`${P}error`]: trait('structure', {
    type: 'enum',
    members: {
      client: m(`${P}Unit`, { [`${P}enumValue`]: 'client' }),
      server: m(`${P}Unit`, { [`${P}enumValue`]: 'server' }),
    },
  }),
  [`${P}timestampFormat`]: trait(':test(timestamp, member > timestamp)', {
    type: 'enum',
    members: {
      DATE_TIME: m(`${P}Unit`, { [`${P}enumValue`]: 'date-time' }),
      EPOCH_SECONDS: m(`${P}Unit`, { [`${P}enumValue`]: 'epoch-seconds' }),
      HTTP_DATE: m(`${P}Unit`, { [`${P}enumValue`]: 'http-date' }),
    },
  }),
  [`${P}default`]: trait(':test(structure > member, simpleType, list, map)', { type: 'document' }),
  [`${P}enumValue`]: trait(':test(enum > member, intEnum > member)', { type: 'document' }),
  [`${P}length`]: trait(':test(list, map, string, blob, member > :is(list, map, string, blob))', {
    type: 'structure',
    members: { min: m(`${P}Long`), max: m(`${P}Long`) },
  }),
  [`${P}range`]: trait(':test(number, member > number)', {
    type: 'structure',
    members: { min: m(`${P}BigDecimal`), max: m(`${P}BigDecimal`) },
  }),
  [`${P}retryable`]: trait('structure[trait|error]', { type: 'structure', members: { throttling: m(`${P}Boolean`) } }),
  [`${P}http`]: trait('operation', {
    type: 'structure',
    members: {
      method: m(`${P}NonEmptyString`, req),
      uri: m(`${P}NonEmptyString`, req),
      code: m(`${P}Integer`),
    },
  }),
  [`${P}paginated`]: trait(':is(operation, service)', {
    type: 'structure',
    members: {
      inputToken: m(`${P}NonEmptyString`),
      outputToken: m(`${P}NonEmptyString`),
      items: m(`${P}NonEmptyString`),
      pageSize: m(`${P}NonEmptyString`),
    },
  }),
  [`${P}mixin`]: trait(':not(member)', { type: 'structure', members: { localTraits: m(`${P}ShapeIdList`) } }),
  [`${P}trait`]: trait('*', {
    type: 'structure',
    members: {
      selector: m(`${P}String`),
      structurallyExclusive: m(`${P}String`),
      conflicts: m(`${P}NonEmptyStringList`),
      breakingChanges: m(`${P}Document`),
    },
  }),
  [`${P}references`]: trait(':is(structure, string)', { type: 'list', member: m(`${P}Document`) }),
  [`${P}idRef`]: trait(':test(string, member > string)', {
    type: 'structure',
    members: { selector: m(`${P}String`), failWhenMissing: m(`${P}Boolean`), errorMessage: m(`${P}String`) },
  }),
  [`${P}examples`]: trait('operation', { type: 'list', member: m(`${P}Document`) }),
  [`${P}auth`]: trait(':is(service, operation)', { type: 'list', member: m(`${P}String`) }),
  [`${P}protocolDefinition`]: trait('[trait|trait]', {
    type: 'structure',
    members: { traits: m(`${P}ShapeIdList`), noInlineDocumentSupport: m(`${P}Boolean`) },
  }),
  [`${P}authDefinition`]: trait('[trait|trait]', { type: 'structure', members: { traits: m(`${P}ShapeIdList`) } }),
  [`${P}httpApiKeyAuth`]: trait('service', {
    type: 'structure',
    members: { name: m(`${P}String`, req), in: m(`${P}String`, req), scheme: m(`${P}String`) },
  }),
  [`${P}cors`]: trait('service', {
    type: 'structure',
    members: {
      origin: m(`${P}String`),
      maxAge: m(`${P}Integer`),
      additionalAllowedHeaders: m(`${P}StringList`),
      additionalExposedHeaders: m(`${P}StringList`),
    },
  }),
  [`${P}endpoint`]: trait('operation', { type: 'structure', members: { hostPrefix: m(`${P}NonEmptyString`, req) } }),
  [`${P}xmlNamespace`]: trait('*', {
    type: 'structure',
    members: { uri: m(`${P}String`, req), prefix: m(`${P}String`) },
  }),
  [`${P}suppress`]: trait('*', { type: 'list', member: m(`${P}String`) }),
  [`${P}recommended`]: trait('structure > member', { type: 'structure', members: { reason: m(`${P}String`) } }),
  [`${P}requestCompression`]: trait('operation', { type: 'structure', members: { encodings: m(`${P}StringList`) } }),
  [`${P}enum`]: trait('string', { type: 'list', member: m(`${P}Document`) }),
};

/** True when a prelude shape may be referenced from other namespaces (it is not `@private`). */
export function isPublicPreludeShape(id: string): boolean {
  const shape = PRELUDE_SHAPES[id];
  return shape !== undefined && shape.traits?.[`${P}private`] === undefined;
}
