import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic, loadModel, parseIdl, type AstMember, type AstShape } from '../../src/smithy/index.js';
import { STREAMING } from './example-models.js';

const H = '$version: "2"\nnamespace t\n';

/** Writes a string as an IDL quoted string, escaping what must be escaped. */
function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r')}"`;
}

function documentationOf(text: string): unknown {
  const result = parseIdl(text, 'p.smithy');
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return result.model.shapes['t#S']?.traits?.['smithy.api#documentation'];
}

describe('properties', () => {
  test('any string survives quoting and parsing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(documentationOf(`${H}@documentation(${quote(s)})\nstring S\n`)).toBe(s);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  test('a text block indented uniformly gives back its lines plus a trailing newline', () => {
    const line = fc.stringMatching(/^[a-zA-Z0-9 .,:;!?'(){}-]{0,20}[a-zA-Z0-9.]$|^$/);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 8 }), (lines, indent) => {
        const pad = ' '.repeat(indent);
        const block = `"""\n${lines.map((l) => (l === '' ? '' : pad + l)).join('\n')}\n${pad}"""`;
        expect(documentationOf(`${H}@documentation(${block})\nstring S\n`)).toBe(`${lines.join('\n')}\n`);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  test('the loader never throws: mangled models give errors or a model', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: STREAMING.length }), fc.nat({ max: 8 }), fc.string({ maxLength: 3 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => {
          let text = STREAMING;
          for (const [at, cut, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + cut);
          const result = loadModel([{ path: 'm.smithy', text }]);
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
          for (const d of result.ok ? result.warnings : result.errors)
            expect(formatDiagnostic(d)).toMatch(/^m\.smithy(:\d+:\d+)?: |^[\w.]+#\w+(\$\w+)?: /);
        },
      ),
      { seed: 1234, numRuns: 300 },
    );
  });

  const identifier = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/);
  const target = fc.constantFrom('String', 'Integer', 'Boolean', 'Timestamp', 'Blob', 'Long');
  const member = fc.record({
    target,
    required: fc.boolean(),
    doc: fc.option(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9 .]{0,15}$/), { nil: undefined }),
  });

  test('random structures load into the expected JSON AST', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(identifier, member), { selector: ([name]) => name.toLowerCase(), maxLength: 6 }),
        (members) => {
          const body = members
            .map(
              ([name, m]) =>
                `${m.doc === undefined ? '' : `    /// ${m.doc}\n`}${m.required ? '    @required\n' : ''}    ${name}: ${m.target}\n`,
            )
            .join('');
          const want: Record<string, AstMember> = {};
          for (const [name, m] of members) {
            const traits: Record<string, unknown> = {};
            if (m.doc !== undefined) traits['smithy.api#documentation'] = m.doc.replace(/^ /, '');
            if (m.required) traits['smithy.api#required'] = {};
            Object.defineProperty(want, name, {
              value:
                Object.keys(traits).length > 0
                  ? { target: `smithy.api#${m.target}`, traits }
                  : { target: `smithy.api#${m.target}` },
              enumerable: true,
            });
          }
          const result = loadModel([{ path: 'r.smithy', text: `${H}structure S {\n${body}}\n` }]);
          if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
          const expected: AstShape = { type: 'structure', members: want };
          expect(result.model.shapes['t#S']).toEqual(expected);
          expect(Object.keys(result.model.shapes['t#S']?.members ?? {})).toEqual(members.map(([name]) => name));
        },
      ),
      { seed: 99, numRuns: 200 },
    );
  });
});
