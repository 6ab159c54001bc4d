import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readmeExamples, typeScriptBlocks } from './readme-blocks.js';

const root = resolve(import.meta.dirname, '../..');

/** The README's imports name the package; the example tests import the sources. */
const asPackage = (code: string): string =>
  code
    .replace(/^\/\/ The code of one example.*\n/, '')
    .replaceAll(/from '\.\.\/\.\.\/src\/(mock|fuzz|conformance)\/index\.js'/g, "from 'ivs-contract/$1'")
    .replaceAll("from '../../src/mock/server.js'", "from 'ivs-contract/mock/server'");

describe.each(Object.entries(readmeExamples))('%s', (readme, names) => {
  const blocks = typeScriptBlocks(readFileSync(resolve(root, readme), 'utf8'));

  test('has one tested example per TypeScript block', () => {
    expect(blocks).toHaveLength(names.length);
  });

  test.each(names.map((name, index) => [name, index] as const))(
    'the %s example is exactly the code its test runs',
    (name, index) => {
      const tested = readFileSync(resolve(import.meta.dirname, `${name}.test.ts`), 'utf8');
      expect(asPackage(tested)).toBe(blocks[index]);
    },
  );
});
