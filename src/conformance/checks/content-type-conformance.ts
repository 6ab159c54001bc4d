import { operationNames } from '../../../generated/operations.js';
import { fail, pass, skip } from '../outcome.js';
import type { Check, Outcome } from '../types.js';

const JSON_MEDIA_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;

/** A response that has a body says it is JSON. */
export const contentTypeConformance: Check = {
  id: 'contentTypeConformance',
  title: 'Bodies are labelled as JSON',
  family: 'response',
  operations: operationNames,
  rule: 'Every successful response with a body has a JSON Content-Type (application/json).',
  async run(context) {
    const sample = await context.happyPath();
    const outcomes: Outcome[] = [];
    for (const name of operationNames) {
      const exchange = sample.get(name);
      if (!exchange || 'skipped' in exchange) {
        outcomes.push(skip(name, exchange ? exchange.skipped : 'not sampled'));
        continue;
      }
      const response = exchange.response;
      if (!response || response.body.trim() === '') {
        outcomes.push(skip(name, 'no body to label'));
        continue;
      }
      const type = response.headers['content-type'];
      if (type && JSON_MEDIA_TYPE.test(type)) outcomes.push(pass(name, `Content-Type ${type}`, [exchange]));
      else outcomes.push(fail(name, `a body was sent with Content-Type ${type ?? '(none)'}; expected application/json`, [exchange]));
    }
    return outcomes;
  },
};
