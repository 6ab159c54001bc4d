import type { OperationName } from '../../../generated/types.js';
import type { CheckContext } from '../context.js';
import { recordAt } from '../expect.js';
import { addedResources, createWorkbench } from '../resource-kinds.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Check } from '../check.js';

const partsOf = (arn: unknown): RegExpExecArray | null =>
  typeof arn === 'string' ? /^arn:aws:ivs:([a-z0-9-]+):(\d{12}):([a-z-]+)\/([a-zA-Z0-9-]+)$/.exec(arn) : null;

/** Every other kind's ARN is arn:aws:ivs:<region>:<account>:<kind>/<id>, in the channel's account, and its Get returns it unchanged. */
async function otherArns(context: CheckContext, s: Scenario, account: string | undefined): Promise<void> {
  const bench = createWorkbench(context, 'arns');
  try {
    for (const kind of addedResources) {
      const made = s.setup(await bench.make(kind));
      if (!made) continue;
      const parts = partsOf(made.arn);
      const operation = kind.create;
      s.assert(
        parts?.[3] === kind.kind && parts[1] === context.region,
        operation,
        `${kind.kind} ARN has the form arn:aws:ivs:${context.region}:<account>:${kind.kind}/<id>`,
        [made.exchange],
        `${kind.kind} ARN ${made.arn} does not have the form arn:aws:ivs:${context.region}:<account>:${kind.kind}/<id>`,
      );
      s.assert(
        account === undefined || parts?.[2] === account,
        operation,
        `${kind.kind} ARN is in the channel's account`,
        [made.exchange],
        `${kind.kind} ARN ${made.arn} is not in the account ${account} of the channels`,
      );
      const got = await s.succeed(kind.get, { arn: made.arn }, `reading the ${kind.kind}`);
      if (got)
        s.assert(
          recordAt(got.json, kind.member)['arn'] === made.arn,
          kind.get,
          `${kind.get} returns the same arn`,
          [made.exchange, got],
          `${kind.get} returns arn ${JSON.stringify(recordAt(got.json, kind.member)['arn'])}, ${operation} made ${made.arn}`,
        );
    }
  } finally {
    await bench.release();
  }
}

/** ARNs name the service, the signed region, one account, and the right resource type; keys point at their channel. */
export const arnFormats: Check = {
  id: 'arnFormats',
  title: 'ARN formats',
  family: 'semantics',
  operations: [
    'CreateChannel',
    'CreateStreamKey',
    'GetStreamKey',
    ...addedResources.flatMap((k): OperationName[] => [k.create, k.get]),
  ],
  rule: "Channel ARNs are arn:aws:ivs:<region>:<12-digit account>:channel/<id> and stream key ARNs …:stream-key/<id>, in the region the request was signed for; a stream key's channelArn is its channel's ARN; every other kind's ARN is …:<kind>/<id> (recording-configuration, playback-restriction-policy, playback-key, ad-configuration) in the same account and region, and its Get returns the same ARN.",
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
    await otherArns(context, s, channel?.[2]);
    return s.outcomes;
  },
};
