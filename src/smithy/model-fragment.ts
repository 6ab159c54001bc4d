import type { AstShape, NodeValue } from './ast.js';
import type { SmithyDiagnostic, SourceLocation } from './diagnostics.js';
import type { LocationIndex } from './locations.js';

/** Traits added to an existing shape or member by an `apply` statement or JSON `apply` entry. */
export interface FragmentApply {
  target: string;
  traits: Record<string, NodeValue>;
  loc: SourceLocation | undefined;
}

/** A `$name` member whose target comes from a resource (`for`) or a mixin. */
export interface Elision {
  shapeId: string;
  member: string;
  forResource: string | null;
  loc: SourceLocation | undefined;
}

/** What one source file contributes to a model, with absolute ids. */
export interface ModelFragment {
  file: string;
  metadata: Array<{ key: string; value: NodeValue; loc: SourceLocation | undefined }>;
  shapes: Array<{ id: string; shape: AstShape }>;
  applies: FragmentApply[];
  elisions: Elision[];
  locations: LocationIndex;
  diagnostics: SmithyDiagnostic[];
}
