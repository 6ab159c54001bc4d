import fc from 'fast-check';
import { channelTarget } from './channel-commands.js';
import { always, IvsCommand } from './command.js';
import { expectError, expectSame, expectSuccess, IvsMismatch } from './expect.js';
import { pickArbitrary, resolvePick, type IvsModel, type ReferenceKind } from './model.js';
import { controlCall, Expression, sdkCall } from './sdk-call.js';
import type { CommandSettings } from './settings.js';

/** The channel member that refers to each kind of resource. */
export const referenceMembers: Readonly<Record<ReferenceKind, string>> = {
  'recording-configuration': 'recordingConfigurationArn',
  'playback-restriction-policy': 'playbackRestrictionPolicyArn',
  'ad-configuration': 'adConfigurationArn',
};

/** The states a recording configuration may be set to by hand. */
const RECORDING_STATES = ['CREATING', 'ACTIVE', 'CREATE_FAILED'] as const;

/**
 * UpdateChannel that sets one reference of a channel: to an existing resource of that kind, to an
 * ARN that names nothing (404), or to `""` (none). A live channel refuses any update.
 */
function referenceCommand(settings: CommandSettings, kinds: readonly ReferenceKind[]): fc.Arbitrary<IvsCommand> {
  return fc
    .tuple(
      pickArbitrary('channel', settings.scope),
      fc.constantFrom(...kinds).chain((kind) =>
        fc.record({
          kind: fc.constant(kind),
          pick: pickArbitrary(kind, settings.scope),
          detach: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
        }),
      ),
    )
    .map(
      ([channelPick, { kind, pick, detach }]) =>
        new IvsCommand('UpdateChannel', always, (model) => {
          const { channel, arn, shown } = channelTarget(model, channelPick);
          const resource = detach ? undefined : resolvePick(model.resources[kind] ?? [], pick);
          const reference = detach ? '' : (resource?.arn ?? pick.unknownArn);
          const member = referenceMembers[kind];
          const shownReference = resource === undefined ? reference : new Expression(resource.ref);
          return {
            line: sdkCall('UpdateChannel', { arn: shown, [member]: shownReference }),
            async perform(target) {
              const response = await target.send('UpdateChannel', { arn, [member]: reference });
              if (channel === undefined)
                return void expectError('UpdateChannel', response, 'ResourceNotFoundException');
              if (channel.live !== undefined && response.status !== 200)
                return void expectError('UpdateChannel', response, 'ConflictException');
              if (!detach && resource === undefined)
                return void expectError('UpdateChannel', response, 'ResourceNotFoundException');
              const { channel: updated } = expectSuccess('UpdateChannel', response);
              const references = { ...(channel.references ?? {}) };
              if (reference === '') delete references[kind];
              else references[kind] = reference;
              channel.references = references;
              const shownMember = (updated as Record<string, unknown> | undefined)?.[member];
              expectSame(`UpdateChannel ${member}`, shownMember ?? '', reference);
            },
          };
        }),
    );
}

/** Sets a recording configuration's state through the emulator's control (only when the target has it). */
function setRecordingStateCommand(): fc.Arbitrary<IvsCommand> {
  const when = (model: IvsModel): boolean =>
    model.recordingControl && (model.resources['recording-configuration'] ?? []).length > 0;
  return fc.tuple(fc.nat({ max: 1000 }), fc.constantFrom(...RECORDING_STATES)).map(
    ([index, state]) =>
      new IvsCommand('set recording configuration state', when, (model) => {
        const all = model.resources['recording-configuration'] ?? [];
        const resource = all[index % all.length];
        if (resource === undefined)
          throw new IvsMismatch('set recording configuration state: none exists (the command should not have run)');
        return {
          line: controlCall('recording-configurations/state', { arn: new Expression(resource.ref), state }),
          async perform(target) {
            if (target.recordingConfigurations === undefined)
              throw new IvsMismatch('set recording configuration state: the target has no such control');
            const response = await target.recordingConfigurations.setState(resource.arn, state);
            if (response.status !== 200)
              throw new IvsMismatch(
                `set recording configuration state: expected 200, got ${response.status} ${response.text.slice(0, 200)}`,
              );
            // A state set by hand stays until set again: reads no longer move it.
            resource.state = state;
            delete resource.readsLeft;
          },
        };
      }),
  );
}

/**
 * Commands about the state rules between resources: channels that refer to recording
 * configurations, playback restriction policies and (when the scope names the target's account and
 * region) ad configurations, which then cannot be deleted; and, when asked for, recording
 * configuration states set by hand (run only on a target with that control).
 */
export function referenceCommands(
  settings: CommandSettings,
  options: { readonly recordingConfigurationControl?: boolean } = {},
): fc.Arbitrary<IvsCommand>[] {
  const scoped = settings.scope.accountId !== undefined && settings.scope.region !== undefined;
  const kinds: ReferenceKind[] = [
    'recording-configuration',
    'playback-restriction-policy',
    ...(scoped ? (['ad-configuration'] as const) : []),
  ];
  const reference = referenceCommand(settings, kinds);
  // Listed twice, as creation is: a reference must be in place before a delete can meet it.
  return [
    reference,
    reference,
    ...(options.recordingConfigurationControl === true ? [setRecordingStateCommand()] : []),
  ];
}
