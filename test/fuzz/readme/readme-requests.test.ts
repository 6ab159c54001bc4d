// The code of one example in src/fuzz/README.md, run as a test (test/fuzz/readme.test.ts keeps the two equal).
import { test } from '@fast-check/vitest';
import { CreateChannelCommand, IvsClient } from '@aws-sdk/client-ivs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect } from 'vitest';
import { createHttpTarget, inputArbitrary, invalidInputArbitrary } from '../../../src/fuzz/index.js';
import { ivsHandlers } from '../../../src/mock/index.js';

const server = setupServer(...ivsHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const ivs = new IvsClient({
  region: 'us-west-2',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
});

// Valid by the schema, but the emulator (like IVS) answers 404 for a configuration or policy that does not exist.
const withoutReferences = inputArbitrary('CreateChannel').map(
  ({
    recordingConfigurationArn: _recording,
    playbackRestrictionPolicyArn: _policy,
    adConfigurationArn: _ads,
    ...input
  }) => input,
);

test.prop([withoutReferences], { seed: 42, numRuns: 25 })(
  'CreateChannel keeps the name and tags it was given',
  async (input) => {
    const { channel } = await ivs.send(new CreateChannelCommand(input));
    expect(channel?.name).toBe(input.name ?? '');
    expect(channel?.tags).toEqual(input.tags ?? {});
  },
);

const target = createHttpTarget({ endpoint: 'https://ivs.us-west-2.amazonaws.com' });

test.prop([invalidInputArbitrary('CreateChannel')], { seed: 42, numRuns: 25 })(
  'a request that breaks one rule gets 400 ValidationException',
  async (invalid) => {
    const response = await target.send('CreateChannel', invalid.input);
    expect([response.status, response.headers['x-amzn-errortype']]).toEqual([400, invalid.expected]);
  },
);
