import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'src/fuzz/README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

/** The README's imports name the package; the example tests import the sources. */
const asPackage = (code: string): string =>
  code
    .replace(/^\/\/ The code of one example.*\n/, '')
    .replace("from '../../../src/fuzz/index.js'", "from 'ivs-contract/fuzz'")
    .replace("from '../../../src/mock/index.js'", "from 'ivs-contract/mock'");

describe('src/fuzz/README.md', () => {
  test.each(['readme-requests', 'readme-commands', 'readme-fixtures'].map((name, i) => [name, i] as const))(
    'the %s example is exactly the code its test runs',
    (name, index) => {
      const tested = readFileSync(resolve(root, `test/fuzz/readme/${name}.test.ts`), 'utf8');
      expect(asPackage(tested)).toBe(blocks[index]);
    },
  );
});
