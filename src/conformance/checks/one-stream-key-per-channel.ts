import { describeExchange, errorTypeOf, listAt, recordAt, succeeded } from '../expect.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

/** A channel holds at most one stream key; after deleting it, a new one can be made. */
export const oneStreamKeyPerChannel: Check = {
  id: 'oneStreamKeyPerChannel',
  title: 'One stream key per channel',
  family: 'semantics',
  operations: ['CreateStreamKey', 'DeleteStreamKey', 'GetStreamKey', 'ListStreamKeys', 'GetChannel'],
  rule: 'CreateStreamKey on a channel that has a key is refused (ServiceQuotaExceededException is the modeled fit; another 4xx error is a spec-silence warning); DeleteStreamKey removes the key but not the channel; then CreateStreamKey succeeds.',
  async run(context) {
    const s = createScenario(context.client);
    const created = s.setup(await context.fixtures.createChannel());
    if (!created) return s.outcomes;
    const { arn } = created;
    const keyArn = created.streamKey['arn'];
    if (typeof keyArn !== 'string') {
      s.assert(false, 'CreateChannel', 'CreateChannel returns a stream key', [created.exchange]);
      return s.outcomes;
    }

    const second = await s.call('CreateStreamKey', { channelArn: arn, tags: context.fixtures.runTags });
    const type = errorTypeOf(second);
    const status = second.response?.status ?? 0;
    if (succeeded(second)) {
      s.assert(
        false,
        'CreateStreamKey',
        'a second stream key is refused',
        [second],
        'a second stream key was created on a channel that already has one',
      );
    } else if (type === 'ServiceQuotaExceededException' && status === 402) {
      s.assert(true, 'CreateStreamKey', 'a second stream key is refused with 402 ServiceQuotaExceededException', [
        second,
      ]);
    } else if (status >= 400 && status < 500 && type !== undefined && type !== 'ValidationException') {
      s.warn(
        'CreateStreamKey',
        `a second stream key is refused with ${status} ${type}; the spec does not name the error (402 ServiceQuotaExceededException is the modeled fit)`,
        [second],
      );
    } else {
      s.assert(
        false,
        'CreateStreamKey',
        'a second stream key is refused with a client error',
        [second],
        `a second stream key: expected 402 ServiceQuotaExceededException (another 4xx that names its error type is tolerated), got ${describeExchange(second)}`,
      );
    }

    const deleted = await s.succeed('DeleteStreamKey', { arn: keyArn }, 'deleting the stream key');
    if (!deleted) return s.outcomes;
    await s.error('GetStreamKey', { arn: keyArn }, 'ResourceNotFoundException', 'GetStreamKey after DeleteStreamKey');
    const channel = await s.succeed('GetChannel', { arn }, 'the channel survives DeleteStreamKey');
    if (channel) s.assert(true, 'DeleteStreamKey', 'the channel survives DeleteStreamKey', [deleted, channel]);
    const listed = await s.succeed('ListStreamKeys', { channelArn: arn }, 'listing keys after DeleteStreamKey');
    if (listed) {
      const arns = listAt(listed.json, 'streamKeys').map((k) => k['arn']);
      s.assert(
        !arns.includes(keyArn),
        'ListStreamKeys',
        'a deleted key is no longer listed',
        [deleted, listed],
        `ListStreamKeys still lists the deleted key ${keyArn}`,
      );
    }

    const replacement = await s.succeed(
      'CreateStreamKey',
      { channelArn: arn, tags: context.fixtures.runTags },
      'creating a key after the old one was deleted',
    );
    if (!replacement) return s.outcomes;
    const key = recordAt(replacement.json, 'streamKey');
    s.assert(
      key['channelArn'] === arn && typeof key['value'] === 'string' && key['arn'] !== keyArn,
      'CreateStreamKey',
      'the new key belongs to the channel, has a value and a new ARN',
      [replacement],
      `the new key has channelArn ${JSON.stringify(key['channelArn'])}, value ${typeof key['value']}, arn ${JSON.stringify(key['arn'])}`,
    );
    const relisted = await s.succeed('ListStreamKeys', { channelArn: arn }, 'listing keys after CreateStreamKey');
    if (relisted) {
      const arns = listAt(relisted.json, 'streamKeys').map((k) => k['arn']);
      s.assert(
        arns.length === 1 && arns[0] === key['arn'],
        'ListStreamKeys',
        'ListStreamKeys lists exactly the new key',
        [replacement, relisted],
        `ListStreamKeys lists ${JSON.stringify(arns)}, expected [${JSON.stringify(key['arn'])}]`,
      );
    }
    return s.outcomes;
  },
};
