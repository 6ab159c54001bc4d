const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes a URI label or query value the way restJson1 requires: every byte except the
 * RFC 3986 unreserved characters `A-Z a-z 0-9 - . _ ~` (so `:` `/` and `!'()*` are encoded too);
 * a lone surrogate is sent as U+FFFD.
 */
export function percentEncode(value: string): string {
  // A lone surrogate has no UTF-8 form; like TextEncoder, send U+FFFD instead of throwing.
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Decodes one percent-encoded path segment or query value; `undefined` when the encoding is malformed. */
export function percentDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
