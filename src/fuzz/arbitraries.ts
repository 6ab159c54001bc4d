import type fc from 'fast-check';
import { operations } from '../../generated/operations.js';
import { inputSchemas, outputSchemas, shapeSchemas } from '../../generated/schemas.js';
import type { OperationInputs, OperationName, OperationOutputs } from '../../generated/types.js';
import { arbitraryFromSchema } from './from-schema.js';
import { invalidFromSchema, type Violation } from './invalid-from-schema.js';
import { overrides as defaultOverrides, inputRules, type ArnScope, type Override } from './overrides.js';

/** Options shared by the model-derived arbitraries. */
export interface ArbitraryOptions {
  /** The account and region that realistic ARNs use; they vary when left out. */
  readonly scope?: ArnScope;
  /** Semantic overrides by shape name; the ones in `overrides.ts` when left out, `{}` for none. */
  readonly overrides?: Readonly<Record<string, Override>>;
  /**
   * Pagination tokens in valid inputs: `'none'` (the default) leaves them out, because only a
   * token the service issued is valid to send; `'schema'` generates any schema-valid string.
   */
  readonly paginationTokens?: 'none' | 'schema';
}

/** A request that breaks exactly one constraint of its operation, and the answer it must get. */
export interface InvalidInput<K extends OperationName = OperationName> {
  /** The operation the input is for. */
  readonly operation: K;
  /** The input, ready for `IvsTarget.send`. */
  readonly input: Record<string, unknown>;
  /** The one constraint it breaks. */
  readonly violation: Violation;
  /** The error every faithful implementation answers with (HTTP 400). */
  readonly expected: 'ValidationException';
}

const schemaOptions = (options: ArbitraryOptions) => ({
  overrides: options.overrides ?? defaultOverrides,
  scope: options.scope ?? {},
});

/**
 * Valid requests for one operation, derived from its input schema: every value passes the
 * generated validator, and optional members, both length bounds, every enum value and empty and
 * full maps and lists all come up.
 * @example fc.assert(fc.asyncProperty(inputArbitrary('CreateChannel'), async (input) => { … }), { seed: 42 })
 */
export function inputArbitrary<K extends OperationName>(
  operation: K,
  options: ArbitraryOptions = {},
): fc.Arbitrary<OperationInputs[K]> {
  const schema = inputSchemas[operation];
  const inputs = arbitraryFromSchema(schema, schema, schemaOptions(options)) as fc.Arbitrary<Record<string, unknown>>;
  const token = operations[operation].paginated?.inputToken;
  const withoutToken =
    token === undefined || options.paginationTokens === 'schema'
      ? inputs
      : inputs.map((input) => {
          const { [token]: _dropped, ...rest } = input;
          return rest;
        });
  const rule = options.overrides === undefined ? inputRules[operation] : undefined;
  const kept = rule === undefined ? withoutToken : withoutToken.filter(rule);
  return kept as unknown as fc.Arbitrary<OperationInputs[K]>;
}

/** Schema-valid response bodies of one operation (`{}` for operations without output). */
export function outputArbitrary<K extends OperationName>(
  operation: K,
  options: ArbitraryOptions = {},
): fc.Arbitrary<OperationOutputs[K]> {
  const schema = outputSchemas[operation];
  return arbitraryFromSchema(schema, schema, schemaOptions(options)) as fc.Arbitrary<OperationOutputs[K]>;
}

/** Schema-valid values of one shape of the model, by name (`Channel`) or absolute id (`com.amazonaws.ivs#Channel`). */
export function shapeArbitrary(shapeName: string, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const schema = shapeSchemas[shapeName.slice(shapeName.indexOf('#') + 1)];
  if (schema === undefined) throw new Error(`Unknown shape '${shapeName}': it is not in generated/schemas.ts.`);
  return arbitraryFromSchema(schema, schema, schemaOptions(options));
}

/**
 * Requests that break exactly one constraint of the operation's input (a missing required
 * member, too short or long, pattern, enum, range, list or map size, wrong JSON type, or the
 * 1 KB metadata limit), each with the violation it carries and `expected: 'ValidationException'`.
 * Wrong JSON types are only given to body members: labels and query members travel as URL text.
 */
export function invalidInputArbitrary<K extends OperationName>(
  operation: K,
  options: ArbitraryOptions = {},
): fc.Arbitrary<InvalidInput<K>> {
  // Building probes each breaker with a few samples, so the default-override arbitraries are kept.
  const key = options.overrides === undefined ? `${operation}|${JSON.stringify(options.scope ?? {})}` : undefined;
  const cached = key === undefined ? undefined : invalidCache.get(key);
  if (cached !== undefined) return cached as fc.Arbitrary<InvalidInput<K>>;
  const built = buildInvalidInput(operation, options);
  if (key !== undefined) invalidCache.set(key, built);
  return built;
}

const invalidCache = new Map<string, fc.Arbitrary<InvalidInput>>();

function buildInvalidInput<K extends OperationName>(
  operation: K,
  options: ArbitraryOptions,
): fc.Arbitrary<InvalidInput<K>> {
  const schema = inputSchemas[operation];
  const spec = operations[operation];
  const body = new Set(spec.body);
  // An empty query list sends no parameter at all, so a missing one cannot be told from it.
  const queryLists = new Set(spec.query.filter((binding) => binding.list).map((binding) => binding.member));
  const invalid = invalidFromSchema(schema, schema, {
    ...schemaOptions(options),
    allowWrongType: (member) => body.has(member),
    canOmit: (member) => !queryLists.has(member),
  });
  if (invalid === undefined) throw new Error(`${operation} has no input constraint that can be broken.`);
  return invalid.map(({ value, violation }) => ({
    operation,
    input: value as Record<string, unknown>,
    violation,
    expected: 'ValidationException' as const,
  }));
}
