import { operationNames } from '../../../generated/operations.js';
import { describeExchange, succeeded } from '../expect.js';
import { fail, pass, skip } from '../outcome.js';
import { judgeHappyPath } from '../happy-path.js';
import type { Check } from '../check.js';

const JSON_MEDIA_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;

/** A response that has a body says it is JSON. */
export const contentTypeConformance: Check = {
  id: 'contentTypeConformance',
  title: 'Bodies are labelled as JSON',
  family: 'response',
  operations: operationNames,
  rule: 'Every successful response with a body has a JSON Content-Type (application/json).',
  run: (context) =>
    judgeHappyPath(context, (name, exchange) => {
      const response = exchange.response;
      if (!response || !succeeded(exchange))
        return skip(
          name,
          `the sample call did not succeed (${describeExchange(exchange)}); the rule is about successful responses`,
        );
      if (response.body.trim() === '') return skip(name, 'no body to label');
      const type = response.headers['content-type'];
      if (type && JSON_MEDIA_TYPE.test(type)) return pass(name, `Content-Type ${type}`, [exchange]);
      return fail(name, `a body was sent with Content-Type ${type ?? '(none)'}; expected application/json`, [exchange]);
    }),
};
