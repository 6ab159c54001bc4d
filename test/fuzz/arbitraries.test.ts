import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { operationNames, operations } from '../../generated/operations.js';
import { inputSchemas, outputSchemas, shapeSchemas } from '../../generated/schemas.js';
import { inputValidators, outputValidators, shapeValidators } from '../../generated/validators.js';
import { inputArbitrary, outputArbitrary, shapeArbitrary } from '../../src/fuzz/index.js';
import { excludedByOverrides } from '../../src/fuzz/overrides.js';
import { unreached } from './reachability.js';

/** Whether an override leaves a schema fact out on purpose (declared next to the overrides). */
const excluded = (fact: string): boolean => excludedByOverrides.some((entry) => fact.endsWith(`/${entry}`));

const SEED = 42;
const shapeNames = Object.keys(shapeSchemas).sort();

const invalidReport = (validator: { errors?: unknown }, value: unknown): string =>
  `value ${JSON.stringify(value).slice(0, 400)} fails: ${JSON.stringify(validator.errors)}`;

describe('inputArbitrary', () => {
  test.each(operationNames)('%s: 1,000 values pass the generated input validator', (operation) => {
    const validate = inputValidators[operation];
    fc.assert(
      fc.property(inputArbitrary(operation), (input) => {
        if (!validate(input)) throw new Error(invalidReport(validate, input));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  test.each(operationNames)('%s: optional members, enum values and both size bounds are all reached', (operation) => {
    const values = fc.sample(inputArbitrary(operation, { paginationTokens: 'schema' }), { seed: SEED, numRuns: 1500 });
    expect(unreached(inputSchemas[operation], values).filter((fact) => !excluded(fact))).toEqual([]);
  });

  test.each(operationNames.filter((name) => operations[name].paginated !== null))(
    '%s: valid inputs carry no pagination token unless asked to',
    (operation) => {
      const token = operations[operation].paginated?.inputToken ?? '';
      const values = fc.sample(inputArbitrary(operation), { seed: SEED, numRuns: 300 });
      expect(values.filter((input) => Object.hasOwn(input, token))).toEqual([]);
    },
  );

  test.each(operationNames)('%s: the same seed gives the same values', (operation) => {
    const first = fc.sample(inputArbitrary(operation), { seed: 7, numRuns: 50 });
    const second = fc.sample(inputArbitrary(operation), { seed: 7, numRuns: 50 });
    expect(second).toEqual(first);
  });
});

describe('outputArbitrary', () => {
  test.each(operationNames)('%s: values pass the generated output validator', (operation) => {
    const validate = outputValidators[operation];
    fc.assert(
      fc.property(outputArbitrary(operation), (output) => {
        if (!validate(output)) throw new Error(invalidReport(validate, output));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test.each(operationNames)('%s: the same seed gives the same values', (operation) => {
    expect(fc.sample(outputArbitrary(operation), { seed: 7, numRuns: 20 })).toEqual(
      fc.sample(outputArbitrary(operation), { seed: 7, numRuns: 20 }),
    );
  });

  test.each(operationNames)('%s: optional members and enum values are all reached', (operation) => {
    const values = fc.sample(outputArbitrary(operation), { seed: SEED, numRuns: 800 });
    const missing = unreached(outputSchemas[operation], values).filter(
      (fact) => !/:(length|size|bytes)=/.test(fact) && !excluded(fact),
    );
    expect(missing).toEqual([]);
  });
});

describe('shapeArbitrary', () => {
  test.each(shapeNames)('%s: values pass the generated shape validator', (shape) => {
    const validate = shapeValidators[shape];
    if (validate === undefined) throw new Error(`no validator for ${shape}`);
    fc.assert(
      fc.property(shapeArbitrary(shape), (value) => {
        if (!validate(value)) throw new Error(invalidReport(validate, value));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('a shape can also be named by its absolute shape id', () => {
    expect(fc.sample(shapeArbitrary('com.amazonaws.ivs#ChannelArn'), { seed: 1, numRuns: 5 })).toEqual(
      fc.sample(shapeArbitrary('ChannelArn'), { seed: 1, numRuns: 5 }),
    );
  });

  test('an unknown shape name is refused with a clear error', () => {
    expect(() => shapeArbitrary('NoSuchShape')).toThrow(/Unknown shape 'NoSuchShape'/);
  });
});
