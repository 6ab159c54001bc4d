import { describeExchange, errorTypeOf } from '../expect.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';
import { defaultAccountId, defaultRegion } from '../../protocol/conventions.js';

const ROUTES = [
  { method: 'POST', path: '/NoSuchOperation', body: '{}' },
  { method: 'GET', path: '/GetChannel' },
  {
    method: 'PUT',
    path: `/tags/${encodeURIComponent(`arn:aws:ivs:${defaultRegion}:${defaultAccountId}:channel/abc`)}`,
  },
];

/** Requests to routes the API does not have get a 4xx AWS-style error, never a 5xx or a success. */
export const unknownRouteRejected: Check = {
  id: 'unknownRouteRejected',
  title: 'Unknown routes',
  family: 'robustness',
  operations: [],
  rule: 'A request to a path or method the API does not have gets a 4xx answer that names an error type, never a 5xx or a 2xx.',
  async run(context) {
    const s = createScenario(context.client);
    for (const route of ROUTES) {
      const exchange = await context.client.raw({
        method: route.method,
        path: route.path,
        ...(route.body !== undefined ? { body: route.body, headers: { 'content-type': 'application/json' } } : {}),
      });
      const status = exchange.response?.status ?? 0;
      const ok = status >= 400 && status < 500 && errorTypeOf(exchange) !== undefined;
      s.outcomes.push({
        status: ok ? 'pass' : 'fail',
        operation: null,
        message: ok
          ? `${route.method} ${route.path} gets a 4xx error with an error type`
          : `expected a 4xx AWS-style error, got ${describeExchange(exchange)}`,
        evidence: [exchange],
      });
    }
    return s.outcomes;
  },
};
