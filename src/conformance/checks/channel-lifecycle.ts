import { recordAt } from '../expect.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

const show = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

/** A channel can be created, read, updated (the update is stored), deleted, and is gone afterwards. */
export const channelLifecycle: Check = {
  id: 'channelLifecycle',
  title: 'Create, read, update, delete a channel',
  family: 'semantics',
  operations: ['CreateChannel', 'GetChannel', 'UpdateChannel', 'DeleteChannel'],
  rule: 'CreateChannel stores the given settings; GetChannel returns them; UpdateChannel changes only the given settings and the change is stored; after DeleteChannel, GetChannel gives 404 ResourceNotFoundException.',
  async run(context) {
    const s = createScenario(context.client);
    const created = s.setup(
      await context.fixtures.createChannel({
        name: context.fixtures.name('life'),
        latencyMode: 'NORMAL',
        type: 'BASIC',
      }),
    );
    if (!created) return s.outcomes;
    const { arn } = created;
    const wantCreated = { name: context.fixtures.name('life'), latencyMode: 'NORMAL', type: 'BASIC' };
    for (const [member, want] of Object.entries(wantCreated)) {
      s.assert(
        created.channel[member] === want,
        'CreateChannel',
        `the new channel has ${member} ${show(want)}`,
        [created.exchange],
        `the new channel has ${member} ${show(created.channel[member])}, expected ${show(want)}`,
      );
    }

    const got = await s.succeed('GetChannel', { arn }, 'reading the new channel');
    if (!got) return s.outcomes;
    const read = recordAt(got.json, 'channel');
    for (const [member, want] of Object.entries({ arn, ...wantCreated })) {
      s.assert(
        read[member] === want,
        'GetChannel',
        `GetChannel returns ${member} ${show(want)}`,
        [got],
        `GetChannel returns ${member} ${show(read[member])}, expected ${show(want)} as created`,
      );
    }

    const renamed = context.fixtures.name('life-renamed');
    const updated = await s.succeed(
      'UpdateChannel',
      { arn, name: renamed, latencyMode: 'LOW' },
      'updating name and latencyMode',
    );
    if (!updated) return s.outcomes;
    const answer = recordAt(updated.json, 'channel');
    const wantUpdated = { arn, name: renamed, latencyMode: 'LOW', type: 'BASIC' };
    for (const [member, want] of Object.entries(wantUpdated)) {
      s.assert(
        answer[member] === want,
        'UpdateChannel',
        `UpdateChannel answers with ${member} ${show(want)}`,
        [updated],
        `UpdateChannel answers with ${member} ${show(answer[member])}, expected ${show(want)}`,
      );
    }
    const reread = await s.succeed('GetChannel', { arn }, 'reading the updated channel');
    if (!reread) return s.outcomes;
    const stored = recordAt(reread.json, 'channel');
    for (const [member, want] of Object.entries(wantUpdated)) {
      s.assert(
        stored[member] === want,
        'UpdateChannel',
        `the update is stored: ${member} is ${show(want)}`,
        [updated, reread],
        `after UpdateChannel, GetChannel returns ${member} ${show(stored[member])}, expected ${show(want)}`,
      );
    }

    const deleted = await s.succeed('DeleteChannel', { arn }, 'deleting the channel');
    if (!deleted) return s.outcomes;
    await s.error('GetChannel', { arn }, 'ResourceNotFoundException', 'GetChannel after DeleteChannel');
    await s.error('DeleteChannel', { arn }, 'ResourceNotFoundException', 'a second DeleteChannel');
    return s.outcomes;
  },
};
