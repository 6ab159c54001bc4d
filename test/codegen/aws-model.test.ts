import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generate } from '../../src/codegen/generate.js';
import { constraintCases } from './constraint-examples.js';
import { loadAwsAst, openApiErrors, removeDir, strictAjv, typeCheck, writeToCache } from './helpers.js';

const result = generate(loadAwsAst(), { source: 'test/fixtures/aws-ivs-2020-07-14.json' });
const files = result.ok ? result.value : new Map<string, string>();
const schemaFiles = [...files].filter(([path]) => path.endsWith('.schema.json'));
const ajv = strictAjv();
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
/** Compiles each document once, shared by every test of this file. */
function compile(path: string, doc: object) {
  const known = compiled.get(path);
  if (known) return known;
  const validate = ajv.compile(doc);
  compiled.set(path, validate);
  return validate;
}

describe("AWS's official IVS model", () => {
  test('generates a complete artifact set', () => {
    expect(result.ok).toBe(true);
    for (const path of ['ivs.json', 'types.ts', 'operations.ts', 'schemas.ts', 'validators.ts', 'openapi.json'])
      expect(files.has(path)).toBe(true);
    const inputs = [...files.keys()].filter((p) => p.endsWith('.input.schema.json'));
    expect(inputs.length).toBeGreaterThanOrEqual(35);
  });

  test('every schema document compiles with strict Ajv 2020', () => {
    for (const [path, text] of schemaFiles) expect(() => compile(path, JSON.parse(text)), path).not.toThrow();
  });

  test('every derived constraint example is accepted or rejected by the keyword it targets', () => {
    let checked = 0;
    for (const [path, text] of schemaFiles) {
      const doc = JSON.parse(text);
      const validate = compile(path, doc);
      for (const c of constraintCases(path, doc)) {
        const ok = validate(c.value);
        expect(ok, `${path} ${c.keyword}`).toBe(c.valid);
        if (!c.valid)
          expect(
            validate.errors?.map((e) => e.keyword),
            `${path} ${c.keyword}`,
          ).toContain(c.keyword);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  test('the OpenAPI document has no Redocly errors', async () => {
    expect(await openApiErrors(files.get('openapi.json') ?? '')).toEqual([]);
  });

  describe('written to disk', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await writeToCache(files, 'ivs-contract-aws');
    });
    afterAll(() => removeDir(dir));

    test('the TypeScript files type-check under the project settings', async () => {
      expect(await typeCheck(dir)).toBe('ok');
    }, 120_000);

    test('the standalone validators import and agree with the schemas', async () => {
      const validators = await import(join(dir, 'validators.ts'));
      for (const [path, text] of schemaFiles) {
        const doc = JSON.parse(text);
        const name = path.replace(/^.*\//, '').replace(/\.schema\.json$/, '');
        const [base, kind] = name.split('.');
        const standalone =
          kind === 'input'
            ? validators.inputValidators[base as string]
            : kind === 'output'
              ? validators.outputValidators[base as string]
              : validators.shapeValidators[base as string];
        expect(typeof standalone, path).toBe('function');
        const validate = compile(path, doc);
        for (const c of constraintCases(path, doc))
          expect(standalone(c.value), `${path} ${c.keyword}`).toBe(validate(c.value));
      }
    });
  });
});
