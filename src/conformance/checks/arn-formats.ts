import { recordAt } from '../expect.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

const partsOf = (arn: unknown): RegExpExecArray | null =>
  typeof arn === 'string'
    ? /^arn:aws:ivs:([a-z0-9-]+):(\d{12}):(channel|stream-key)\/([a-zA-Z0-9-]+)$/.exec(arn)
    : null;

/** ARNs name the service, the signed region, one account, and the right resource type; keys point at their channel. */
export const arnFormats: Check = {
  id: 'arnFormats',
  title: 'ARN formats',
  family: 'semantics',
  operations: ['CreateChannel', 'CreateStreamKey', 'GetStreamKey'],
  rule: "Channel ARNs are arn:aws:ivs:<region>:<12-digit account>:channel/<id> and stream key ARNs …:stream-key/<id>, in the region the request was signed for; a stream key's channelArn is its channel's ARN.",
  async run(context) {
    const s = createScenario(context.client);
    const created = s.setup(await context.fixtures.createChannel());
    if (!created) return s.outcomes;
    const evidence = [created.exchange];
    const channel = partsOf(created.arn);
    s.assert(
      channel?.[3] === 'channel',
      'CreateChannel',
      'channel ARN has the form arn:aws:ivs:<region>:<account>:channel/<id>',
      evidence,
      `channel ARN ${created.arn} does not have the form arn:aws:ivs:<region>:<account>:channel/<id>`,
    );
    s.assert(
      channel?.[1] === context.region,
      'CreateChannel',
      `channel ARN is in region ${context.region}`,
      evidence,
      `channel ARN ${created.arn} is not in the signed region ${context.region}`,
    );
    const keyArn = created.streamKey['arn'];
    const key = partsOf(keyArn);
    s.assert(
      key?.[3] === 'stream-key',
      'CreateChannel',
      'stream key ARN has the form …:stream-key/<id>',
      evidence,
      `stream key ARN ${String(keyArn)} does not have the form arn:aws:ivs:<region>:<account>:stream-key/<id>`,
    );
    s.assert(
      key?.[2] !== undefined && key[2] === channel?.[2] && key[1] === channel[1],
      'CreateChannel',
      'stream key and channel ARNs share account and region',
      evidence,
      `stream key ARN ${String(keyArn)} and channel ARN ${created.arn} differ in account or region`,
    );
    s.assert(
      created.streamKey['channelArn'] === created.arn,
      'CreateChannel',
      "the new stream key's channelArn is the channel's ARN",
      evidence,
      `the new stream key's channelArn is ${JSON.stringify(created.streamKey['channelArn'])}, expected ${created.arn}`,
    );
    if (typeof keyArn === 'string') {
      const got = await s.succeed('GetStreamKey', { arn: keyArn }, 'reading the stream key');
      if (got) {
        const stored = recordAt(got.json, 'streamKey');
        s.assert(
          stored['arn'] === keyArn && stored['channelArn'] === created.arn,
          'GetStreamKey',
          'GetStreamKey returns the same arn and channelArn',
          [got],
          `GetStreamKey returns arn ${JSON.stringify(stored['arn'])} and channelArn ${JSON.stringify(stored['channelArn'])}`,
        );
      }
    }
    return s.outcomes;
  },
};
