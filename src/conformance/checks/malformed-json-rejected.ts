import { describeExchange, errorTypeOf } from '../expect.js';
import { createScenario } from '../scenario.js';
import type { Exchange } from '../types.js';
import type { Check } from '../check.js';

const BODIES = ['{"name": ', 'not json at all', '[1, 2, 3]', '"a string"'];

/** Bodies that are not a JSON object get a 4xx AWS-style error, never a 5xx or a success. */
export const malformedJsonRejected: Check = {
  id: 'malformedJsonRejected',
  title: 'Malformed JSON bodies',
  family: 'robustness',
  operations: ['CreateChannel', 'GetChannel'],
  rule: 'A request whose body is not a JSON object gets a 4xx answer that names an error type (x-amzn-ErrorType or a code in the body), never a 5xx or a 2xx.',
  async run(context) {
    const s = createScenario(context.client);
    for (const [operation, path] of [
      ['CreateChannel', '/CreateChannel'],
      ['GetChannel', '/GetChannel'],
    ] as const) {
      for (const body of BODIES) {
        const exchange: Exchange = await context.client.raw(
          { method: 'POST', path, headers: { 'content-type': 'application/json' }, body },
          operation,
        );
        const status = exchange.response?.status ?? 0;
        s.assert(
          status >= 400 && status < 500 && errorTypeOf(exchange) !== undefined,
          operation,
          `body ${JSON.stringify(body)} gets a 4xx error with an error type`,
          [exchange],
          `body ${JSON.stringify(body)}: expected a 4xx AWS-style error, got ${describeExchange(exchange)}`,
        );
      }
    }
    return s.outcomes;
  },
};
