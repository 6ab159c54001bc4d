import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

/** Stream operations on a channel that is not live give 404 ChannelNotBroadcasting. */
export const offlineStreamErrors: Check = {
  id: 'offlineStreamErrors',
  title: 'Stream operations on an offline channel',
  family: 'streams',
  operations: ['GetStream', 'StopStream', 'PutMetadata'],
  rule: 'GetStream, StopStream and PutMetadata on an existing channel that is not live answer 404 ChannelNotBroadcasting.',
  async run(context) {
    const s = createScenario(context.client);
    const created = s.setup(await context.fixtures.createChannel());
    if (!created) return s.outcomes;
    const channelArn = created.arn;
    await s.error('GetStream', { channelArn }, 'ChannelNotBroadcasting', 'GetStream on an offline channel');
    await s.error('StopStream', { channelArn }, 'ChannelNotBroadcasting', 'StopStream on an offline channel');
    await s.error(
      'PutMetadata',
      { channelArn, metadata: 'offline' },
      'ChannelNotBroadcasting',
      'PutMetadata on an offline channel',
    );
    return s.outcomes;
  },
};
