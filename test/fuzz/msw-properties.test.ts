import fc from 'fast-check';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { operationNames } from '../../generated/operations.js';
import { inputArbitrary, invalidInputArbitrary } from '../../src/fuzz/index.js';
import { defaultAccountId, defaultRegion } from '../../src/protocol/conventions.js';
import { readErrorType } from '../../src/protocol/index.js';
import { inProcessIvs } from './msw-target.js';

const SEED = 42;
const RUNS = 15;
/** The emulator's account and region, which ad configurations must name their MediaTailor configurations in. */
const scope = { accountId: defaultAccountId, region: defaultRegion };
const { server, target } = inProcessIvs();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('invalid inputs through the MSW handlers', () => {
  test.each(operationNames)('%s: every invalid input is answered 400 ValidationException', async (operation) => {
    await fc.assert(
      fc.asyncProperty(invalidInputArbitrary(operation), async (invalid) => {
        const response = await target.send(operation, invalid.input);
        const type = readErrorType(response.headers['x-amzn-errortype'], response.body);
        if (response.status !== 400 || type !== 'ValidationException') {
          throw new Error(
            `${invalid.violation.description}: got ${response.status} ${type ?? ''} ${response.text.slice(0, 200)}`,
          );
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('valid inputs through the MSW handlers', () => {
  test.each(operationNames)('%s: no valid input is rejected with ValidationException', async (operation) => {
    await fc.assert(
      fc.asyncProperty(inputArbitrary(operation, { scope }), async (input) => {
        const response = await target.send(operation, input);
        const type = readErrorType(response.headers['x-amzn-errortype'], response.body);
        if (type === 'ValidationException' || response.status === 400) {
          throw new Error(`valid input rejected: ${response.status} ${type ?? ''} ${response.text.slice(0, 300)}`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
