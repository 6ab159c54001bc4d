import type { Check } from '../check.js';
import { recordAt } from '../expect.js';
import { skip } from '../outcome.js';
import { walkPages } from '../paging.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { StreamControl } from '../streams.js';
import type { Exchange } from '../types.js';

/** A stream id of the documented shape that no session has. */
const UNKNOWN_STREAM_ID = 'st-0000000000000000000000a';

/** Goes live and reads the new stream's id with GetStream; `undefined` (with a finding) when that fails. */
async function goLive(s: Scenario, control: StreamControl, channelArn: string): Promise<string | undefined> {
  const started = await control.start(channelArn);
  if (!started.ok) {
    s.outcomes.push(skip('GetStreamSession', `the stream control could not start a stream: ${started.error}`));
    return undefined;
  }
  const got = await s.succeed('GetStream', { channelArn }, 'GetStream on a live channel');
  const streamId = got ? recordAt(got.json, 'stream')['streamId'] : undefined;
  if (got)
    s.assert(
      typeof streamId === 'string' && streamId !== '',
      'GetStream',
      'GetStream names the live stream by streamId',
      [got],
      `GetStream answers streamId ${JSON.stringify(streamId)}, expected a non-empty string`,
    );
  return typeof streamId === 'string' && streamId !== '' ? streamId : undefined;
}

/** Reads a session and checks it is the one named and whether it has ended. */
async function expectSession(
  s: Scenario,
  input: Record<string, unknown>,
  streamId: string,
  ended: boolean,
  what: string,
  cause: readonly Exchange[],
): Promise<void> {
  const got = await s.succeed('GetStreamSession', input, what);
  if (!got) return;
  const session = recordAt(got.json, 'streamSession');
  s.assert(
    session['streamId'] === streamId,
    'GetStreamSession',
    `${what} answers session ${streamId}`,
    [...cause, got],
    `${what} answers session ${JSON.stringify(session['streamId'])}, expected ${streamId}`,
  );
  const hasEnd = typeof session['endTime'] === 'string';
  s.assert(
    hasEnd === ended,
    'GetStreamSession',
    ended ? `${what}: the ended session has an endTime` : `${what}: the live session has no endTime`,
    [...cause, got],
    ended
      ? `${what}: the session ended but has endTime ${JSON.stringify(session['endTime'])}`
      : `${what}: the session is live but has endTime ${JSON.stringify(session['endTime'])}`,
  );
}

/** Every go-live opens a stream session that GetStreamSession and ListStreamSessions show. */
export const streamSessions: Check = {
  id: 'streamSessions',
  title: 'Each broadcast is a stream session',
  family: 'streams',
  operations: ['GetStream', 'GetStreamSession', 'ListStreamSessions'],
  rule: 'A channel never live has no sessions (ListStreamSessions is empty); each go-live opens a session named by the streamId GetStream answers; GetStreamSession without streamId answers the latest session, with a streamId that session (endTime only once it ended), with an unknown streamId 404 ResourceNotFoundException; ListStreamSessions lists every session of the channel.',
  async run(context) {
    if (!context.streams.available) return [skip(null, `needs a live stream: ${context.streams.reason}`)];
    const control = context.streams.control;
    const s = createScenario(context.client);
    const created = s.setup(await context.fixtures.createChannel({ name: context.fixtures.name('sessions') }));
    if (!created) return s.outcomes;
    const channelArn = created.arn;

    const none = await walkPages(context.client, 'ListStreamSessions', 'streamSessions', { channelArn }, 10);
    s.assert(
      none.problem === null && none.items.length === 0,
      'ListStreamSessions',
      'a channel never live has no stream sessions',
      none.pages,
      none.problem ?? `ListStreamSessions lists ${none.items.length} sessions of a channel never live`,
    );

    const first = await goLive(s, control, channelArn);
    if (!first) return s.outcomes;
    await expectSession(s, { channelArn }, first, false, 'GetStreamSession without streamId while live', []);
    const stopped = await s.succeed('StopStream', { channelArn }, 'stopping the first stream');
    if (!stopped) return s.outcomes;
    const second = await goLive(s, control, channelArn);
    if (!second) return s.outcomes;
    s.assert(
      second !== first,
      'GetStream',
      'a second go-live is a new stream with a new streamId',
      [stopped],
      `the second go-live has the streamId ${first} of the first`,
    );
    await expectSession(s, { channelArn }, second, false, 'GetStreamSession without streamId after a second go-live', [
      stopped,
    ]);
    await expectSession(s, { channelArn, streamId: first }, first, true, 'GetStreamSession of the first stream', []);

    const listed = await walkPages(context.client, 'ListStreamSessions', 'streamSessions', { channelArn }, 10);
    const ids = listed.items.map((item) => item['streamId']);
    s.assert(
      listed.problem === null && ids.length === 2 && ids.includes(first) && ids.includes(second),
      'ListStreamSessions',
      'ListStreamSessions lists both sessions of the channel',
      listed.pages,
      listed.problem ?? `ListStreamSessions lists ${JSON.stringify(ids)}, expected ${first} and ${second}`,
    );
    await s.error(
      'GetStreamSession',
      { channelArn, streamId: UNKNOWN_STREAM_ID },
      'ResourceNotFoundException',
      'GetStreamSession of a streamId no session has',
    );
    await control.stop(channelArn);
    return s.outcomes;
  },
};
