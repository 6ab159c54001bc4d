import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const home = 'src/protocol/conventions.ts';

const sources = readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => relative(root, join(entry.parentPath, entry.name)));

/** The lines of code of a file, without whole-line comments (docs may name the values). */
const codeLines = (file: string): string[] =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line));

/** The files whose code writes a text, other than the home of the conventions. */
const writtenOutside = (text: string): string[] =>
  sources.filter((file) => file !== home && codeLines(file).some((line) => line.includes(text)));

describe(`the emulator's conventions are written once, in ${home}`, () => {
  test.each([
    ['the control route prefix', '_ivs-contract', []],
    ['the default account id', '123456789012', []],
    // The launch regions are a fact about AWS that happens to include the default region.
    ['the default region', 'us-west-2', ['src/fuzz/overrides.ts']],
    ['the page token alphabet (base64url)', "replace(/\\+/g, '-')", []],
  ])('%s', (_name, text, alsoIn) => {
    expect(codeLines(home).some((line) => line.includes(text))).toBe(true);
    expect(writtenOutside(text)).toEqual(alsoIn);
  });
});
