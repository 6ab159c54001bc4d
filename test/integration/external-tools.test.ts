import { describe, expect, test } from 'vitest';
import {
  decideAllTools,
  decideTool,
  type ExternalTool,
  externalTools,
  hideToolsVariable,
  requireToolsVariable,
} from './external-tools.js';

const tool: ExternalTool = {
  name: 'awscli',
  files: ['/usr/bin/aws', '/usr/lib/python3/dist-packages/awscli/__init__.py'],
  install: 'apt-get install awscli',
  suites: ['test/integration/cli-aws.test.ts'],
};
const everything = (): boolean => true;
const nothing = (): boolean => false;

describe('decideTool (run, skip with a message, or fail)', () => {
  test('runs the suites when every file of the tool exists', () => {
    expect(decideTool(tool, { exists: everything, env: {} })).toEqual({ action: 'run' });
  });

  test('skips with one line naming the missing files, the suites and the apt-get command', () => {
    expect(decideTool(tool, { exists: (path) => path === '/usr/bin/aws', env: {} })).toEqual({
      action: 'skip',
      message:
        'skipped test/integration/cli-aws.test.ts: awscli is missing (/usr/lib/python3/dist-packages/awscli/__init__.py): ' +
        'install it with `apt-get install awscli`',
    });
  });

  test(`fails instead of skipping when ${requireToolsVariable}=1`, () => {
    const decision = decideTool(tool, { exists: nothing, env: { [requireToolsVariable]: '1' } });
    expect(decision.action).toBe('fail');
    expect(decision).toHaveProperty('message', expect.stringContaining('`apt-get install awscli`'));
    expect(decision).toHaveProperty('message', expect.stringContaining(`${requireToolsVariable}=1 requires it`));
  });

  test(`${requireToolsVariable}=1 changes nothing when the tool is installed`, () => {
    expect(decideTool(tool, { exists: everything, env: { [requireToolsVariable]: '1' } })).toEqual({ action: 'run' });
  });

  test(`${hideToolsVariable} makes an installed tool count as missing, to try a fresh machine`, () => {
    const decision = decideTool(tool, { exists: everything, env: { [hideToolsVariable]: 'boto3, awscli' } });
    expect(decision.action).toBe('skip');
  });

  test(`${hideToolsVariable} leaves tools it does not name alone`, () => {
    expect(decideTool(tool, { exists: everything, env: { [hideToolsVariable]: 'chromium' } })).toEqual({
      action: 'run',
    });
  });

  test('a fresh machine (no AWS CLI, no boto3, no Chromium) skips every tool with one line each', () => {
    const decisions = [...decideAllTools({ exists: nothing, env: {} }).values()];
    expect(decisions.map((d) => d.action)).toEqual(externalTools.map(() => 'skip'));
    for (const decision of decisions)
      expect(decision).toHaveProperty('message', expect.stringMatching(/apt-get install/));
  });
});

describe('this machine', () => {
  // The run's own gate: vitest.config.ts has already left out the suites of a missing tool; with
  // IVS_CONTRACT_REQUIRE_TOOLS=1 (CI) a missing tool fails here, so CI never passes without them.
  test('has every tool a required suite needs', () => {
    const failures = [...decideAllTools().values()].flatMap((d) => (d.action === 'fail' ? [d.message] : []));
    expect(failures).toEqual([]);
  });
});
