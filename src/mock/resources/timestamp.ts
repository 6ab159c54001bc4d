/** Writes milliseconds since the epoch as an RFC 3339 UTC string with whole seconds (`2020-05-05T21:55:38Z`). */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
