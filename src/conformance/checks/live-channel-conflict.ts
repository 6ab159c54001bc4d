import { errorTypeOf, succeeded } from '../expect.js';
import { skip } from '../outcome.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

/** A live channel cannot be deleted. */
export const liveChannelConflict: Check = {
  id: 'liveChannelConflict',
  title: 'Deleting or updating a live channel',
  family: 'streams',
  operations: ['DeleteChannel', 'UpdateChannel'],
  rule: 'DeleteChannel on a live channel answers 409 ConflictException and the channel stays; UpdateChannel on a live channel either succeeds (launch documentation) or answers 409 ConflictException (current documentation).',
  async run(context) {
    if (!context.streams.available) return [skip('DeleteChannel', `needs a live stream: ${context.streams.reason}`)];
    const control = context.streams.control;
    const s = createScenario(context.client);
    const created = s.setup(await context.fixtures.createChannel());
    if (!created) return s.outcomes;
    const started = await control.start(created.arn);
    if (!started.ok) return [skip('DeleteChannel', `the stream control could not start a stream: ${started.error}`)];
    try {
      await s.error('DeleteChannel', { arn: created.arn }, 'ConflictException', 'DeleteChannel on a live channel');
      const still = await s.succeed(
        'GetChannel',
        { arn: created.arn },
        'the live channel survives a refused DeleteChannel',
      );
      if (still) s.assert(true, 'DeleteChannel', 'the live channel survives a refused DeleteChannel', [still]);
      const update = await s.call('UpdateChannel', { arn: created.arn, latencyMode: 'NORMAL' });
      const accepted =
        succeeded(update) || (errorTypeOf(update) === 'ConflictException' && update.response?.status === 409);
      s.assert(
        accepted,
        'UpdateChannel',
        'UpdateChannel on a live channel succeeds or answers 409 ConflictException',
        [update],
        `UpdateChannel on a live channel answered ${update.response?.status ?? update.transportError} ${errorTypeOf(update) ?? ''}`.trim(),
      );
    } finally {
      await control.stop(created.arn);
    }
    return s.outcomes;
  },
};
