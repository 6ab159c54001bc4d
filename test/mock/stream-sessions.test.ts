import { describe, expect, test } from 'vitest';
import { createChannel } from '../../src/mock/resources/channels/behaviours.js';
import { getStreamSession, listStreamSessions } from '../../src/mock/resources/stream-sessions/behaviours.js';
import { maxSessionEvents, maxSessionsPerChannel } from '../../src/mock/resources/stream-sessions/sessions.js';
import { insertAdBreak } from '../../src/mock/resources/streams/behaviours.js';
import { testContext, unwrap } from './context.js';

describe('stream sessions', () => {
  test(`a session keeps only its newest ${maxSessionEvents} events`, () => {
    const { store, context } = testContext();
    const { channel } = unwrap(createChannel(context(), {}));
    const channelArn = channel?.arn ?? '';
    const partition = context().partition;
    const record = partition.channels.get(channelArn);
    if (record === undefined) throw new Error('no channel');
    partition.adConfigurations.set('arn:aws:ivs:us-west-2:123456789012:ad-configuration/abcdABCDefgh', {
      arn: 'arn:aws:ivs:us-west-2:123456789012:ad-configuration/abcdABCDefgh',
      name: '',
      mediaTailorPlaybackConfigurations: [],
      postRollConfiguration: { enabled: false, durationSeconds: 15 },
      tags: new Map(),
    });
    record.adConfigurationArn = 'arn:aws:ivs:us-west-2:123456789012:ad-configuration/abcdABCDefgh';
    unwrap(store.tryStartStream(channelArn));
    let last = '';
    for (let i = 0; i < maxSessionEvents + 5; i += 1)
      last = unwrap(insertAdBreak(context(), { channelArn, durationSeconds: 1 })).adBreakId ?? '';
    const events = unwrap(getStreamSession(context(), { channelArn })).streamSession?.truncatedEvents ?? [];
    expect(events).toHaveLength(maxSessionEvents);
    expect(events[0]?.name).toBe(`Ad Break ${last} (1 s)`);
  });

  test(`a channel keeps only its newest ${maxSessionsPerChannel} sessions`, () => {
    const { store, context } = testContext();
    const channelArn = unwrap(createChannel(context(), {})).channel?.arn ?? '';
    for (let i = 0; i < maxSessionsPerChannel + 3; i += 1) {
      unwrap(store.tryStartStream(channelArn));
      unwrap(store.tryStopStream(channelArn));
    }
    expect(context().partition.streamSessions.get(channelArn)).toHaveLength(maxSessionsPerChannel);
  });

  test('sessions that began in the same millisecond are listed newest first, on one page and across pages', () => {
    const { store, context } = testContext();
    const channelArn = unwrap(createChannel(context(), {})).channel?.arn ?? '';
    for (let i = 0; i < 12; i += 1) {
      unwrap(store.tryStartStream(channelArn));
      unwrap(store.tryStopStream(channelArn));
    }
    const begun = (context().partition.streamSessions.get(channelArn) ?? []).map((session) => session.streamId);
    const newestFirst = [...begun].reverse();
    const whole = unwrap(listStreamSessions(context(), { channelArn })).streamSessions.map((s) => s.streamId ?? '');
    expect(whole).toEqual(newestFirst);
    const paged: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = unwrap(listStreamSessions(context(), { channelArn, maxResults: 5, nextToken }));
      paged.push(...page.streamSessions.map((s) => s.streamId ?? ''));
      nextToken = page.nextToken;
    } while (nextToken !== undefined);
    expect(paged).toEqual(newestFirst);
  });
});
