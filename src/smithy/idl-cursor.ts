import type { SmithyDiagnostic, SourceLocation } from './diagnostics.js';

/** A syntax error inside the IDL parser; caught at the parser's entry and returned as a value. */
export class IdlSyntaxError extends Error {
  override readonly name = 'IdlSyntaxError';
  constructor(
    readonly loc: SourceLocation,
    message: string,
  ) {
    super(message);
  }
}

interface PendingDocs {
  lines: string[];
  loc: SourceLocation;
  /** The offset of the token these docs sit directly before, once the comment block has ended. */
  target: number;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_CHAR = /[A-Za-z0-9_]/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** Character-level reader of one IDL file: positions, whitespace rules, doc comments and tokens. */
export class IdlCursor {
  pos = 0;
  readonly warnings: SmithyDiagnostic[] = [];
  private readonly lineStarts: number[] = [0];
  private docs: PendingDocs | null = null;

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) this.lineStarts.push(i + 1);
    }
  }

  /** The source location of an offset. */
  locAt(pos: number): SourceLocation {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file, line: lo + 1, column: pos - this.lineStarts[lo]! + 1 };
  }

  /** The offset of a location in this file. */
  offsetOf(loc: SourceLocation): number {
    return (this.lineStarts[loc.line - 1] ?? 0) + loc.column - 1;
  }

  /** The source location of the current offset. */
  loc(): SourceLocation {
    return this.locAt(this.pos);
  }

  /** True at the end of the text. */
  eof(): boolean {
    return this.pos >= this.text.length;
  }

  /** The character `offset` places ahead, or '' past the end. */
  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  /** True when the text continues with `s` at the current offset. */
  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  /** Stops parsing with a syntax error at an offset. */
  fail(message: string, pos = this.pos): never {
    throw new IdlSyntaxError(this.locAt(pos), message);
  }

  /** Fails with "expected <what> but found <the next token>". */
  expected(what: string, pos = this.pos): never {
    this.fail(`Syntax error: expected ${what} but found ${this.describeAt(pos)}`, pos);
  }

  /** Describes the token at an offset for error messages. */
  describeAt(pos: number): string {
    const c = this.text[pos];
    if (c === undefined) return 'end of file';
    if (c === '\n' || c === '\r') return 'a line break';
    if (c === '"') return this.text.startsWith('"""', pos) ? 'a text block' : 'a quoted string';
    if (IDENT_CHAR.test(c)) {
      let end = pos;
      while (end < this.text.length && IDENT_CHAR.test(this.text[end]!)) end++;
      return `'${this.text.slice(pos, end)}'`;
    }
    return `'${c}'`;
  }

  /** Consumes one expected character or fails naming it. */
  expectChar(c: string): void {
    if (this.peek() !== c) this.expected(`'${c}'`);
    this.pos++;
  }

  /** Skips spaces and tabs only (the places where the grammar forbids a line break). */
  sp(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  /** Skips whitespace, line breaks, commas and comments, collecting `///` doc comments. */
  ws(): void {
    if (this.docs !== null && this.docs.target !== this.pos) this.dropDocs();
    let collected = false;
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',') {
        this.pos++;
      } else if (c === '/' && this.peek(1) === '/') {
        if (this.peek(2) === '/') collected = this.docComment() || collected;
        else this.skipLine();
      } else {
        break;
      }
    }
    if (collected && this.docs !== null) this.docs.target = this.pos;
  }

  /** Requires a line break (or a comment, or the end of the file) after optional spaces and commas. */
  br(): void {
    while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === ',') this.pos++;
    const c = this.peek();
    if (c === '' || c === '\n' || c === '\r' || this.startsWith('//')) {
      this.ws();
      return;
    }
    this.expected('a line break');
  }

  /** Returns the doc comment block that sits directly before the current token, if any. */
  takeDocs(): string | null {
    if (this.docs === null || this.docs.target !== this.pos) return null;
    const text = this.docs.lines.join('\n');
    this.docs = null;
    return text;
  }

  /** Warns about a doc comment block that nothing could take. */
  dropDocs(): void {
    if (this.docs === null) return;
    this.warnings.push({
      severity: 'WARNING',
      message:
        'Documentation comment is ignored: it must sit directly before a shape, member or inline structure, before its traits',
      ...this.docs.loc,
    });
    this.docs = null;
  }

  private docComment(): boolean {
    const start = this.pos;
    const loc = this.loc();
    let lineStart = start;
    while (lineStart > 0 && this.text[lineStart - 1] !== '\n' && this.text[lineStart - 1] !== '\r') lineStart--;
    const trailing = !/^[ \t,]*$/.test(this.text.slice(lineStart, start));
    this.skipLine();
    if (trailing) {
      this.warnings.push({
        severity: 'WARNING',
        message: 'Documentation comment on the same line as code is ignored',
        ...loc,
      });
      return false;
    }
    let line = this.text.slice(start + 3, this.pos);
    if (line.startsWith(' ')) line = line.slice(1);
    if (this.docs !== null && this.docs.target === -1) this.docs.lines.push(line);
    else {
      if (this.docs !== null) this.dropDocs();
      this.docs = { lines: [line], loc, target: -1 };
    }
    return true;
  }

  private skipLine(): void {
    while (!this.eof() && this.peek() !== '\n' && this.peek() !== '\r') this.pos++;
  }

  /** True when an identifier can start at the current offset. */
  isIdentifierStart(): boolean {
    return IDENT_START.test(this.peek());
  }

  /** Reads an identifier (`_`-prefixed names need a letter or digit after the underscores). */
  identifier(what = 'an identifier'): string {
    const start = this.pos;
    if (!IDENT_START.test(this.peek())) this.expected(what);
    while (this.peek() === '_') this.pos++;
    if (this.pos > start && !/[A-Za-z0-9]/.test(this.peek())) {
      this.fail(`Syntax error: identifier '${this.text.slice(start, this.pos)}' must contain a letter or digit`, start);
    }
    while (IDENT_CHAR.test(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }

  /** Reads a namespace (`a.b.c`). */
  namespace(): string {
    let ns = this.identifier('a namespace');
    while (this.peek() === '.') {
      this.pos++;
      ns += `.${this.identifier()}`;
    }
    return ns;
  }

  /** Reads a relative or absolute shape id, optionally with a `$member` part; no spaces inside. */
  shapeId(what = 'a shape id'): string {
    if (!this.isIdentifierStart()) this.expected(what);
    let id = this.namespace();
    if (this.peek() === '#') {
      this.pos++;
      id += `#${this.identifier("a shape name after '#'")}`;
    } else if (id.includes('.')) {
      this.expected("'#' after the namespace of a shape id");
    }
    if (this.peek() === '$') {
      this.pos++;
      id += `$${this.identifier("a member name after '$'")}`;
    }
    return id;
  }

  /** Reads a JSON-style number and returns its lexeme. */
  number(): string {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (m === null) this.expected('a number');
    const end = this.pos + m[0].length;
    if (/[A-Za-z0-9_.]/.test(this.text[end] ?? ''))
      this.fail(`Syntax error: invalid number '${this.text.slice(this.pos, end + 1)}'`);
    this.pos = end;
    return m[0];
  }
}
