import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ivsCommands, IvsMismatch, type IvsCommandsOptions, type IvsTarget } from '../../src/fuzz/index.js';
import type { TargetResponse } from '../../src/fuzz/target.js';
import { createIvsStore } from '../../src/mock/index.js';
import type { RecordingProgression } from '../../src/fuzz/commands/settings.js';
import { firstFailure } from './first-failure.js';
import { directTarget } from './msw-target.js';

const scope = { accountId: '123456789012', region: 'us-west-2' };

/** The answers a target gave, by operation, so a test can see that a rule was exercised. */
function recorded(target: IvsTarget): {
  target: IvsTarget;
  answers: { operation: string; response: TargetResponse }[];
} {
  const answers: { operation: string; response: TargetResponse }[] = [];
  return {
    answers,
    target: {
      ...target,
      async send(operation, input) {
        const response = await target.send(operation, input);
        answers.push({ operation, response });
        return response;
      },
    },
  };
}

/** The labels of the commands about channels, their references and the resources they refer to. */
const STATE_RULE_LABELS = new Set([
  'CreateChannel',
  'GetChannel',
  'UpdateChannel',
  'DeleteChannel',
  'CreateRecordingConfiguration',
  'GetRecordingConfiguration',
  'ListRecordingConfigurations',
  'DeleteRecordingConfiguration',
  'CreatePlaybackRestrictionPolicy',
  'DeletePlaybackRestrictionPolicy',
  'CreateAdConfiguration',
  'DeleteAdConfiguration',
  'set recording configuration state',
]);

/** The commands of `ivsCommands` that exercise the state rules, so that short runs meet them often. */
const stateRuleCommands = (options: IvsCommandsOptions) =>
  ivsCommands({ scope, streams: false, ...options }).filter((arbitrary) =>
    STATE_RULE_LABELS.has(fc.sample(arbitrary, { seed: 1, numRuns: 1 })[0]?.label ?? ''),
  );

/** A target without the control that sets recording configuration states. */
const withoutStateControl = ({ recordingConfigurations: _control, ...target }: IvsTarget): IvsTarget => target;

/** Runs seeded random sequences from an empty emulator; resolves to the first mismatch message, or `undefined`. */
async function firstMismatch(
  progression: RecordingProgression,
  options: IvsCommandsOptions,
  wrap: (target: IvsTarget) => IvsTarget = withoutStateControl,
  numRuns = 15,
): Promise<string | undefined> {
  const store = createIvsStore({ seed: 7, recordingConfigurationProgression: progression });
  const target = wrap(directTarget(store));
  return firstFailure({
    store,
    target,
    commands: stateRuleCommands(options),
    maxCommands: 60,
    numRuns,
    cause: IvsMismatch,
  });
}

/** The states recording configurations showed in the answers. */
const statesSeen = (answers: readonly { operation: string; response: TargetResponse }[]): Set<string> => {
  const states = new Set<string>();
  for (const { operation, response } of answers) {
    const body = response.body as Record<string, unknown> | undefined;
    if (operation.endsWith('RecordingConfiguration') && response.status === 200) {
      const state = (body?.['recordingConfiguration'] as { state?: string } | undefined)?.state;
      if (state !== undefined) states.add(state);
    }
    if (operation === 'ListRecordingConfigurations' && response.status === 200)
      for (const summary of (body?.['recordingConfigurations'] as { state?: string }[]) ?? [])
        if (summary.state !== undefined) states.add(summary.state);
  }
  return states;
};

describe('recording configuration state progression', () => {
  test.each([
    ['immediate', 'immediate' as const, false, ['ACTIVE']],
    ['after two reads', { afterReads: 2 }, false, ['ACTIVE', 'CREATING']],
    ['manual, moved through the control', 'manual' as const, true, ['ACTIVE', 'CREATE_FAILED', 'CREATING']],
  ] as const)(
    'the model follows the %s progression over random sequences',
    async (_name, progression, control, states) => {
      let answers: { operation: string; response: TargetResponse }[] = [];
      const mismatch = await firstMismatch(
        progression,
        { recordingConfigurationProgression: progression, recordingConfigurationControl: control },
        (target) => {
          const recording = recorded(control ? target : withoutStateControl(target));
          answers = recording.answers;
          return recording.target;
        },
      );
      expect(mismatch).toBeUndefined();
      expect([...statesSeen(answers)].sort()).toEqual(states);
    },
  );

  test('a target whose configurations stay CREATING longer than its progression says is reported', async () => {
    expect(await firstMismatch({ afterReads: 3 }, { recordingConfigurationProgression: { afterReads: 2 } })).toMatch(
      /^(Get|List)RecordingConfigurations? state of arn:aws:ivs:us-west-2:123456789012:recording-configuration\/\w+: expected "ACTIVE", got "CREATING"/,
    );
  });

  test('tolerant mode accepts any progression from CREATING to ACTIVE', async () => {
    expect(await firstMismatch({ afterReads: 3 }, { silentPoints: 'tolerant' })).toBeUndefined();
  });

  test('tolerant mode reports a configuration that goes back from ACTIVE to CREATING', async () => {
    // A planted bug: every other answer shows an ACTIVE configuration as CREATING again.
    let flip = false;
    const flapping = (target: IvsTarget): IvsTarget => ({
      ...withoutStateControl(target),
      async send(operation, input) {
        const response = await target.send(operation, input);
        if (operation !== 'GetRecordingConfiguration' || response.status !== 200) return response;
        flip = !flip;
        if (flip) return response;
        const body = response.body as { recordingConfiguration: Record<string, unknown> };
        const changed = { recordingConfiguration: { ...body.recordingConfiguration, state: 'CREATING' } };
        return { ...response, body: changed, text: JSON.stringify(changed) };
      },
    });
    expect(await firstMismatch('immediate', { silentPoints: 'tolerant' }, flapping, 30)).toMatch(
      /^GetRecordingConfiguration: state CREATING of .+, expected ACTIVE/,
    );
  });
});

describe('deleting a resource a channel refers to', () => {
  test('random sequences refer channels to resources and see the deletes refused with ConflictException', async () => {
    let answers: { operation: string; response: TargetResponse }[] = [];
    const mismatch = await firstMismatch(
      'immediate',
      {},
      (target) => {
        const recording = recorded(withoutStateControl(target));
        answers = recording.answers;
        return recording.target;
      },
      30,
    );
    expect(mismatch).toBeUndefined();
    const refused = new Set(
      answers
        .filter(({ operation, response }) => operation.startsWith('Delete') && response.status === 409)
        .map(({ operation }) => operation),
    );
    expect([...refused].sort()).toEqual([
      'DeleteAdConfiguration',
      'DeletePlaybackRestrictionPolicy',
      'DeleteRecordingConfiguration',
    ]);
  });

  test('a target that deletes a referenced recording configuration is reported', async () => {
    // A planted bug: the conflict is answered as a successful delete.
    const permissive = (target: IvsTarget): IvsTarget => ({
      ...withoutStateControl(target),
      async send(operation, input) {
        const response = await target.send(operation, input);
        return operation === 'DeleteRecordingConfiguration' && response.status === 409
          ? { status: 204, headers: {}, body: undefined, text: '' }
          : response;
      },
    });
    expect(await firstMismatch('immediate', {}, permissive)).toMatch(
      /^DeleteRecordingConfiguration: expected 409 ConflictException, got 204/,
    );
  });

  test('a channel that forgets its recording configuration is reported', async () => {
    // A planted bug: GetChannel answers with the reference dropped.
    const forgetful = (target: IvsTarget): IvsTarget => ({
      ...withoutStateControl(target),
      async send(operation, input) {
        const response = await target.send(operation, input);
        if (operation !== 'GetChannel' || response.status !== 200) return response;
        const body = response.body as { channel: Record<string, unknown> };
        const changed = { channel: { ...body.channel, recordingConfigurationArn: '' } };
        return { ...response, body: changed, text: JSON.stringify(changed) };
      },
    });
    expect(await firstMismatch('immediate', {}, forgetful)).toMatch(
      /^GetChannel: expected .*"recordingConfigurationArn":"arn:/,
    );
  });
});
