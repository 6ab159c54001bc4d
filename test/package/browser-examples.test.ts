import { describe, expect, test } from 'vitest';
import { forChromium } from './browser-examples.js';

const nodeExample = `import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ivsHandlers } from 'ivs-contract/mock';

const ivs = ivsHandlers();
const server = setupServer(...ivs);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
`;

describe('forChromium, the README rule for running an example in the browser', () => {
  test('swaps setupServer from msw/node for setupWorker from msw/browser, listen for start and close for stop', () => {
    expect(forChromium(nodeExample)).toEqual({
      runs: true,
      code: `import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ivsHandlers } from 'ivs-contract/mock';

const ivs = ivsHandlers();
const worker = setupWorker(...ivs);
beforeAll(() => worker.start({ onUnhandledRequest: 'error' }));
afterEach(() => worker.resetHandlers());
afterAll(() => worker.stop());
`,
    });
  });

  test('names the HTTP server as the reason an example that starts it stays in Node', () => {
    const example =
      "import { startMockServer } from 'ivs-contract/mock/server';\nawait startMockServer({ port: 0 });\n";
    expect(forChromium(example)).toEqual({
      runs: false,
      reason: 'it starts the HTTP server (ivs-contract/mock/server), which needs Node',
    });
  });

  test('names the Node built-in an example imports as the reason it stays in Node', () => {
    const example = "import { readFileSync } from 'node:fs';\nreadFileSync('fixtures.json', 'utf8');\n";
    expect(forChromium(example)).toEqual({ runs: false, reason: 'it imports node:fs, a Node built-in' });
  });

  test('throws for an msw/node use the rule does not cover, instead of running something else', () => {
    const renamed = "import { setupServer } from 'msw/node';\nconst mocks = setupServer();\nmocks.listen();\n";
    expect(() => forChromium(renamed)).toThrow(/does not cover "\.listen\("/);
    expect(() => forChromium("import { SetupServerApi } from 'msw/node';\n")).toThrow(/does not cover "msw\/node"/);
  });
});
