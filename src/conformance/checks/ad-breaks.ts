import type { Check } from '../check.js';
import { bodyOf, describeExchange, errorTypeOf, succeeded } from '../expect.js';
import { skip } from '../outcome.js';
import { createResource } from '../resource-kinds.js';
import { createScenario } from '../scenario.js';

/** InsertAdBreak needs a live channel with an ad configuration. */
export const adBreaks: Check = {
  id: 'adBreaks',
  title: 'Ad breaks go into live channels with an ad configuration',
  family: 'streams',
  operations: ['InsertAdBreak'],
  rule: 'InsertAdBreak on an unknown channel is 404 ResourceNotFoundException, on an offline channel 404 ChannelNotBroadcasting, and on a live channel with an ad configuration it answers an adBreakId. On a live channel without one the documentation is silent: ConflictException (what the emulator answers) passes, success or another modeled 4xx is a spec-silence warning, an error without a type fails.',
  async run(context) {
    const s = createScenario(context.client);
    await s.error(
      'InsertAdBreak',
      { channelArn: await context.fixtures.unknownArn('channel'), durationSeconds: 30 },
      'ResourceNotFoundException',
      'InsertAdBreak on a channel that does not exist',
    );
    const ads = s.setup(await createResource(context, 'ad-configuration', 'ad-breaks'));
    if (!ads) return s.outcomes;
    const withAds = await s.succeed(
      'CreateChannel',
      { name: context.fixtures.name('ad-breaks'), adConfigurationArn: ads.arn, tags: context.fixtures.runTags },
      'creating a channel with an ad configuration',
    );
    const channelArn = withAds ? (bodyOf(withAds)['channel'] as { arn?: unknown } | undefined)?.arn : undefined;
    if (typeof channelArn !== 'string') return s.outcomes;
    await s.error(
      'InsertAdBreak',
      { channelArn, durationSeconds: 30 },
      'ChannelNotBroadcasting',
      'InsertAdBreak on an offline channel',
    );
    if (!context.streams.available) {
      s.outcomes.push(skip('InsertAdBreak', `the live cases need a live stream: ${context.streams.reason}`));
      return s.outcomes;
    }
    const control = context.streams.control;
    const started = await control.start(channelArn);
    if (!started.ok) {
      s.outcomes.push(skip('InsertAdBreak', `the stream control could not start a stream: ${started.error}`));
      return s.outcomes;
    }
    const inserted = await s.succeed('InsertAdBreak', { channelArn, durationSeconds: 30 }, 'InsertAdBreak while live');
    if (inserted) {
      const id = bodyOf(inserted)['adBreakId'];
      s.assert(
        typeof id === 'string' && id !== '',
        'InsertAdBreak',
        'InsertAdBreak on a live channel with an ad configuration answers an adBreakId',
        [inserted],
        `InsertAdBreak answered adBreakId ${JSON.stringify(id)}, expected a non-empty string`,
      );
    }
    await control.stop(channelArn);

    const plain = s.setup(await context.fixtures.createChannel({ name: context.fixtures.name('no-ads') }));
    if (!plain) return s.outcomes;
    const live = await control.start(plain.arn);
    if (!live.ok) return s.outcomes;
    const without = await s.call('InsertAdBreak', { channelArn: plain.arn, durationSeconds: 30 });
    const type = errorTypeOf(without);
    if (type === 'ConflictException')
      s.assert(
        true,
        'InsertAdBreak',
        'InsertAdBreak on a live channel without an ad configuration: ConflictException',
        [without],
      );
    else if (succeeded(without) || (type !== undefined && without.response !== null && without.response.status < 500))
      s.warn(
        'InsertAdBreak',
        `InsertAdBreak on a live channel without an ad configuration answered ${describeExchange(without)}; the documentation names no error (the emulator answers 409 ConflictException)`,
        [without],
      );
    else
      s.assert(
        false,
        'InsertAdBreak',
        'InsertAdBreak on a live channel without an ad configuration is refused',
        [without],
        `InsertAdBreak on a live channel without an ad configuration answered ${describeExchange(without)}, an error that names no error type`,
      );
    await control.stop(plain.arn);
    return s.outcomes;
  },
};
