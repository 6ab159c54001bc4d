/** A JSON value as it appears in trait values and metadata of a Smithy model. */
export type NodeValue = null | boolean | number | string | NodeValue[] | { [key: string]: NodeValue };

/** Every shape type the JSON AST of Smithy 2.0 can hold (`set` is accepted on input only). */
export type ShapeType =
  | 'blob'
  | 'boolean'
  | 'string'
  | 'byte'
  | 'short'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'bigInteger'
  | 'bigDecimal'
  | 'timestamp'
  | 'document'
  | 'enum'
  | 'intEnum'
  | 'list'
  | 'map'
  | 'structure'
  | 'union'
  | 'service'
  | 'resource'
  | 'operation';

/** A reference to another shape by absolute id (`{"target": "ns#Name"}`). */
export interface AstTarget {
  target: string;
}

/** A member of an aggregate or enum shape: its target and the traits applied to the member. */
export interface AstMember {
  target: string;
  traits?: Record<string, NodeValue>;
}

/** One shape of the JSON AST; which properties appear depends on `type`, as in the Smithy spec. */
export interface AstShape {
  type: ShapeType;
  mixins?: AstTarget[];
  /** Members of structures, unions, enums and intEnums, in declaration order. */
  members?: Record<string, AstMember>;
  /** The single member of a list. */
  member?: AstMember;
  /** The key member of a map. */
  key?: AstMember;
  /** The value member of a map. */
  value?: AstMember;
  version?: string;
  operations?: AstTarget[];
  resources?: AstTarget[];
  errors?: AstTarget[];
  rename?: Record<string, string>;
  identifiers?: Record<string, AstTarget>;
  properties?: Record<string, AstTarget>;
  put?: AstTarget;
  create?: AstTarget;
  read?: AstTarget;
  update?: AstTarget;
  delete?: AstTarget;
  list?: AstTarget;
  collectionOperations?: AstTarget[];
  input?: AstTarget;
  output?: AstTarget;
  traits?: Record<string, NodeValue>;
}

/** A whole Smithy model in JSON AST form: absolute shape ids mapped to shapes. */
export interface SmithyAst {
  smithy: string;
  metadata?: Record<string, NodeValue>;
  shapes: Record<string, AstShape>;
}

/** The simple shape types whose values are numbers. */
const NUMERIC_SIMPLE_TYPES: readonly ShapeType[] = [
  'byte',
  'short',
  'integer',
  'long',
  'float',
  'double',
  'bigInteger',
  'bigDecimal',
];

/** The shape types that have no members and no body. */
export const SIMPLE_TYPES: ReadonlySet<ShapeType> = new Set<ShapeType>([
  'blob',
  'boolean',
  'string',
  ...NUMERIC_SIMPLE_TYPES,
  'timestamp',
  'document',
]);

/** The shape types whose values are numbers. */
export const NUMBER_TYPES: ReadonlySet<ShapeType> = new Set<ShapeType>([...NUMERIC_SIMPLE_TYPES, 'intEnum']);

/** Every shape type name accepted in IDL and JSON (including the 1.0 `set`). */
export const ALL_TYPES: ReadonlySet<string> = new Set<string>([
  ...SIMPLE_TYPES,
  'enum',
  'intEnum',
  'list',
  'set',
  'map',
  'structure',
  'union',
  'service',
  'resource',
  'operation',
]);

/** The JSON AST properties of a service shape (besides `type`, `mixins`, `traits`), in the order the Smithy CLI prints them. */
export const SERVICE_PROPERTIES = ['version', 'operations', 'resources', 'errors', 'rename'] as const;

/** The JSON AST properties of a resource shape (besides `type`, `mixins`, `traits`), in the order the Smithy CLI prints them. */
export const RESOURCE_PROPERTIES = [
  'identifiers',
  'properties',
  'put',
  'create',
  'read',
  'update',
  'delete',
  'list',
  'operations',
  'collectionOperations',
  'resources',
] as const;
