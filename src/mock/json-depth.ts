/**
 * The deepest nesting of objects and arrays a request body may have. IVS inputs nest three levels
 * at most and a snapshot five; the bound leaves room for members of newer SDKs while a body of
 * thousands of nested objects gets a `SerializationException` instead of being parsed.
 */
export const maxJsonDepth = 64;

/** True when the JSON text nests objects and arrays deeper than `limit` (strings are skipped, so brackets in them do not count). */
export function jsonTooDeep(text: string, limit: number = maxJsonDepth): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i += 1;
      else if (code === 34) inString = false;
    } else if (code === 34) {
      inString = true;
    } else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 125 || code === 93) {
      depth -= 1;
    }
  }
  return false;
}

/** The error for a body nested deeper than `maxJsonDepth`. */
export const tooDeepError = {
  type: 'SerializationException',
  message: `The request body nests objects and arrays deeper than ${maxJsonDepth} levels.`,
} as const;
