import type { Check } from '../check.js';
import { describeExchange, errorTypeOf, recordAt, succeeded } from '../expect.js';
import { skip } from '../outcome.js';
import { awaitRecordingState, FINAL_RECORDING_STATES } from '../recording-state.js';
import { createResource } from '../resource-kinds.js';
import { createScenario } from '../scenario.js';

const STATES = ['CREATING', ...FINAL_RECORDING_STATES];

/** A new recording configuration goes from CREATING to ACTIVE or CREATE_FAILED and stays there. */
export const recordingConfigurationState: Check = {
  id: 'recordingConfigurationState',
  title: 'Recording configurations leave CREATING for good',
  family: 'semantics',
  operations: ['CreateRecordingConfiguration', 'GetRecordingConfiguration', 'CreateChannel'],
  rule: 'A new recording configuration is CREATING, ACTIVE or CREATE_FAILED; read with GetRecordingConfiguration it reaches ACTIVE or CREATE_FAILED within --recording-state-timeout-ms, never going back to CREATING, and then keeps that state. Whether a channel may use one still CREATING is not documented: a refusal is a spec-silence warning.',
  async run(context) {
    const s = createScenario(context.client);
    const created = s.setup(await createResource(context, 'recording-configuration', 'state'));
    if (!created) return s.outcomes;
    const { arn, exchange } = created;
    const initial = created.resource['state'];
    if (
      !s.assert(
        typeof initial === 'string' && STATES.includes(initial),
        'CreateRecordingConfiguration',
        `a new recording configuration is ${String(initial)}`,
        [exchange],
        `a new recording configuration has state ${JSON.stringify(initial)}, expected one of ${STATES.join(', ')}`,
      )
    )
      return s.outcomes;

    if (initial === 'CREATING') {
      const channel = await s.call('CreateChannel', {
        name: context.fixtures.name('recording-creating'),
        recordingConfigurationArn: arn,
        tags: context.fixtures.runTags,
      });
      const type = errorTypeOf(channel);
      if (succeeded(channel)) {
        const used = recordAt(channel.json, 'channel')['recordingConfigurationArn'];
        s.assert(
          used === arn,
          'CreateChannel',
          'a channel may use a recording configuration still CREATING',
          [exchange, channel],
          `CreateChannel with a recording configuration still CREATING answers recordingConfigurationArn ${JSON.stringify(used)}, expected ${JSON.stringify(arn)}`,
        );
      } else if (type !== undefined && channel.response !== null && channel.response.status < 500) {
        s.warn(
          'CreateChannel',
          `a channel may not use a recording configuration still CREATING (${describeExchange(channel)}); the documentation does not say (the emulator accepts it)`,
          [exchange, channel],
        );
      } else {
        s.assert(
          false,
          'CreateChannel',
          'CreateChannel with a recording configuration still CREATING answers success or a modeled error',
          [exchange, channel],
          `CreateChannel with a recording configuration still CREATING answered ${describeExchange(channel)}`,
        );
      }
    } else {
      s.outcomes.push(
        skip(
          'CreateChannel',
          `the recording configuration was ${initial} at once, so a channel using one still CREATING could not be tried`,
        ),
      );
    }

    const wait = await awaitRecordingState(context.client, arn, {
      initial,
      timeoutMs: context.recordingStateTimeoutMs,
      signal: context.signal,
    });
    const evidence = [exchange, ...wait.exchanges.slice(-1)];
    const seen = wait.states.join(' → ');
    if (wait.final === null) {
      s.assert(
        false,
        'GetRecordingConfiguration',
        'the recording configuration leaves CREATING',
        evidence,
        `the recording configuration never reached ${FINAL_RECORDING_STATES.join(' or ')}: ${wait.problem} (seen: ${seen})${
          wait.problem?.startsWith('no final state')
            ? '; raise --recording-state-timeout-ms if the service is slow'
            : ''
        }`,
      );
      return s.outcomes;
    }
    s.assert(
      wait.states.slice(0, -1).every((state) => state === 'CREATING'),
      'GetRecordingConfiguration',
      `the recording configuration went ${seen}`,
      evidence,
      `the recording configuration went ${seen}; only CREATING may come before ${wait.final}`,
    );

    const again = await s.succeed('GetRecordingConfiguration', { arn }, 'reading it once it left CREATING');
    if (!again) return s.outcomes;
    const later = recordAt(again.json, 'recordingConfiguration')['state'];
    s.assert(
      later === wait.final,
      'GetRecordingConfiguration',
      `${wait.final} is final: it is still ${wait.final} when read again`,
      [...evidence, again],
      `after ${seen}, GetRecordingConfiguration answered state ${JSON.stringify(later)}; ${wait.final} must be final`,
    );
    return s.outcomes;
  },
};
