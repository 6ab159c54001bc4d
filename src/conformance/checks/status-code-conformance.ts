import { operationNames, operations } from '../../../generated/operations.js';
import { describeExchange } from '../expect.js';
import { judgeHappyPath } from '../happy-path.js';
import { fail, pass } from '../outcome.js';
import type { Check } from '../check.js';

/** A successful call answers with the operation's modeled success code (200, or 204 where the model says so). */
export const statusCodeConformance: Check = {
  id: 'statusCodeConformance',
  title: 'Success status codes match the model',
  family: 'response',
  operations: operationNames,
  rule: "A successful call answers with the model's success code: 204 for DeleteChannel, DeleteStreamKey and PutMetadata, 200 for every other operation.",
  run: (context) =>
    judgeHappyPath(context, (name, exchange) => {
      const want = operations[name].successCode;
      if (exchange.response?.status === want) return pass(name, `answered ${want}`, [exchange]);
      return fail(name, `expected ${want}, got ${describeExchange(exchange)}`, [exchange]);
    }),
};
