import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { IvsSnapshot } from '../../../src/state/snapshot.js';
import { killChildren, startMockCli } from '../../cli/cli-process.js';
import { createIvsStore } from '../../../src/mock/store.js';
import { createChannel, tempDir } from './helpers.js';

const builtPersistence = fileURLToPath(
  new URL('../../../dist/src/mock/persistence/persistent-store.js', import.meta.url),
);

/** What one channel looks like from outside: absent (`null`), or its tags, its key's tags and whether it is live. */
type ChannelState = { tags: Record<string, string>; key: Record<string, string> | null; live: boolean } | null;

/** One step of a worker's script on its own channel: the request, and the state it leaves behind. */
interface Step {
  readonly send: (url: string, arns: { channel: string; key: string }) => Promise<Response>;
  readonly after: (state: ChannelState) => ChannelState;
}

const json = (url: string, body: unknown, method = 'POST'): Promise<Response> =>
  fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const tagsUrl = (url: string, arn: string): string => `${url}/tags/${encodeURIComponent(arn)}`;
const live = (state: ChannelState, on: boolean): ChannelState => (state === null ? null : { ...state, live: on });

/** The script of channel `n`: create, tag both resources, maybe go live and off again, untag, maybe delete the key, maybe the channel. */
function script(name: string, n: number): Step[] {
  const steps: Step[] = [
    {
      send: (url) => json(`${url}/CreateChannel`, { name, tags: { origin: name, round: 'burst' } }),
      after: () => ({ tags: { origin: name, round: 'burst' }, key: {}, live: false }),
    },
    {
      send: (url, arns) => json(tagsUrl(url, arns.channel), { tags: { stage: 'tagged' } }),
      after: (s) => (s === null ? null : { ...s, tags: { ...s.tags, stage: 'tagged' } }),
    },
    {
      send: (url, arns) => json(tagsUrl(url, arns.key), { tags: { keyTag: name } }),
      after: (s) => (s === null || s.key === null ? s : { ...s, key: { ...s.key, keyTag: name } }),
    },
  ];
  if (n % 2 === 0) {
    steps.push(
      {
        send: (url, arns) => json(`${url}/_ivs-contract/streams/start`, { channelArn: arns.channel, viewerCount: n }),
        after: (s) => live(s, true),
      },
      {
        send: (url, arns) => json(`${url}/_ivs-contract/streams/stop`, { channelArn: arns.channel }),
        after: (s) => live(s, false),
      },
    );
  }
  steps.push({
    send: (url, arns) => fetch(`${tagsUrl(url, arns.channel)}?tagKeys=round`, { method: 'DELETE' }),
    after: (s) =>
      s === null ? null : { ...s, tags: Object.fromEntries(Object.entries(s.tags).filter(([key]) => key !== 'round')) },
  });
  if (n % 3 === 0)
    steps.push({
      send: (url, arns) => json(`${url}/DeleteStreamKey`, { arn: arns.key }),
      after: (s) => (s === null ? null : { ...s, key: null }),
    });
  if (n % 2 === 1)
    steps.push({ send: (url, arns) => json(`${url}/DeleteChannel`, { arn: arns.channel }), after: () => null });
  return steps;
}

/** What the burst knows about one channel: its script, how many steps were acknowledged, and whether one was in flight at the kill. */
interface Tracked {
  readonly steps: Step[];
  acked: number;
  inFlight: boolean;
}

/** The states a channel may be in after the crash: after its acknowledged steps, or also after the one in flight. */
function allowedStates(tracked: Tracked): ChannelState[] {
  const states: ChannelState[] = [null];
  for (const step of tracked.steps) states.push(step.after(states[states.length - 1] ?? null));
  const acked = states[tracked.acked] ?? null;
  return tracked.inFlight ? [acked, states[tracked.acked + 1] ?? null] : [acked];
}

/** Runs `workers` concurrent scripts against the server and SIGKILLs it after `killAfter` acknowledged writes. */
async function burst(
  server: Awaited<ReturnType<typeof startMockCli>>,
  round: number,
  workers: number,
  killAfter: number,
): Promise<Map<string, Tracked>> {
  const tracked = new Map<string, Tracked>();
  let acks = 0;
  let killed = false;
  const unexpected: string[] = [];
  const worker = async (w: number): Promise<void> => {
    for (let n = 0; !killed; n += 1) {
      const name = `r${round}-w${w}-c${n}`;
      const entry: Tracked = { steps: script(name, n), acked: 0, inFlight: false };
      tracked.set(name, entry);
      const arns = { channel: '', key: '' };
      for (const step of entry.steps) {
        if (killed) return;
        entry.inFlight = true;
        let response: Response;
        try {
          response = await step.send(server.url, arns);
          // A body read after the kill may fail: the status line already came, but count only what fully arrived before it.
          const text = await response.text();
          if (killed) return;
          if (!response.ok) {
            unexpected.push(`${name}: ${response.status} ${text}`);
            return;
          }
          if (entry.acked === 0) {
            const created = JSON.parse(text) as { channel: { arn: string }; streamKey: { arn: string } };
            arns.channel = created.channel.arn;
            arns.key = created.streamKey.arn;
          }
        } catch (error) {
          if (killed) return;
          throw error;
        }
        entry.acked += 1;
        entry.inFlight = false;
        acks += 1;
        if (acks >= killAfter && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
  expect(unexpected).toEqual([]);
  await server.exited;
  return tracked;
}

/** The outside view of every channel of a snapshot, by name. */
function statesByName(snapshot: IvsSnapshot): Map<string, ChannelState> {
  const states = new Map<string, ChannelState>();
  for (const partition of snapshot.partitions) {
    const liveArns = new Set(partition.streams.map((stream) => stream.channelArn));
    for (const channel of partition.channels) {
      const keys = partition.streamKeys.filter((key) => key.channelArn === channel.arn);
      expect(keys.length, `stream keys of ${channel.name}`).toBeLessThanOrEqual(1);
      states.set(channel.name ?? '', {
        tags: channel.tags ?? {},
        key: keys[0] === undefined ? null : (keys[0].tags ?? {}),
        live: liveArns.has(channel.arn ?? ''),
      });
    }
  }
  return states;
}

async function snapshotOf(url: string): Promise<IvsSnapshot> {
  const response = await fetch(`${url}/_ivs-contract/snapshot`);
  expect(response.status).toBe(200);
  return (await response.json()) as IvsSnapshot;
}

/** A short run of ordinary calls that must all succeed and leave nothing behind. */
async function smoke(url: string, existing: IvsSnapshot): Promise<void> {
  const taken = new Set(
    existing.partitions.flatMap((p) => [...p.channels.map((c) => c.arn), ...p.streamKeys.map((k) => k.arn)]),
  );
  const created = await json(`${url}/CreateChannel`, { name: 'smoke', tags: { smoke: 'yes' } });
  expect(created.status).toBe(200);
  const { channel, streamKey } = (await created.json()) as { channel: { arn: string }; streamKey: { arn: string } };
  expect(taken.has(channel.arn) || taken.has(streamKey.arn)).toBe(false);
  expect((await json(`${url}/GetChannel`, { arn: channel.arn })).status).toBe(200);
  const listed = (await (await json(`${url}/ListChannels`, { filterByName: 'smoke' })).json()) as {
    channels: { arn: string }[];
  };
  expect(listed.channels.map((c) => c.arn)).toEqual([channel.arn]);
  expect((await json(tagsUrl(url, channel.arn), { tags: { more: '1' } })).status).toBe(200);
  expect(await (await fetch(tagsUrl(url, channel.arn))).json()).toEqual({ tags: { smoke: 'yes', more: '1' } });
  expect((await json(`${url}/DeleteChannel`, { arn: channel.arn })).status).toBe(204);
}

/** Drops the names a burst round made, leaving what earlier rounds left. */
function withoutRound(states: Map<string, ChannelState>, round: number): Map<string, ChannelState> {
  return new Map([...states].filter(([name]) => !name.startsWith(`r${round}-`)));
}

let temp: ReturnType<typeof tempDir>;

beforeAll(() => {
  if (!existsSync(builtPersistence))
    throw new Error(
      `${builtPersistence} is missing: run \`npm run build\` first (npm ci runs it through the prepare script)`,
    );
  temp = tempDir();
});

afterEach(() => killChildren());

afterAll(() => temp.remove());

describe('ivs-contract mock --state-file under SIGKILL', () => {
  test('every acknowledged write survives, nothing unacknowledged is half-done, and the restarted server works', async () => {
    const path = `${temp.dir}/state.db`;
    let server = await startMockCli(['--state-file', path]);
    let before = new Map<string, ChannelState>();
    for (const [round, killAfter] of [7, 40, 110, 23].entries()) {
      const tracked = await burst(server, round, 8, killAfter);
      server = await startMockCli(['--state-file', path]);
      const snapshot = await snapshotOf(server.url);
      const after = statesByName(snapshot);
      // What earlier rounds left is untouched.
      expect(withoutRound(after, round)).toEqual(before);
      const strangers = [...after.keys()].filter((name) => name.startsWith(`r${round}-`) && !tracked.has(name));
      expect(strangers).toEqual([]);
      for (const [name, entry] of tracked) {
        const found = after.get(name) ?? null;
        expect(
          allowedStates(entry),
          `${name} after ${entry.acked} acknowledged steps${entry.inFlight ? ' and one in flight' : ''}`,
        ).toContainEqual(found);
      }
      await smoke(server.url, snapshot);
      before = statesByName(await snapshotOf(server.url));
    }
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  }, 120_000);

  test('a restore killed in the middle leaves the old state or the new one, whole', async () => {
    const path = `${temp.dir}/restore.db`;
    const donor = createIvsStore({ seed: 21 });
    for (let i = 0; i < 1500; i += 1) createChannel(donor, { name: `donor-${i}`, tags: { i: String(i) } });
    const incoming = donor.snapshot();
    const wanted = JSON.stringify(incoming);
    let server = await startMockCli(['--state-file', path]);
    for (const delayMs of [120, 300, 500, 800]) {
      const old = await snapshotOf(server.url);
      const sent = json(`${server.url}/_ivs-contract/restore`, incoming).then(
        (response) => response.status,
        () => 'no answer',
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      server.child.kill('SIGKILL');
      const status = await sent;
      await server.exited;
      server = await startMockCli(['--state-file', path]);
      const now = await snapshotOf(server.url);
      const after = `after a kill ${delayMs} ms into a restore (answer: ${status})`;
      if (status === 200) expect(JSON.stringify(now), after).toBe(wanted);
      else expect([JSON.stringify(old), wanted], after).toContain(JSON.stringify(now));
      // The next round starts from a different state, so a stale file would show.
      expect((await json(`${server.url}/_ivs-contract/reset`, {})).status).toBe(200);
      expect((await json(`${server.url}/CreateChannel`, { name: `before-${delayMs}` })).status).toBe(200);
    }
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  }, 120_000);
});
