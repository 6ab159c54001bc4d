import { errorTypeOf, listAt, recordAt } from '../expect.js';
import { skip } from '../outcome.js';
import { walkPages } from '../paging.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

/** A live stream is listed and readable, takes metadata, and stops. */
export const liveStreamOperations: Check = {
  id: 'liveStreamOperations',
  title: 'Live stream list, get, metadata and stop',
  family: 'streams',
  operations: ['ListStreams', 'GetStream', 'PutMetadata', 'StopStream'],
  rule: 'Once a channel is live, ListStreams lists it, GetStream returns it with state LIVE and the channel ARN, PutMetadata succeeds, and after StopStream it is no longer listed and GetStream answers ChannelNotBroadcasting (or state OFFLINE).',
  async run(context) {
    if (!context.streams.available) return [skip(null, `needs a live stream: ${context.streams.reason}`)];
    const control = context.streams.control;
    const s = createScenario(context.client);
    const created = s.setup(await context.fixtures.createChannel());
    if (!created) return s.outcomes;
    const channelArn = created.arn;
    const started = await control.start(channelArn);
    if (!started.ok) {
      s.outcomes.push(skip('GetStream', `the stream control could not start a stream: ${started.error}`));
      return s.outcomes;
    }
    const listed = await walkPages(context.client, 'ListStreams', 'streams', {}, 100);
    const summary = listed.items.find((x) => x['channelArn'] === channelArn);
    s.assert(
      !listed.problem && summary !== undefined,
      'ListStreams',
      'ListStreams lists the live stream',
      listed.pages,
      listed.problem ?? `ListStreams does not list the live channel ${channelArn}`,
    );
    if (summary)
      s.assert(
        summary['state'] === 'LIVE',
        'ListStreams',
        'the listed stream is LIVE',
        listed.pages,
        `the listed stream has state ${JSON.stringify(summary['state'])}`,
      );

    const got = await s.succeed('GetStream', { channelArn }, 'GetStream on a live channel');
    if (got) {
      const stream = recordAt(got.json, 'stream');
      s.assert(
        stream['channelArn'] === channelArn && stream['state'] === 'LIVE',
        'GetStream',
        'GetStream returns the stream, LIVE, of this channel',
        [got],
        `GetStream returns channelArn ${JSON.stringify(stream['channelArn'])} and state ${JSON.stringify(stream['state'])}`,
      );
    }
    const put = await s.succeed(
      'PutMetadata',
      { channelArn, metadata: 'ivs-contract live' },
      'PutMetadata on a live channel',
    );
    if (put) s.assert(true, 'PutMetadata', 'PutMetadata on a live channel succeeds', [put]);

    const stopped = await s.succeed('StopStream', { channelArn }, 'StopStream on a live channel');
    if (!stopped) return s.outcomes;
    s.assert(
      typeof stopped.json === 'object' && stopped.json !== null && !Array.isArray(stopped.json),
      'StopStream',
      'StopStream answers a JSON object',
      [stopped],
      `StopStream answers ${JSON.stringify(stopped.response?.body ?? '')}`,
    );
    const after = await s.call('GetStream', { channelArn });
    const offline =
      errorTypeOf(after) === 'ChannelNotBroadcasting' || recordAt(after.json, 'stream')['state'] === 'OFFLINE';
    s.assert(
      offline,
      'StopStream',
      'after StopStream the channel is off the air',
      [stopped, after],
      `after StopStream, GetStream answers ${after.response?.status ?? after.transportError}`,
    );
    const relisted = await walkPages(context.client, 'ListStreams', 'streams', {}, 100);
    const still = listAt({ streams: relisted.items }, 'streams').some(
      (x) => x['channelArn'] === channelArn && x['state'] === 'LIVE',
    );
    s.assert(
      !still,
      'ListStreams',
      'a stopped stream is no longer listed as live',
      relisted.pages,
      `ListStreams still lists ${channelArn} as live after StopStream`,
    );
    return s.outcomes;
  },
};
