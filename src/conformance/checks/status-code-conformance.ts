import { operationNames, operations } from '../../../generated/operations.js';
import { describeExchange } from '../expect.js';
import { fail, pass, skip } from '../outcome.js';
import type { Check, Outcome } from '../types.js';

/** A successful call answers with the operation's modeled success code (200, or 204 where the model says so). */
export const statusCodeConformance: Check = {
  id: 'statusCodeConformance',
  title: 'Success status codes match the model',
  family: 'response',
  operations: operationNames,
  rule: "A successful call answers with the model's success code: 204 for DeleteChannel, DeleteStreamKey and PutMetadata, 200 for every other operation.",
  async run(context) {
    const sample = await context.happyPath();
    const outcomes: Outcome[] = [];
    for (const name of operationNames) {
      const exchange = sample.get(name);
      if (!exchange || 'skipped' in exchange) {
        outcomes.push(skip(name, exchange ? exchange.skipped : 'not sampled'));
        continue;
      }
      const want = operations[name].successCode;
      const got = exchange.response?.status;
      if (got === want) outcomes.push(pass(name, `answered ${want}`, [exchange]));
      else outcomes.push(fail(name, `expected ${want}, got ${describeExchange(exchange)}`, [exchange]));
    }
    return outcomes;
  },
};
