/**
 * Figure 3: valid inputs per second, per operation, from `inputArbitrary(op)` (fast-check) versus
 * json-schema-faker generating from the same input JSON schemas, and the share of each
 * generator's values that the generated validators accept. Only generation is timed; every
 * value is then checked with `inputValidators`.
 */
import { performance } from 'node:perf_hooks';
import * as fc from 'fast-check';
import { createGeneratorSync } from 'json-schema-faker';
import { importBuilt } from './lib/dist.mjs';
import { runFigure } from './lib/figure-main.mjs';
import { figure } from './lib/results.mjs';
import { geometricMean, median } from './lib/stats.mjs';

const SLICE_MS = 300;
const RUNS = 3;
const BATCH = 50;

/** Generates values in batches for about SLICE_MS and returns values per second and the values. */
function generateFor(makeBatch) {
  const values = [];
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < SLICE_MS) {
    values.push(...makeBatch(values.length));
    elapsed = performance.now() - start;
  }
  return { perSecond: (values.length * 1000) / elapsed, values };
}

function share(values, validate) {
  let valid = 0;
  for (const value of values) if (validate(value)) valid += 1;
  return values.length === 0 ? 0 : valid / values.length;
}

/** Measures one generator on one operation: median valid values per second over RUNS slices after a warm-up slice. */
function measureGenerator(makeBatch, validate) {
  generateFor(makeBatch);
  const rates = [];
  const shares = [];
  let total = 0;
  let valid = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const { perSecond, values } = generateFor(makeBatch);
    const s = share(values, validate);
    rates.push(perSecond * s);
    shares.push(s);
    total += values.length;
    valid += Math.round(s * values.length);
  }
  return { validPerSecond: median(rates), share: valid / total, total, valid };
}

/** Measures the fuzzer figures and reports them one by one. */
export async function measure(report) {
  const { inputArbitrary } = await importBuilt('src/fuzz/index.js');
  const { inputSchemas } = await importBuilt('generated/schemas.js');
  const { inputValidators } = await importBuilt('generated/validators.js');
  const { operationNames } = await importBuilt('generated/operations.js');

  const ratios = [];
  const totals = { ours: { total: 0, valid: 0 }, faker: { total: 0, valid: 0 } };
  const oursBelowFull = [];
  for (const op of operationNames) {
    const validate = inputValidators[op];
    const arbitrary = inputArbitrary(op);
    let seed = 42;
    const ours = measureGenerator(() => fc.sample(arbitrary, { numRuns: BATCH, seed: seed++ }), validate);
    let faker;
    let fakerError;
    try {
      const generator = createGeneratorSync({ seed: 42 });
      const schema = inputSchemas[op];
      faker = measureGenerator(() => Array.from({ length: BATCH }, () => generator.generate(schema)), validate);
    } catch (error) {
      fakerError = error instanceof Error ? error.message : String(error);
      faker = { validPerSecond: 0, share: 0, total: 0, valid: 0 };
    }
    totals.ours.total += ours.total;
    totals.ours.valid += ours.valid;
    totals.faker.total += faker.total;
    totals.faker.valid += faker.valid;
    if (ours.share < 1) oursBelowFull.push(`${op} ${(ours.share * 100).toFixed(1)}%`);
    if (faker.validPerSecond > 0) ratios.push(ours.validPerSecond / faker.validPerSecond);
    const fakerNote = fakerError ? `threw: ${fakerError.slice(0, 80)}` : `${(faker.share * 100).toFixed(1)}% valid`;
    report(
      figure({
        name: `fuzz: valid inputs/s, ${op}`,
        value: ours.validPerSecond,
        unit: '/s',
        reference: `json-schema-faker (${fakerNote}; ours ${(ours.share * 100).toFixed(1)}% valid)`,
        referenceValue: faker.validPerSecond,
      }),
    );
  }
  report(
    figure({
      name: 'fuzz: valid inputs/s, geometric mean of the per-operation ratios',
      value: geometricMean(ratios),
      unit: '×',
      reference: `json-schema-faker = 1 (${ratios.length} operations)`,
      referenceValue: 1,
    }),
  );
  const oursShare = totals.ours.valid / totals.ours.total;
  const fakerShare = totals.faker.total === 0 ? 0 : totals.faker.valid / totals.faker.total;
  report(
    figure({
      name: `fuzz: share of inputArbitrary values passing inputValidators, all ${operationNames.length} operations`,
      value: oursShare * 100,
      unit: '%',
      reference: `json-schema-faker, same schemas (${totals.ours.total} of ours, ${totals.faker.total} of its values checked${oursBelowFull.length === 0 ? '' : `; ours below 100%: ${oursBelowFull.join(', ')}`})`,
      referenceValue: fakerShare * 100,
      target: '100%',
      met: totals.ours.valid === totals.ours.total,
    }),
  );
}

await runFigure(import.meta.url, measure);
