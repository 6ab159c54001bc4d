import type { Check } from '../check.js';
import type { CheckContext } from '../context.js';
import { describeExchange, errorTypeOf, expectError, succeeded } from '../expect.js';
import { fail, pass, silence, skip } from '../outcome.js';
import { awaitRecordingState } from '../recording-state.js';
import { addedResources, createResource, type ResourceKind } from '../resource-kinds.js';
import { createScenario, type Scenario } from '../scenario.js';
import type { Exchange } from '../types.js';

/** The kinds a channel can reference; only the recording configuration's conflict is documented. */
const referenced = addedResources.filter((spec) => spec.channelMember !== null);

/**
 * Judges a delete that a referencing channel should block: ConflictException passes; for a kind
 * whose conflict is documented anything else fails, for the others a success is a spec-silence
 * warning (the service may let it go). Returns whether the delete was blocked.
 */
function judgeBlocked(s: Scenario, spec: ResourceKind, exchange: Exchange, what: string): boolean {
  const violation = expectError(exchange, spec.delete, 'ConflictException');
  if (violation === null) {
    s.outcomes.push(pass(spec.delete, `${what}: ConflictException`, [exchange]));
    return true;
  }
  if (spec.kind !== 'recording-configuration' && succeeded(exchange)) {
    s.outcomes.push(
      silence(
        spec.delete,
        `${what}: the ${spec.noun} was deleted; the documentation does not say whether a channel's reference blocks it (the emulator answers 409 ConflictException)`,
        [exchange],
      ),
    );
    return false;
  }
  s.outcomes.push(fail(spec.delete, `${what}: ${violation}`, [exchange]));
  return false;
}

async function checkKind(context: CheckContext, spec: ResourceKind): Promise<Scenario['outcomes']> {
  const s = createScenario(context.client);
  const member = spec.channelMember ?? '';
  const created = s.setup(await createResource(context, spec.kind, `${spec.kind}-held`));
  if (!created) return s.outcomes;
  const { arn } = created;
  if (spec.kind === 'recording-configuration') {
    const wait = await awaitRecordingState(context.client, arn, {
      initial: created.resource['state'],
      timeoutMs: context.recordingStateTimeoutMs,
      signal: context.signal,
    });
    if (wait.final !== 'ACTIVE') {
      s.outcomes.push(
        skip(
          spec.delete,
          `the recording configuration never became ACTIVE (${wait.problem ?? wait.final}), so no channel could use it`,
        ),
      );
      return s.outcomes;
    }
  }

  // One channel takes the reference when it is created, the other through UpdateChannel.
  const first = await s.succeed(
    'CreateChannel',
    { name: context.fixtures.name(`${spec.kind}-user-1`), [member]: arn, tags: context.fixtures.runTags },
    `creating a channel with ${member}`,
  );
  const second = s.setup(await context.fixtures.createChannel({ name: context.fixtures.name(`${spec.kind}-user-2`) }));
  if (!first || !second) return s.outcomes;
  const firstArn = (first.json as { channel?: { arn?: unknown } }).channel?.arn;
  if (typeof firstArn !== 'string') {
    s.outcomes.push(
      fail('CreateChannel', `CreateChannel answered no channel.arn: ${describeExchange(first)}`, [first]),
    );
    return s.outcomes;
  }
  const attached = await s.succeed(
    'UpdateChannel',
    { arn: second.arn, [member]: arn },
    `UpdateChannel setting ${member}`,
  );
  if (!attached) return s.outcomes;

  const whileBoth = await s.call(spec.delete, { arn });
  if (!judgeBlocked(s, spec, whileBoth, `${spec.delete} while two channels use the ${spec.noun}`)) return s.outcomes;

  const released = await s.succeed(
    'UpdateChannel',
    { arn: firstArn, [member]: '' },
    `UpdateChannel clearing ${member} (an empty string means none)`,
  );
  if (!released) return s.outcomes;
  const whileOne = await s.call(spec.delete, { arn });
  if (!judgeBlocked(s, spec, whileOne, `${spec.delete} while one channel still uses the ${spec.noun}`))
    return s.outcomes;

  const gone = await s.succeed('DeleteChannel', { arn: second.arn }, 'deleting the last channel that uses it');
  if (!gone) return s.outcomes;
  const afterAll = await s.call(spec.delete, { arn });
  s.assert(
    succeeded(afterAll),
    spec.delete,
    `${spec.delete} succeeds once no channel uses the ${spec.noun} (one let go by UpdateChannel, one by DeleteChannel)`,
    [released, gone, afterAll],
    `${spec.delete} after every channel let go of the ${spec.noun} (UpdateChannel with "", DeleteChannel) still fails: ${describeExchange(afterAll)}${
      errorTypeOf(afterAll) === 'ConflictException' ? ' (the references were not released)' : ''
    }`,
  );
  return s.outcomes;
}

/** Deleting a recording configuration, playback restriction policy or ad configuration that a channel uses is a conflict, until the channel lets go. */
export const referencedResourceConflicts: Check = {
  id: 'referencedResourceConflicts',
  title: 'Resources a channel uses cannot be deleted',
  family: 'semantics',
  operations: ['CreateChannel', 'UpdateChannel', 'DeleteChannel', ...referenced.map((spec) => spec.delete)],
  rule: 'While a channel references a recording configuration, playback restriction policy or ad configuration (set by CreateChannel or UpdateChannel), deleting it is 409 ConflictException; once every channel let go (UpdateChannel with "", DeleteChannel) the delete succeeds. The conflict is documented for recording configurations only: for the other two a delete that succeeds is a spec-silence warning.',
  async run(context) {
    const outcomes: Scenario['outcomes'] = [];
    for (const spec of referenced) {
      if (context.signal.aborted) break;
      outcomes.push(...(await checkKind(context, spec)));
    }
    return outcomes;
  },
};
