import { recordAt } from '../expect.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

/** A channel created without settings gets the documented defaults. */
export const channelDefaults: Check = {
  id: 'channelDefaults',
  title: 'CreateChannel defaults',
  family: 'semantics',
  operations: ['CreateChannel', 'GetChannel'],
  rule: 'A channel created without name, latencyMode and type has latencyMode LOW and type STANDARD, in the CreateChannel answer and in GetChannel, and its name is the empty string (a null is never valid; leaving the name out is a spec-silence warning).',
  async run(context) {
    const s = createScenario(context.client);
    const created = s.setup(await context.fixtures.createChannel({}));
    if (!created) return s.outcomes;
    const got = await s.succeed('GetChannel', { arn: created.arn }, 'reading the channel');
    const sources = [
      ['CreateChannel', created.channel, created.exchange],
      ...(got ? [['GetChannel', recordAt(got.json, 'channel'), got] as const] : []),
    ] as const;
    for (const [operation, channel, exchange] of sources) {
      const name = channel['name'];
      if (name === undefined)
        s.warn(operation, 'a channel created without a name has no name member; the model answers ""', [exchange]);
      else
        s.assert(
          name === '',
          operation,
          'default name is ""',
          [exchange],
          `default name is ${JSON.stringify(name)}, expected "" (a member is a string or absent, never null)`,
        );
      for (const [member, want] of [
        ['latencyMode', 'LOW'],
        ['type', 'STANDARD'],
      ] as const) {
        s.assert(
          channel[member] === want,
          operation,
          `default ${member} is ${want}`,
          [exchange],
          `default ${member} is ${JSON.stringify(channel[member])}, expected ${want}`,
        );
      }
    }
    return s.outcomes;
  },
};
