import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  formatCommands,
  generateFixtures,
  ivsCommands,
  IvsMismatch,
  runIvsCommands,
  type IvsTarget,
} from '../../src/fuzz/index.js';
import { literal, Expression, sdkCall } from '../../src/fuzz/commands/sdk-call.js';
import { directTarget, inProcessIvs } from './msw-target.js';

const { server, target, reset, store } = inProcessIvs();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const direct = directTarget(store);

/** A target with a planted bug: ListTagsForResource forgets the first tag. */
const forgetfulTarget: IvsTarget = {
  ...direct,
  async send(operation, input) {
    const response = await direct.send(operation, input);
    if (operation !== 'ListTagsForResource' || response.status !== 200) return response;
    const tags = { ...(response.body as { tags: Record<string, string> }).tags };
    delete tags[Object.keys(tags)[0] ?? ''];
    return { ...response, body: { tags }, text: JSON.stringify({ tags }) };
  },
};

describe('ivsCommands against the MSW handlers', () => {
  test('random command sequences agree with the model', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(ivsCommands({ scope: { accountId: '123456789012', region: 'us-west-2' } }), {
          maxCommands: 60,
          size: 'large',
        }),
        async (cmds) => {
          reset();
          await runIvsCommands(target, cmds);
        },
      ),
      { seed: 42, numRuns: 10 },
    );
  });

  test('a planted bug is caught and shrinks to a short reproduction in SDK calls', async () => {
    let reproduction = '';
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.commands(ivsCommands({ streams: false, resources: false }), { maxCommands: 60, size: 'large' }),
          async (cmds) => {
            reset();
            await runIvsCommands(forgetfulTarget, cmds);
          },
        ),
        { seed: 42, numRuns: 40 },
      );
    } catch (error) {
      const cause = (error as Error).cause;
      reproduction = cause instanceof IvsMismatch ? cause.message : String(error);
    }
    expect(reproduction).toMatch(/^ListTagsForResource tags: expected \{.+\}, got/);
    expect(reproduction).toContain("from '@aws-sdk/client-ivs';");
    expect(reproduction).toMatch(/const c1 = await ivs\.send\(new CreateChannelCommand\(\{ tags: \{ .+ \} \}\)\);/);
    expect(reproduction).toContain('await ivs.send(new ListTagsForResourceCommand({ resourceArn: c1.channel.arn }));');
    expect(
      reproduction.split('\n').filter((line) => line.startsWith('await') || line.startsWith('const c')),
    ).toHaveLength(2);
  });
});

describe('targets shared with other data', () => {
  const fixtureSet = generateFixtures({ seed: 5, channels: 3, liveStreams: 1 });

  test('with exclusive: false, resources the commands did not make are tolerated and cleanup leaves them alone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(ivsCommands(), { maxCommands: 30 }), async (cmds) => {
        store.restore(fixtureSet);
        // As restored: the fixtures' channels with today's members filled in with their defaults.
        const restored = store.snapshot().partitions;
        await runIvsCommands(target, cmds, { exclusive: false, cleanup: true });
        expect(store.snapshot().partitions).toEqual(restored);
      }),
      { seed: 11, numRuns: 5 },
    );
  });

  test('with the default exclusive: true, a channel the commands did not make is reported', async () => {
    const listChannels = ivsCommands().find(
      (arbitrary) => fc.sample(arbitrary, { seed: 1, numRuns: 1 })[0]?.label === 'ListChannels',
    );
    if (listChannels === undefined) throw new Error('ivsCommands() has no ListChannels command');
    const messages: string[] = [];
    for (const command of fc.sample(listChannels, { seed: 1, numRuns: 10 })) {
      store.restore(fixtureSet);
      await runIvsCommands(target, [command]).catch((error: Error) => messages.push(error.message));
    }
    expect(messages.some((m) => /^ListChannels: unexpected arn:aws:ivs:us-west-2:123456789012:channel\//.test(m))).toBe(
      true,
    );
  });
});

describe('printed SDK calls', () => {
  test.each([
    ['a string', 'a', '"a"'],
    ['an expression', new Expression('c1.channel.arn'), 'c1.channel.arn'],
    ['an object with a key that needs quotes', { 'cost-center': 'x', env: '' }, '{ "cost-center": "x", env: "" }'],
    ['an empty object', {}, '{}'],
    ['a list', [1, new Expression('k2.streamKey.arn')], '[1, k2.streamKey.arn]'],
  ] as const)('%s', (_name, value, want) => {
    expect(literal(value)).toBe(want);
  });

  test('a call assigned to a variable', () => {
    expect(sdkCall('CreateChannel', { name: 'a' }, 'c1')).toBe(
      'const c1 = await ivs.send(new CreateChannelCommand({ name: "a" }));',
    );
  });

  test('commands that never ran are left out of a reproduction', () => {
    const [create] = fc.sample(fc.tuple(...ivsCommands()), { seed: 1, numRuns: 1 })[0] ?? [];
    expect(formatCommands(create === undefined ? [] : [create])).not.toContain('ivs.send');
  });
});
