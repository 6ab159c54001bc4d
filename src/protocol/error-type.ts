/**
 * Reduces an AWS error code to its bare shape name, as restJson1 clients do: the part before the
 * first `:`, then the part after a `#` (`ns#FooError:http://x` → `FooError`).
 */
export function sanitizeErrorType(value: string): string {
  const beforeColon = value.split(':')[0] ?? '';
  const hash = beforeColon.indexOf('#');
  return (hash >= 0 ? beforeColon.slice(hash + 1) : beforeColon).trim();
}

/**
 * Finds the error type of a restJson1 error response: the `x-amzn-ErrorType` header first, then
 * a top-level `code` or `__type` in the body; `undefined` when none is there.
 */
export function readErrorType(headerValue: string | null | undefined, body: unknown): string | undefined {
  if (headerValue) return sanitizeErrorType(headerValue);
  if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>;
    for (const key of ['code', '__type']) {
      const value = record[key];
      if (typeof value === 'string' && value !== '') return sanitizeErrorType(value);
    }
  }
  return undefined;
}
