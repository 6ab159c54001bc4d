import type { SmithyDiagnostic, SourceLocation } from './diagnostics.js';
import { IdlCursor, IdlSyntaxError } from './idl-cursor.js';
import { decodeEscapes, dedentTextBlock } from './idl-strings.js';
import { SIMPLE_TYPES } from './ast.js';
import type {
  RawApply,
  RawEntry,
  RawFile,
  RawMember,
  RawNode,
  RawOperationBody,
  RawRef,
  RawShape,
  RawTrait,
} from './idl-syntax.js';
import { newRawShape } from './idl-syntax.js';

/** The outcome of reading one IDL file's syntax. */
export type IdlSyntaxResult =
  | { ok: true; value: RawFile; warnings: SmithyDiagnostic[] }
  | { ok: false; errors: SmithyDiagnostic[]; warnings: SmithyDiagnostic[] };

// Parsed keywords are plain strings; the simple shape types themselves are defined once, in ast.ts.
const SIMPLE_SHAPES: ReadonlySet<string> = SIMPLE_TYPES;
const MEMBER_SHAPES = new Set(['list', 'map', 'structure', 'union']);
const SHAPE_KEYWORDS = new Set([
  ...SIMPLE_SHAPES,
  ...MEMBER_SHAPES,
  'enum',
  'intEnum',
  'service',
  'resource',
  'operation',
]);
const SUPPORTED_VERSIONS = new Set(['2', '2.0']);

/** Reads the syntax of one Smithy IDL 2.0 file into raw statements, with shape ids as written. */
export function parseIdlSyntax(text: string, file: string): IdlSyntaxResult {
  const cursor = new IdlCursor(text, file);
  try {
    const value = new IdlParser(cursor).parseFile();
    return { ok: true, value, warnings: cursor.warnings };
  } catch (e) {
    if (e instanceof IdlSyntaxError) {
      return { ok: false, errors: [{ severity: 'ERROR', message: e.message, ...e.loc }], warnings: cursor.warnings };
    }
    throw e;
  }
}

class IdlParser {
  private readonly raw: RawFile;
  private inputSuffix = 'Input';
  private outputSuffix = 'Output';

  constructor(private readonly c: IdlCursor) {
    this.raw = { file: c.file, version: '2.0', namespace: null, uses: [], metadata: [], shapes: [], applies: [] };
  }

  parseFile(): RawFile {
    const c: IdlCursor = this.c;
    if (c.peek() === '\uFEFF') c.pos++;
    c.ws();
    this.controlSection();
    while (this.peekWord() === 'metadata') this.metadataStatement();
    if (!c.eof()) {
      if (this.peekWord() !== 'namespace') {
        c.dropDocs();
        c.expected(this.raw.metadata.length > 0 ? "'metadata' or 'namespace'" : "'$', 'metadata' or 'namespace'");
      }
      this.namespaceStatement();
      while (this.peekWord() === 'use') this.useStatement();
      while (!c.eof()) this.shapeOrApply();
    }
    c.dropDocs();
    return this.raw;
  }

  private peekWord(): string | null {
    const c: IdlCursor = this.c;
    if (!c.isIdentifierStart()) return null;
    let end = c.pos;
    while (/[A-Za-z0-9_]/.test(c.text[end] ?? '')) end++;
    return c.text.slice(c.pos, end);
  }

  private keyword(word: string): void {
    const c: IdlCursor = this.c;
    if (this.peekWord() !== word) c.expected(`'${word}'`);
    c.pos += word.length;
  }

  /** Requires at least one space or tab, then skips the rest. */
  private requiredSp(what: string): void {
    const c: IdlCursor = this.c;
    if (c.peek() !== ' ' && c.peek() !== '\t') c.expected(`a space before ${what}`);
    c.sp();
  }

  private controlSection(): void {
    const c: IdlCursor = this.c;
    const seen = new Set<string>();
    let sawVersion = false;
    while (c.peek() === '$') {
      c.dropDocs();
      const loc = c.loc();
      c.pos++;
      const key = c.peek() === '"' ? this.quotedText() : c.identifier('a control key');
      c.sp();
      c.expectChar(':');
      c.sp();
      const value = this.nodeValue();
      c.br();
      if (seen.has(key)) c.fail(`Duplicate control statement '$${key}'`, c.offsetOf(loc));
      seen.add(key);
      if (key === 'version') {
        sawVersion = true;
        const v = value.kind === 'string' ? value.value : value.kind === 'number' ? value.lexeme : null;
        if (v === null || !SUPPORTED_VERSIONS.has(v)) {
          c.fail(
            `Unsupported IDL version ${describeRaw(value)}: only $version: "2" (or "2.0") is supported`,
            c.offsetOf(value.loc),
          );
        }
      } else if (key === 'operationInputSuffix' || key === 'operationOutputSuffix') {
        if (value.kind !== 'string') c.fail(`$${key} must be a string`, c.offsetOf(value.loc));
        if (key === 'operationInputSuffix') this.inputSuffix = value.value;
        else this.outputSuffix = value.value;
      } else {
        c.warnings.push({ severity: 'WARNING', message: `Unknown control statement '$${key}' is ignored`, ...loc });
      }
    }
    if (!sawVersion && !c.eof()) {
      c.warnings.push({
        severity: 'WARNING',
        message: 'No $version control statement: the file is read as IDL 2.0 (write $version: "2")',
        file: c.file,
        line: 1,
        column: 1,
      });
    }
  }

  private metadataStatement(): void {
    const c: IdlCursor = this.c;
    c.dropDocs();
    const loc = c.loc();
    this.keyword('metadata');
    this.requiredSp('the metadata key');
    const key = c.peek() === '"' ? this.quotedText() : c.identifier('a metadata key');
    c.sp();
    c.expectChar('=');
    c.sp();
    const value = this.nodeValue();
    c.br();
    this.raw.metadata.push({ key, value, loc });
  }

  private namespaceStatement(): void {
    const c: IdlCursor = this.c;
    c.dropDocs();
    this.keyword('namespace');
    this.requiredSp('the namespace');
    this.raw.namespace = c.namespace();
    c.br();
  }

  private useStatement(): void {
    const c: IdlCursor = this.c;
    c.dropDocs();
    this.keyword('use');
    this.requiredSp('the shape id');
    const loc = c.loc();
    const id = c.shapeId('an absolute shape id');
    if (!id.includes('#'))
      c.fail(`Syntax error: use statements need an absolute shape id (namespace#Name), found '${id}'`, c.offsetOf(loc));
    if (id.includes('$')) c.fail(`Syntax error: use statements cannot import a member ('${id}')`, c.offsetOf(loc));
    c.br();
    this.raw.uses.push({ id, loc });
  }

  private shapeOrApply(): void {
    const c: IdlCursor = this.c;
    const docs = c.takeDocs();
    const traits = this.traitStatements();
    const word = this.peekWord();
    if (word === 'apply') {
      if (traits.length > 0)
        c.fail('Syntax error: traits cannot be written before an apply statement', c.offsetOf(traits[0]!.loc));
      if (docs !== null) {
        c.warnings.push({
          severity: 'WARNING',
          message: 'Documentation comment before an apply statement is ignored',
          ...c.loc(),
        });
      }
      this.applyStatement();
      return;
    }
    if (word === 'use') c.fail('Syntax error: use statements must come before any shape or apply statement');
    if (word === 'namespace') c.fail('Syntax error: a file may contain only one namespace statement');
    if (word === 'metadata') c.fail('Syntax error: metadata statements must come before the namespace statement');
    if (word === null || !SHAPE_KEYWORDS.has(word)) {
      if (word === 'set') c.fail("Syntax error: 'set' is not supported in IDL 2.0; use a list with @uniqueItems");
      c.expected('a shape type or apply statement');
    }
    this.shapeStatement(word, docs, traits);
  }

  private shapeStatement(type: string, docs: string | null, traits: RawTrait[]): void {
    const c: IdlCursor = this.c;
    c.pos += type.length;
    this.requiredSp('the shape name');
    const loc = c.loc();
    const name = c.identifier('a shape name');
    const shape = newRawShape(type, name, loc, docs, traits);
    this.raw.shapes.push(shape);
    c.sp();
    if (MEMBER_SHAPES.has(type)) this.forResource(shape);
    if (this.peekWord() === 'with') shape.mixins = this.mixins();
    if (SIMPLE_SHAPES.has(type)) {
      c.br();
      return;
    }
    c.ws();
    if (type === 'service' || type === 'resource') {
      if (c.peek() !== '{') c.expected(`'{' to start the ${type} body`);
      shape.body = this.nodeValue();
    } else if (type === 'operation') {
      shape.operation = this.operationBody(name);
    } else {
      shape.members = this.members(type === 'enum' || type === 'intEnum');
    }
    c.br();
  }

  /** The optional `for <resource id>` of a shape with members, and the spaces after it. */
  private forResource(shape: RawShape): void {
    if (this.peekWord() !== 'for') return;
    this.c.pos += 3;
    this.requiredSp('the resource id');
    shape.forResource = this.ref();
    this.c.sp();
  }

  private mixins(): RawRef[] {
    const c: IdlCursor = this.c;
    c.pos += 4;
    c.ws();
    return this.refList("a mixin shape id or ']'");
  }

  /** A bracketed list of shape ids (`[A, B]`, commas being white space), the cursor then past its `]`. */
  private refList(what: string): RawRef[] {
    const c: IdlCursor = this.c;
    c.expectChar('[');
    c.ws();
    const refs: RawRef[] = [];
    while (c.peek() !== ']') {
      refs.push(this.ref(what));
      c.ws();
    }
    c.pos++;
    return refs;
  }

  private ref(what = 'a shape id'): RawRef {
    const loc = this.c.loc();
    return { id: this.c.shapeId(what), loc };
  }

  private members(isEnum: boolean): RawMember[] {
    const c: IdlCursor = this.c;
    c.expectChar('{');
    c.ws();
    const members: RawMember[] = [];
    while (c.peek() !== '}') {
      if (c.eof()) c.expected("'}'");
      members.push(isEnum ? this.enumMember() : this.member());
    }
    c.dropDocs();
    c.pos++;
    return members;
  }

  private enumMember(): RawMember {
    const c: IdlCursor = this.c;
    const docs = c.takeDocs();
    const traits = this.traitStatements();
    const loc = c.loc();
    const name = c.identifier("an enum member name or '}'");
    return { name, target: null, traits, docs, assigned: this.assignment(), loc };
  }

  private member(): RawMember {
    const c: IdlCursor = this.c;
    const docs = c.takeDocs();
    const traits = this.traitStatements();
    const loc = c.loc();
    if (c.peek() === '$') {
      c.pos++;
      const name = c.identifier("a member name after '$'");
      return { name, target: null, traits, docs, assigned: this.assignment(), loc };
    }
    const name = c.identifier("a member name or '}'");
    c.sp();
    if (c.peek() !== ':') c.expected(`':' after member name '${name}'`);
    c.pos++;
    c.sp();
    const target = this.ref('a member target shape id');
    return { name, target, traits, docs, assigned: this.assignment(), loc };
  }

  /** Reads an optional `= value` that must end its line, or the whitespace after a member. */
  private assignment(): RawNode | null {
    const c: IdlCursor = this.c;
    c.sp();
    if (c.peek() !== '=') {
      c.ws();
      return null;
    }
    c.pos++;
    c.sp();
    const value = this.nodeValue();
    c.sp();
    if (c.peek() === ',') c.pos++;
    c.br();
    return value;
  }

  private operationBody(operationName: string): RawOperationBody {
    const c: IdlCursor = this.c;
    const body: RawOperationBody = { input: null, output: null, errors: null };
    c.expectChar('{');
    c.ws();
    while (c.peek() !== '}') {
      c.dropDocs();
      const keyPos = c.pos;
      const key = this.peekWord();
      if (key !== 'input' && key !== 'output' && key !== 'errors') c.expected("'input', 'output', 'errors' or '}'");
      if (body[key] !== null) c.fail(`Syntax error: duplicate operation property '${key}'`, keyPos);
      c.pos += key.length;
      c.ws();
      if (key === 'errors') {
        c.expectChar(':');
        c.ws();
        body.errors = this.refList("an error shape id or ']'");
      } else if (c.startsWith(':=')) {
        c.pos += 2;
        c.ws();
        const name = operationName + (key === 'input' ? this.inputSuffix : this.outputSuffix);
        body[key] = this.inlineStructure(name, key, c.locAt(keyPos));
      } else {
        if (c.peek() !== ':') c.expected(`':' or ':=' after '${key}'`);
        c.pos++;
        c.ws();
        body[key] = this.ref(`a shape id for the operation ${key}`);
      }
      c.ws();
    }
    c.pos++;
    return body;
  }

  private inlineStructure(name: string, role: 'input' | 'output', roleLoc: SourceLocation): RawRef {
    const c: IdlCursor = this.c;
    const docs = c.takeDocs();
    const traits = this.traitStatements();
    const loc = c.loc();
    traits.unshift({ id: `smithy.api#${role}`, value: null, loc: roleLoc });
    const shape = newRawShape('structure', name, loc, docs, traits);
    this.forResource(shape);
    if (this.peekWord() === 'with') shape.mixins = this.mixins();
    c.ws();
    shape.members = this.members(false);
    this.raw.shapes.push(shape);
    return { id: name, loc };
  }

  private applyStatement(): void {
    const c: IdlCursor = this.c;
    const loc = c.loc();
    c.pos += 5;
    this.requiredSp('the shape id to apply traits to');
    const target = this.ref();
    c.sp();
    let traits: RawTrait[];
    if (c.peek() === '{') {
      c.pos++;
      c.ws();
      traits = this.traitStatements();
      c.expectChar('}');
    } else if (c.peek() === '@') {
      traits = [this.trait()];
    } else {
      c.expected("'@' or '{' after the apply target");
    }
    c.br();
    const apply: RawApply = { target, traits, loc };
    this.raw.applies.push(apply);
  }

  private traitStatements(): RawTrait[] {
    const c: IdlCursor = this.c;
    const traits: RawTrait[] = [];
    while (c.peek() === '@') {
      traits.push(this.trait());
      c.ws();
    }
    return traits;
  }

  private trait(): RawTrait {
    const c: IdlCursor = this.c;
    const loc = c.loc();
    c.pos++;
    const id = c.shapeId("a trait shape id after '@'");
    if (c.peek() !== '(') return { id, value: null, loc };
    const openLoc = c.loc();
    c.pos++;
    c.ws();
    if (c.peek() === ')') {
      c.pos++;
      return { id, value: null, loc };
    }
    let value: RawNode;
    if (this.startsStructuredTrait()) {
      value = { kind: 'object', entries: this.entriesUntil(')'), loc: openLoc };
    } else {
      value = this.nodeValue();
      c.ws();
      if (c.peek() !== ')') c.expected("')' to close the trait value");
    }
    c.pos++;
    return { id, value, loc };
  }

  /** True when the trait value starts with `key:` (the structured sugar `@t(k: v)`). */
  private startsStructuredTrait(): boolean {
    const c: IdlCursor = this.c;
    const start = c.pos;
    try {
      if (c.peek() === '"') {
        if (c.startsWith('"""')) return false;
        this.quotedText();
      } else if (c.isIdentifierStart()) {
        c.identifier();
      } else {
        return false;
      }
      c.ws();
      return c.peek() === ':';
    } catch (e) {
      if (e instanceof IdlSyntaxError) return false;
      throw e;
    } finally {
      c.pos = start;
    }
  }

  private entriesUntil(close: string): RawEntry[] {
    const c: IdlCursor = this.c;
    const entries: RawEntry[] = [];
    const seen = new Set<string>();
    while (c.peek() !== close) {
      const keyLoc = c.loc();
      let key: string;
      if (c.peek() === '"') key = this.quotedText();
      else if (c.isIdentifierStart()) key = c.identifier();
      else c.expected(`an object key or '${close}'`);
      if (seen.has(key)) c.fail(`Syntax error: duplicate object key '${key}'`, c.offsetOf(keyLoc));
      seen.add(key);
      c.ws();
      if (c.peek() !== ':') c.expected(`':' after object key '${key}'`);
      c.pos++;
      c.ws();
      entries.push({ key, keyLoc, value: this.nodeValue() });
      c.ws();
    }
    return entries;
  }

  private nodeValue(): RawNode {
    const c: IdlCursor = this.c;
    const loc = c.loc();
    const ch = c.peek();
    if (ch === '{') {
      c.pos++;
      c.ws();
      const entries = this.entriesUntil('}');
      c.pos++;
      return { kind: 'object', entries, loc };
    }
    if (ch === '[') {
      c.pos++;
      c.ws();
      const items: RawNode[] = [];
      while (c.peek() !== ']') {
        if (c.eof()) c.expected("']'");
        items.push(this.nodeValue());
        c.ws();
      }
      c.pos++;
      return { kind: 'array', items, loc };
    }
    if (ch === '"') return { kind: 'string', value: this.quotedText(), loc };
    if (ch === '-' || /[0-9]/.test(ch)) {
      const lexeme = c.number();
      const value = Number(lexeme);
      if (!Number.isFinite(value)) c.fail(`Syntax error: number ${lexeme} is out of range`, c.offsetOf(loc));
      return { kind: 'number', value, lexeme, loc };
    }
    if (c.isIdentifierStart()) {
      const id = c.shapeId();
      if (id === 'true' || id === 'false') return { kind: 'boolean', value: id === 'true', loc };
      if (id === 'null') return { kind: 'null', loc };
      return { kind: 'id', value: id, loc };
    }
    return c.expected('a node value');
  }

  /** Reads a quoted string or a text block and returns its decoded value. */
  private quotedText(): string {
    const c: IdlCursor = this.c;
    const start = c.pos;
    if (c.startsWith('"""')) return this.textBlock();
    c.pos++;
    const contentStart = c.pos;
    while (c.peek() !== '"') {
      if (c.eof()) c.fail('Syntax error: unterminated string', start);
      c.pos += c.peek() === '\\' ? 2 : 1;
    }
    const raw = c.text.slice(contentStart, c.pos);
    c.pos++;
    const decoded = decodeEscapes(raw);
    if (!decoded.ok) c.fail(`Syntax error: ${decoded.error.message}`, contentStart + decoded.error.offset);
    return decoded.value;
  }

  private textBlock(): string {
    const c: IdlCursor = this.c;
    const start = c.pos;
    c.pos += 3;
    c.sp();
    if (c.startsWith('\r\n')) c.pos += 2;
    else if (c.peek() === '\n' || c.peek() === '\r') c.pos++;
    else c.expected('a line break after the opening """ of a text block');
    const contentStart = c.pos;
    while (!c.startsWith('"""')) {
      if (c.eof()) c.fail('Syntax error: unterminated text block', start);
      c.pos += c.peek() === '\\' ? 2 : 1;
    }
    const raw = c.text.slice(contentStart, c.pos);
    c.pos += 3;
    const decoded = decodeEscapes(dedentTextBlock(raw));
    if (!decoded.ok) c.fail(`Syntax error in text block: ${decoded.error.message}`, start);
    return decoded.value;
  }
}

function describeRaw(node: RawNode): string {
  switch (node.kind) {
    case 'string':
      return JSON.stringify(node.value);
    case 'number':
      return node.lexeme;
    case 'id':
      return node.value;
    default:
      return node.kind;
  }
}
