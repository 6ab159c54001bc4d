// The code of one example in README.md, run as a test (test/readme/readme.test.ts keeps the two equal).
import { test } from '@fast-check/vitest';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect } from 'vitest';
import { createHttpTarget, invalidInputArbitrary } from '../../src/fuzz/index.js';
import { ivsHandlers } from '../../src/mock/index.js';

const server = setupServer(...ivsHandlers()); // answers the target's requests in this process
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const target = createHttpTarget({ endpoint: 'https://ivs.us-west-2.amazonaws.com' });

test.prop([invalidInputArbitrary('CreateChannel')], { seed: 42, numRuns: 25 })(
  'bad input gets 400',
  async (invalid) => {
    const response = await target.send('CreateChannel', invalid.input);
    expect([response.status, response.headers['x-amzn-errortype']]).toEqual([400, invalid.expected]);
  },
);
