import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { operationNames } from '../../generated/operations.js';
import { ivsCommands, runIvsCommands, type IvsTarget } from '../../src/fuzz/index.js';
import { resourceCommands, resourceKinds } from '../../src/fuzz/commands/resource-commands.js';
import { createIvsStore } from '../../src/mock/index.js';
import { directTarget } from './msw-target.js';

/** Real P-384 public keys in PEM, as ImportPlaybackKeyPair takes them. */
const publicKeys = Array.from({ length: 5 }, () =>
  generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ type: 'spki', format: 'pem' }).toString(),
);

const store = createIvsStore({ seed: 1 });
const direct = directTarget(store);
const scope = { accountId: '123456789012', region: 'us-west-2' };

/** Only the commands of the newer resource kinds, so every run exercises them. */
const resourceOnly = () =>
  resourceCommands({ scope, silentPoints: 'emulator', runTags: {} }, { playbackPublicKeys: publicKeys });

/** The label of the command an arbitrary makes. */
const labelOf = (arbitrary: fc.Arbitrary<{ label: string }>): string =>
  fc.sample(arbitrary, { seed: 1, numRuns: 1 })[0]?.label ?? '';

/** A target with a planted bug: DeleteAdConfiguration answers 204 but keeps the ad configuration. */
const stickyTarget: IvsTarget = {
  ...direct,
  async send(operation, input) {
    if (operation !== 'DeleteAdConfiguration') return direct.send(operation, input);
    const found = await direct.send('GetAdConfiguration', input as { arn: string });
    if (found.status !== 200) return found;
    return { status: 204, headers: {}, body: undefined, text: '' };
  },
};

describe('resource commands against the emulator', () => {
  test('every kind of the newer resources has create, get, delete and list commands, and an update where it has one', () => {
    const expected = resourceKinds.flatMap((spec) =>
      [spec.create, spec.get, spec.remove, spec.list, spec.update].filter((name) => name !== undefined),
    );
    expect(resourceOnly().map(labelOf).sort()).toEqual([...expected].sort());
  });

  test('random sequences of recording configurations, policies, ad configurations and key pairs agree with the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(resourceOnly(), { maxCommands: 60, size: 'large' }), async (cmds) => {
        store.reset();
        await runIvsCommands(direct, cmds);
      }),
      { seed: 42, numRuns: 15 },
    );
  });

  test('a delete that keeps the resource is caught', async () => {
    const run = fc.assert(
      fc.asyncProperty(fc.commands(resourceOnly(), { maxCommands: 60, size: 'large' }), async (cmds) => {
        store.reset();
        await runIvsCommands(stickyTarget, cmds);
      }),
      { seed: 42, numRuns: 50 },
    );
    await expect(run).rejects.toThrow(/AdConfiguration/);
  });

  test('without public keys no key-pair command is made', () => {
    const labels = ivsCommands({ scope, streams: false }).flatMap((arbitrary) =>
      fc.sample(arbitrary, { seed: 1, numRuns: 1 }).map((command) => command.label),
    );
    expect(labels.filter((label) => label.includes('PlaybackKeyPair'))).toEqual([]);
  });
});

describe('operation coverage of ivsCommands', () => {
  test('every operation of the model is sent by some command', async () => {
    const sent = new Set<string>();
    const recording: IvsTarget = {
      ...direct,
      async send(operation, input) {
        sent.add(operation);
        return direct.send(operation, input);
      },
    };
    await fc.assert(
      fc.asyncProperty(
        fc.commands(ivsCommands({ scope, playbackPublicKeys: publicKeys }), { maxCommands: 200, size: 'max' }),
        async (cmds) => {
          store.reset();
          await runIvsCommands(recording, cmds);
        },
      ),
      { seed: 42, numRuns: 10 },
    );
    expect(operationNames.filter((name) => !sent.has(name))).toEqual([]);
  });
});
