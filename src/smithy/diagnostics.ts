/** One problem found while loading a model: where it is and how bad it is. */
export interface SmithyDiagnostic {
  severity: 'ERROR' | 'DANGER' | 'WARNING';
  message: string;
  file?: string;
  line?: number;
  column?: number;
  shapeId?: string;
}

/** A position in a model file (1-based line and column, columns in UTF-16 code units). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * Renders a diagnostic as one line: `file:line:column: SEVERITY: message` when the position is
 * known, `shape#Id: SEVERITY: message` when only the shape is.
 * @example formatDiagnostic({ severity: 'ERROR', message: 'x', file: 'a.smithy', line: 1, column: 2 }) // "a.smithy:1:2: ERROR: x"
 */
export function formatDiagnostic(d: SmithyDiagnostic): string {
  if (d.file !== undefined && d.line !== undefined) {
    return `${d.file}:${d.line}:${d.column ?? 1}: ${d.severity}: ${d.message}`;
  }
  if (d.shapeId !== undefined) return `${d.shapeId}: ${d.severity}: ${d.message}`;
  if (d.file !== undefined) return `${d.file}: ${d.severity}: ${d.message}`;
  return `${d.severity}: ${d.message}`;
}

/** Builds a diagnostic at a source location, or at a shape id when the location is unknown. */
export function diagnosticAt(
  severity: SmithyDiagnostic['severity'],
  message: string,
  where: SourceLocation | undefined,
  shapeId?: string,
): SmithyDiagnostic {
  const d: SmithyDiagnostic = { severity, message };
  if (where !== undefined) {
    d.file = where.file;
    d.line = where.line;
    d.column = where.column;
  }
  if (shapeId !== undefined) d.shapeId = shapeId;
  return d;
}

/** Prefixes a word with "a" or "an" for messages ("an integer", "a string"). */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
