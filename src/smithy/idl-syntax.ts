import type { SourceLocation } from './diagnostics.js';

/** A node value as written in IDL, before unquoted shape ids are resolved. */
export type RawNode =
  | { kind: 'null'; loc: SourceLocation }
  | { kind: 'boolean'; value: boolean; loc: SourceLocation }
  | { kind: 'number'; value: number; lexeme: string; loc: SourceLocation }
  | { kind: 'string'; value: string; loc: SourceLocation }
  | { kind: 'id'; value: string; loc: SourceLocation }
  | { kind: 'array'; items: RawNode[]; loc: SourceLocation }
  | { kind: 'object'; entries: RawEntry[]; loc: SourceLocation };

/** One key/value pair of a raw node object. */
export interface RawEntry {
  key: string;
  keyLoc: SourceLocation;
  value: RawNode;
}

/** A shape id as written, with where it was written. */
export interface RawRef {
  id: string;
  loc: SourceLocation;
}

/** One `@trait` or `@trait(value)` application; `value` is null when no value was written. */
export interface RawTrait {
  id: string;
  value: RawNode | null;
  loc: SourceLocation;
}

/** A member of a structure, union, list, map, enum or intEnum as written. */
export interface RawMember {
  name: string;
  /** The written target, or null for an elided `$name` member (and for enum members). */
  target: RawRef | null;
  traits: RawTrait[];
  docs: string | null;
  /** The `= value` assignment: a default for structure members, the value for enum members. */
  assigned: RawNode | null;
  loc: SourceLocation;
}

/** The body of an operation statement. */
export interface RawOperationBody {
  input: RawRef | null;
  output: RawRef | null;
  errors: RawRef[] | null;
}

/** One shape statement (inline input/output structures are separate shapes). */
export interface RawShape {
  type: string;
  name: string;
  loc: SourceLocation;
  docs: string | null;
  traits: RawTrait[];
  mixins: RawRef[];
  forResource: RawRef | null;
  members: RawMember[];
  /** The node object of a service or resource. */
  body: RawNode | null;
  operation: RawOperationBody | null;
}

/** A shape statement as just read: its header, with no mixins, members or body yet. */
export function newRawShape(
  type: string,
  name: string,
  loc: SourceLocation,
  docs: string | null,
  traits: RawTrait[],
): RawShape {
  return { type, name, loc, docs, traits, mixins: [], forResource: null, members: [], body: null, operation: null };
}

/** One `apply` statement (a block form yields one entry holding all its traits). */
export interface RawApply {
  target: RawRef;
  traits: RawTrait[];
  loc: SourceLocation;
}

/** One parsed IDL file: control data, metadata and statements, with ids still relative. */
export interface RawFile {
  file: string;
  version: string;
  namespace: string | null;
  uses: RawRef[];
  metadata: Array<{ key: string; value: RawNode; loc: SourceLocation }>;
  shapes: RawShape[];
  applies: RawApply[];
}
