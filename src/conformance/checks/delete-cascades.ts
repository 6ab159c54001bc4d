import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

/** Deleting a channel deletes its stream key and tags along with it. */
export const deleteCascades: Check = {
  id: 'deleteCascades',
  title: 'DeleteChannel cascades to stream keys',
  family: 'semantics',
  operations: ['DeleteChannel', 'GetStreamKey', 'BatchGetStreamKey', 'ListStreamKeys', 'ListTagsForResource'],
  rule: "After DeleteChannel, the channel's stream key is gone (GetStreamKey 404, BatchGetStreamKey reports it in errors) and so are the channel's tags (404).",
  async run(context) {
    const s = createScenario(context.client);
    const created = s.setup(await context.fixtures.createChannel());
    if (!created) return s.outcomes;
    const keyArn = created.streamKey['arn'];
    if (typeof keyArn !== 'string') {
      s.assert(false, 'CreateChannel', 'CreateChannel returns a stream key', [created.exchange]);
      return s.outcomes;
    }
    const deleted = await s.succeed('DeleteChannel', { arn: created.arn }, 'deleting the channel');
    if (!deleted) return s.outcomes;
    await s.error(
      'GetStreamKey',
      { arn: keyArn },
      'ResourceNotFoundException',
      "GetStreamKey of a deleted channel's key",
    );
    const batch = await s.succeed(
      'BatchGetStreamKey',
      { arns: [keyArn] },
      "BatchGetStreamKey of a deleted channel's key",
    );
    if (batch) {
      const body = batch.json as { streamKeys?: { arn?: unknown }[]; errors?: { arn?: unknown }[] };
      const found = (body.streamKeys ?? []).some((k) => k.arn === keyArn);
      const reported = (body.errors ?? []).some((e) => e.arn === keyArn);
      s.assert(
        !found && reported,
        'BatchGetStreamKey',
        "a deleted channel's key is reported in errors, not returned",
        [deleted, batch],
        found
          ? `BatchGetStreamKey still returns the key ${keyArn} of a deleted channel`
          : `BatchGetStreamKey does not report ${keyArn} in errors`,
      );
    }
    await s.error(
      'ListStreamKeys',
      { channelArn: created.arn },
      'ResourceNotFoundException',
      'ListStreamKeys of a deleted channel',
    );
    await s.error(
      'ListTagsForResource',
      { resourceArn: created.arn },
      'ResourceNotFoundException',
      'ListTagsForResource of a deleted channel',
    );
    return s.outcomes;
  },
};
