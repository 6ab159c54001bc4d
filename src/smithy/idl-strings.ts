/** Why an escape sequence could not be decoded, and at which offset of the raw text. */
export interface EscapeFailure {
  offset: number;
  message: string;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Decodes the escapes of a string's raw content and turns CR and CRLF into LF; a backslash
 * before a line break joins the lines.
 */
export function decodeEscapes(raw: string): { ok: true; value: string } | { ok: false; error: EscapeFailure } {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === '\r') {
      out += '\n';
      i += raw[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = raw[i + 1];
    if (e === undefined) return { ok: false, error: { offset: i, message: 'unterminated escape sequence' } };
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (e === '\n') {
      i += 2;
    } else if (e === '\r') {
      i += raw[i + 2] === '\n' ? 3 : 2;
    } else if (e === 'u') {
      const hex = raw.slice(i + 2, i + 6);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) {
        return { ok: false, error: { offset: i, message: 'expected 4 hexadecimal digits after \\u' } };
      }
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 6;
    } else {
      return { ok: false, error: { offset: i, message: `invalid escape sequence '\\${e}'` } };
    }
  }
  return { ok: true, value: out };
}

/**
 * Removes the common leading-space margin from a text block's raw content (the text after the
 * newline that follows the opening delimiter), as the Smithy spec defines it; escapes are left
 * for `decodeEscapes` to interpret afterwards.
 */
export function dedentTextBlock(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const last = lines.length - 1;
  let indent = Number.POSITIVE_INFINITY;
  lines.forEach((line, index) => {
    const spaces = leadingSpaces(line);
    if (spaces === line.length) {
      if (index === last) indent = Math.min(indent, line.length);
      return;
    }
    indent = Math.min(indent, spaces);
  });
  if (!Number.isFinite(indent)) indent = 0;
  return lines.map((line) => line.slice(Math.min(indent, leadingSpaces(line))).replace(/ +$/, '')).join('\n');
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line[n] === ' ') n++;
  return n;
}
