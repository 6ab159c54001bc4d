import fc from 'fast-check';
import { operationNames } from '../../../generated/operations.js';
import { shapeSchemas } from '../../../generated/schemas.js';
import type { OperationName } from '../../../generated/types.js';
import { enumSamples, validInputs } from '../coverage-plan.js';
import { describeExchange, errorTypeOf } from '../expect.js';
import { fail, pass, silence } from '../outcome.js';
import { deriveSeed } from '../derive-seed.js';
import type { Exchange, Outcome } from '../types.js';
import type { Check } from '../check.js';
import { samplesPerOperation } from './invalid-input-rejected.js';

const MAX_TAGS = Number((shapeSchemas['Tags'] as Record<string, unknown> | undefined)?.['maxProperties'] ?? 50);

/** Adds the run tag to inputs that create a resource, dropping one generated tag when the map is full, so the input stays valid. */
function withRunTag(
  operation: OperationName,
  input: Record<string, unknown>,
  runTags: Readonly<Record<string, string>>,
): Record<string, unknown> {
  if (!/^(Create|Import)/.test(operation)) return input;
  const tags = { ...((input['tags'] ?? {}) as Record<string, string>) };
  const keys = Object.keys(tags);
  if (keys.length >= MAX_TAGS && keys[0] !== undefined) delete tags[keys[0]];
  return { ...input, tags: { ...tags, ...runTags } };
}

const looksLikeIvsArn = (value: unknown): boolean =>
  typeof value === 'string' && /^arn:aws:ivs:[a-z0-9-]+:\d+:(channel|stream-key)\/[a-zA-Z0-9-]+$/.test(value);

/** Inputs the model allows are never refused with ValidationException, and never crash the service. */
export const validInputAccepted: Check = {
  id: 'validInputAccepted',
  title: 'Valid inputs are not refused as invalid',
  family: 'validation',
  operations: operationNames,
  rule: 'A request that satisfies every constraint of the input model is never answered with ValidationException or a 5xx (a 404 for a made-up ARN is fine). The model gives tag ARNs no pattern, so refusing one that is not an IVS ARN is a spec-silence warning.',
  async run(context) {
    const outcomes: Outcome[] = [];
    const scope = { accountId: await context.fixtures.account(), region: context.region };
    for (const operation of operationNames) {
      if (context.signal.aborted) break;
      const seed = deriveSeed(context.seed, `valid-${operation}`);
      const samples = [
        ...enumSamples(operation, scope, seed),
        ...fc.sample(validInputs(operation, scope), { numRuns: samplesPerOperation(context.runs), seed }),
      ];
      let failure: { message: string; exchange: Exchange } | undefined;
      let sent = 0;
      let accepted = 0;
      for (const sample of samples) {
        // A made-up page token is valid by the model but names no page; that answer is the implementation's choice.
        const { nextToken: _ignored, ...generated } = sample as Record<string, unknown>;
        const input = withRunTag(operation, generated, context.fixtures.runTags);
        const exchange = await context.client.call(operation, input);
        sent += 1;
        const status = exchange.response?.status ?? 0;
        const type = errorTypeOf(exchange);
        if (type === 'ValidationException' && 'resourceArn' in input && !looksLikeIvsArn(input['resourceArn'])) {
          outcomes.push(
            silence(
              operation,
              `refused resourceArn ${JSON.stringify(input['resourceArn'])} that is not an IVS ARN; the model sets no pattern`,
              [exchange],
            ),
          );
          continue;
        }
        if (type === 'ValidationException' || status >= 500 || status === 0) {
          failure = { message: `a valid input was answered ${describeExchange(exchange)}`, exchange };
          break;
        }
        if (status >= 400 && type === undefined) {
          failure = {
            message: `a valid input was answered ${describeExchange(exchange)}, an error that names no error type (expected success or a modeled error)`,
            exchange,
          };
          break;
        }
        if (status < 300) accepted += 1;
      }
      outcomes.push(
        failure
          ? fail(operation, failure.message, [failure.exchange])
          : pass(
              operation,
              `${sent} valid inputs were not refused as invalid (${accepted} succeeded, ${sent - accepted} got a modeled error such as an unknown ARN's ResourceNotFoundException)`,
            ),
      );
    }
    return outcomes;
  },
};
