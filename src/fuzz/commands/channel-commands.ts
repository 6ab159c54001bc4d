import fc from 'fast-check';
import type { Channel, CreateChannelRequest, UpdateChannelRequest } from '../../../generated/types.js';
import { shapeArbitrary } from '../arbitraries.js';
import { always, IvsCommand } from './command.js';
import { expectError, expectSame, expectSuccess, IvsMismatch } from './expect.js';
import { forgetChannel, nextVariable, pickArbitrary, resolvePick, type IvsModel, type ModelChannel } from './model.js';
import { Expression, sdkCall } from './sdk-call.js';
import { withRunTags, type CommandSettings } from './settings.js';

/** The target of a channel pick, as a value for the printed call and the ARN to send. */
export function channelTarget(
  model: IvsModel,
  pick: Parameters<typeof resolvePick>[1],
): { channel: ModelChannel | undefined; arn: string; shown: unknown } {
  const channel = resolvePick(model.channels, pick);
  return channel === undefined
    ? { channel, arn: pick.unknownArn, shown: pick.unknownArn }
    : { channel, arn: channel.arn, shown: new Expression(channel.ref) };
}

/**
 * Checks a full channel from the target against the model's view of it; in tolerant mode an
 * absent name or tag map counts as empty, since the spec does not say they are always present.
 */
export function expectChannel(
  what: string,
  actual: Channel | undefined,
  expected: ModelChannel,
  settings: CommandSettings,
): void {
  if (actual === undefined) throw new IvsMismatch(`${what}: the response has no channel`);
  const tolerant = settings.silentPoints === 'tolerant';
  const name = tolerant ? (actual.name ?? '') : actual.name;
  const tags = tolerant ? (actual.tags ?? {}) : actual.tags;
  const references = expected.references ?? {};
  expectSame(
    what,
    {
      arn: actual.arn,
      name,
      latencyMode: actual.latencyMode,
      type: actual.type,
      tags,
      recordingConfigurationArn: actual.recordingConfigurationArn ?? '',
      playbackRestrictionPolicyArn: actual.playbackRestrictionPolicyArn ?? '',
      adConfigurationArn: actual.adConfigurationArn ?? '',
    },
    {
      arn: expected.arn,
      name: expected.name,
      latencyMode: expected.latencyMode,
      type: expected.type,
      tags: expected.tags,
      recordingConfigurationArn: references['recording-configuration'] ?? '',
      playbackRestrictionPolicyArn: references['playback-restriction-policy'] ?? '',
      adConfigurationArn: references['ad-configuration'] ?? '',
    },
  );
}

/**
 * Requests with the channel members this model follows (name, latency mode, type, tags): today's
 * other members carry cross-member rules and references to other resources that these commands
 * do not model.
 */
function modeledChannelRequest(options: { withTags: boolean }): fc.Arbitrary<CreateChannelRequest> {
  const members: Record<string, fc.Arbitrary<unknown>> = {
    name: shapeArbitrary('ChannelName'),
    latencyMode: shapeArbitrary('ChannelLatencyMode'),
    type: shapeArbitrary('ChannelType'),
    ...(options.withTags ? { tags: shapeArbitrary('Tags') } : {}),
  };
  return fc.record(members, { requiredKeys: [] }) as fc.Arbitrary<CreateChannelRequest>;
}

/** Commands that create, read, update and delete channels. */
export function channelCommands(settings: CommandSettings): fc.Arbitrary<IvsCommand>[] {
  const { scope } = settings;
  const createChannel = modeledChannelRequest({ withTags: true }).map(
    (generated: CreateChannelRequest) =>
      new IvsCommand('CreateChannel', always, (model) => {
        const variable = nextVariable(model, 'c');
        const tags = withRunTags(generated.tags, settings);
        const input: CreateChannelRequest = tags === undefined ? generated : { ...generated, tags };
        return {
          line: sdkCall('CreateChannel', input, variable),
          async perform(target) {
            const body = expectSuccess('CreateChannel', await target.send('CreateChannel', input));
            const { channel, streamKey } = body;
            if (channel?.arn === undefined || streamKey?.arn === undefined)
              throw new IvsMismatch('CreateChannel: the response lacks the channel or its stream key');
            // Documented defaults: LOW latency and the STANDARD type; no name gives an empty one.
            const expected: ModelChannel = {
              ref: `${variable}.channel.arn`,
              arn: channel.arn,
              name: input.name ?? '',
              latencyMode: input.latencyMode ?? 'LOW',
              type: input.type ?? 'STANDARD',
              tags: { ...(input.tags ?? {}) },
              live: undefined,
            };
            expectChannel('CreateChannel channel', channel, expected, settings);
            expectSame('CreateChannel streamKey.channelArn', streamKey.channelArn, channel.arn);
            model.channels.push(expected);
            model.streamKeys.push({
              ref: `${variable}.streamKey.arn`,
              arn: streamKey.arn,
              channelArn: channel.arn,
              value: streamKey.value ?? '',
              tags: { ...(streamKey.tags ?? {}) },
            });
          },
        };
      }),
  );

  const getChannel = pickArbitrary('channel', scope).map(
    (pick) =>
      new IvsCommand('GetChannel', always, (model) => {
        const { channel, arn, shown } = channelTarget(model, pick);
        return {
          line: sdkCall('GetChannel', { arn: shown }),
          async perform(target) {
            const response = await target.send('GetChannel', { arn });
            if (channel === undefined) return void expectError('GetChannel', response, 'ResourceNotFoundException');
            expectChannel('GetChannel', expectSuccess('GetChannel', response).channel, channel, settings);
          },
        };
      }),
  );

  const updateChannel = fc.tuple(pickArbitrary('channel', scope), modeledChannelRequest({ withTags: false })).map(
    ([pick, changes]: [Parameters<typeof resolvePick>[1], Omit<UpdateChannelRequest, 'arn'>]) =>
      new IvsCommand('UpdateChannel', always, (model) => {
        const { channel, arn, shown } = channelTarget(model, pick);
        return {
          line: sdkCall('UpdateChannel', { arn: shown, ...changes }),
          async perform(target) {
            const response = await target.send('UpdateChannel', { ...changes, arn });
            if (channel === undefined) return void expectError('UpdateChannel', response, 'ResourceNotFoundException');
            // A live channel may refuse the change (the current rule) or take it (the launch rule).
            if (channel.live !== undefined && response.status !== 200)
              return void expectError('UpdateChannel', response, 'ConflictException');
            const body = expectSuccess('UpdateChannel', response);
            if (changes.name !== undefined) channel.name = changes.name;
            if (changes.latencyMode !== undefined) channel.latencyMode = changes.latencyMode;
            if (changes.type !== undefined) channel.type = changes.type;
            expectChannel('UpdateChannel', body.channel, channel, settings);
          },
        };
      }),
  );

  const deleteChannel = pickArbitrary('channel', scope).map(
    (pick) =>
      new IvsCommand('DeleteChannel', always, (model) => {
        const { channel, arn, shown } = channelTarget(model, pick);
        return {
          line: sdkCall('DeleteChannel', { arn: shown }),
          async perform(target) {
            const response = await target.send('DeleteChannel', { arn });
            if (channel === undefined) return void expectError('DeleteChannel', response, 'ResourceNotFoundException');
            if (channel.live !== undefined) return void expectError('DeleteChannel', response, 'ConflictException');
            expectSuccess('DeleteChannel', response);
            forgetChannel(model, arn);
          },
        };
      }),
  );

  return [createChannel, getChannel, updateChannel, deleteChannel];
}
