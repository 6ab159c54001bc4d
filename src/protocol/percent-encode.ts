/**
 * Percent-encodes a URI label or query value the way restJson1 requires: every byte except the
 * RFC 3986 unreserved characters `A-Z a-z 0-9 - . _ ~` (so `:` `/` and `!'()*` are encoded too).
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Decodes one percent-encoded path segment or query value; `undefined` when the encoding is malformed. */
export function percentDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
