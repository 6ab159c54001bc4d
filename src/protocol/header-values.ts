/** The text of a label, query or header value: strings as they are, other values as JSON text. */
export function scalarText(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'object' && value !== null
      ? JSON.stringify(value)
      : String(value);
}

/** The text of a header-bound value: a list is sent as its items joined by `, `. */
export function headerText(value: unknown): string {
  return Array.isArray(value) ? value.map((item) => scalarText(item)).join(', ') : scalarText(value);
}

/** The header-bound members that are set in `values`, as lower-case header names with their text. */
export function headerFields(
  bindings: readonly { readonly member: string; readonly name: string }[],
  values: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const binding of bindings) {
    const value = values[binding.member];
    if (value !== undefined && value !== null) headers[binding.name.toLowerCase()] = headerText(value);
  }
  return headers;
}
