import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createIvsStore } from '../../src/mock/index.js';
import { ivsCommands, runIvsCommands, type IvsCommandsOptions, type IvsTarget } from '../../src/fuzz/index.js';
import { withRunTags, type CommandSettings } from '../../src/fuzz/commands/settings.js';
import type { TargetResponse } from '../../src/fuzz/target.js';
import { firstFailure } from './first-failure.js';
import { directTarget } from './msw-target.js';

const store = createIvsStore({ seed: 3 });
const direct = directTarget(store);

const json = (status: number, body: unknown, headers: Record<string, string> = {}): TargetResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  text: JSON.stringify(body),
  body,
});

/** A target whose answers to one operation are rewritten. */
function rewriting(
  operation: string,
  rewrite: (response: TargetResponse, input: Record<string, unknown>) => Promise<TargetResponse> | TargetResponse,
): IvsTarget {
  return {
    ...direct,
    async send(name, input) {
      const response = await direct.send(name, input);
      return name === operation ? rewrite(response, input as Record<string, unknown>) : response;
    },
  };
}

/** Refuses a second stream key with 409 ConflictException instead of 402 ServiceQuotaExceededException. */
const conflictOnSecondKey = rewriting('CreateStreamKey', (r) =>
  r.status === 402 ? json(409, { exceptionMessage: 'one key' }, { 'x-amzn-errortype': 'ConflictException' }) : r,
);

/** A planted bug: a second stream key is reported as created. */
const createsSecondKey = rewriting('CreateStreamKey', (r, input) =>
  r.status === 402
    ? json(200, {
        streamKey: {
          arn: `${String(input['channelArn']).replace(':channel/', ':stream-key/')}x`,
          channelArn: input['channelArn'],
          value: 'sk_x',
          tags: {},
        },
      })
    : r,
);

/** Matches `filterByName` as a prefix: lists every channel, keeps those whose name starts with the filter, and pages by offset. */
const prefixFilter: IvsTarget = {
  ...direct,
  async send(name, input) {
    const { filterByName, maxResults, nextToken, ...rest } = input as Record<string, unknown>;
    if (name !== 'ListChannels' || typeof filterByName !== 'string') return direct.send(name, input);
    const channels: { name?: string }[] = [];
    let token: unknown;
    do {
      const page = await direct.send('ListChannels', {
        ...rest,
        maxResults: 50,
        ...(typeof token === 'string' ? { nextToken: token } : {}),
      });
      const body = page.body as { channels: { name?: string }[]; nextToken?: string };
      channels.push(...body.channels);
      token = body.nextToken;
    } while (typeof token === 'string');
    const matching = channels.filter((c) => (c.name ?? '').startsWith(filterByName));
    const start = typeof nextToken === 'string' ? Number(nextToken) : 0;
    const end = start + (typeof maxResults === 'number' ? maxResults : 50);
    return json(200, {
      channels: matching.slice(start, end),
      ...(end < matching.length ? { nextToken: String(end) } : {}),
    });
  },
};

/** Runs seeded random sequences against a target from an empty store; resolves to the first mismatch message, or `undefined`. */
async function firstMismatch(
  target: IvsTarget,
  options: IvsCommandsOptions,
  numRuns = 20,
): Promise<string | undefined> {
  const commands = ivsCommands({ streams: false, ...options });
  return firstFailure({ store, target, commands, maxCommands: 40, numRuns, cause: Error });
}

describe('silentPoints', () => {
  test('emulator mode reports a second stream key refused with 409 ConflictException', async () => {
    expect(await firstMismatch(conflictOnSecondKey, {})).toMatch(
      /^CreateStreamKey: expected 402 ServiceQuotaExceededException, got 409 ConflictException/,
    );
  });

  test('tolerant mode accepts a second stream key refused with 409 ConflictException', async () => {
    expect(await firstMismatch(conflictOnSecondKey, { silentPoints: 'tolerant' })).toBeUndefined();
  });

  test('tolerant mode still reports a second stream key that is created', async () => {
    expect(await firstMismatch(createsSecondKey, { silentPoints: 'tolerant' })).toMatch(
      /^CreateStreamKey: expected a 4xx error with an error type, got 200/,
    );
  });

  test('emulator mode reports filterByName matching by prefix', async () => {
    expect(await firstMismatch(prefixFilter, { resources: false })).toMatch(/^ListChannels: unexpected /);
  });

  test('tolerant mode accepts filterByName matching by prefix', async () => {
    expect(await firstMismatch(prefixFilter, { silentPoints: 'tolerant', resources: false })).toBeUndefined();
  });
});

describe('runTags', () => {
  const runTags = { 'ivs-contract:run-id': 'abc123' };

  test('sequences that create with run tags agree with the model of the emulator', async () => {
    expect(await firstMismatch(direct, { runTags })).toBeUndefined();
  });

  test('every channel a sequence leaves behind still carries the run tags', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(ivsCommands({ streams: false, resources: false, runTags }), { maxCommands: 40, size: 'large' }),
        async (cmds) => {
          store.reset();
          await runIvsCommands(direct, cmds);
          const listed = await direct.send('ListChannels', { maxResults: 50 });
          for (const channel of (listed.body as { channels: { tags: Record<string, string> }[] }).channels)
            expect(channel.tags).toMatchObject(runTags);
        },
      ),
      { seed: 7, numRuns: 10 },
    );
  });

  test('every stream key made by CreateStreamKey carries the run tags', async () => {
    const seen: Record<string, string>[] = [];
    const recording = rewriting('CreateStreamKey', (r) => {
      if (r.status === 200) seen.push((r.body as { streamKey: { tags: Record<string, string> } }).streamKey.tags);
      return r;
    });
    expect(await firstMismatch(recording, { runTags, resources: false })).toBeUndefined();
    expect(seen.length).toBeGreaterThan(0);
    for (const tags of seen) expect(tags).toMatchObject(runTags);
  });

  test('generated tags give way so that a resource with the run tags stays within 50 tags', () => {
    const settings: CommandSettings = { scope: {}, silentPoints: 'emulator', runTags };
    const generated = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    const tags = withRunTags(generated, settings) ?? {};
    expect(Object.keys(tags)).toHaveLength(50);
    expect(tags).toMatchObject(runTags);
  });

  test('without run tags, absent tags stay absent', () => {
    expect(withRunTags(undefined, { scope: {}, silentPoints: 'emulator', runTags: {} })).toBeUndefined();
  });
});
