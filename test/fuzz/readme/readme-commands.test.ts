// The code of one example in src/fuzz/README.md, run as a test (test/fuzz/readme.test.ts keeps the two equal).
import { fc, test } from '@fast-check/vitest';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { createHttpTarget, ivsCommands, runIvsCommands } from '../../../src/fuzz/index.js';
import { createIvsStore, ivsHandlers } from '../../../src/mock/index.js';

const store = createIvsStore({ seed: 1 });
const server = setupServer(...ivsHandlers({ store, controlRoutes: true }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const target = createHttpTarget({ endpoint: 'https://ivs.us-west-2.amazonaws.com', streamControl: true });

test.prop([fc.commands(ivsCommands(), { maxCommands: 30 })], { seed: 42, numRuns: 5 })(
  'the emulator agrees with the model',
  async (cmds) => {
    store.reset();
    await runIvsCommands(target, cmds);
  },
);
