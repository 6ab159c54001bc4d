import fc from 'fast-check';
import type { ArnScope } from '../overrides.js';
import type { Channel, CreateChannelRequest, UpdateChannelRequest } from '../../../generated/types.js';
import { inputArbitrary } from '../arbitraries.js';
import { always, IvsCommand } from './command.js';
import { expectError, expectSame, expectSuccess, IvsMismatch } from './expect.js';
import { forgetChannel, nextVariable, pickArbitrary, resolvePick, type IvsModel, type ModelChannel } from './model.js';
import { Expression, sdkCall } from './sdk-call.js';

/** The target of a channel pick, as a value for the printed call and the ARN to send. */
export function channelTarget(model: IvsModel, pick: Parameters<typeof resolvePick>[1]): { channel: ModelChannel | undefined; arn: string; shown: unknown } {
  const channel = resolvePick(model.channels, pick);
  return channel === undefined ? { channel, arn: pick.unknownArn, shown: pick.unknownArn } : { channel, arn: channel.arn, shown: new Expression(channel.ref) };
}

/** Checks a full channel from the target against the model's view of it. */
export function expectChannel(what: string, actual: Channel | undefined, expected: ModelChannel): void {
  if (actual === undefined) throw new IvsMismatch(`${what}: the response has no channel`);
  expectSame(what, { arn: actual.arn, name: actual.name, latencyMode: actual.latencyMode, type: actual.type, tags: actual.tags }, {
    arn: expected.arn,
    name: expected.name,
    latencyMode: expected.latencyMode,
    type: expected.type,
    tags: expected.tags,
  });
}

/** Commands that create, read, update and delete channels. */
export function channelCommands(scope: ArnScope): fc.Arbitrary<IvsCommand>[] {
  const createChannel = inputArbitrary('CreateChannel').map(
    (input: CreateChannelRequest) =>
      new IvsCommand('CreateChannel', always, (model) => {
        const variable = nextVariable(model, 'c');
        return {
          line: sdkCall('CreateChannel', input, variable),
          async perform(target) {
            const body = expectSuccess('CreateChannel', await target.send('CreateChannel', input));
            const { channel, streamKey } = body;
            if (channel?.arn === undefined || streamKey?.arn === undefined) throw new IvsMismatch('CreateChannel: the response lacks the channel or its stream key');
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
            expectChannel('CreateChannel channel', channel, expected);
            expectSame('CreateChannel streamKey.channelArn', streamKey.channelArn, channel.arn);
            model.channels.push(expected);
            model.streamKeys.push({ ref: `${variable}.streamKey.arn`, arn: streamKey.arn, channelArn: channel.arn, value: streamKey.value ?? '', tags: { ...(streamKey.tags ?? {}) } });
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
            expectChannel('GetChannel', expectSuccess('GetChannel', response).channel, channel);
          },
        };
      }),
  );

  const updateChannel = fc.tuple(pickArbitrary('channel', scope), inputArbitrary('UpdateChannel')).map(
    ([pick, generated]: [Parameters<typeof resolvePick>[1], UpdateChannelRequest]) =>
      new IvsCommand('UpdateChannel', always, (model) => {
        const { channel, arn, shown } = channelTarget(model, pick);
        const { arn: _generatedArn, ...changes } = generated;
        return {
          line: sdkCall('UpdateChannel', { arn: shown, ...changes }),
          async perform(target) {
            const response = await target.send('UpdateChannel', { ...changes, arn });
            if (channel === undefined) return void expectError('UpdateChannel', response, 'ResourceNotFoundException');
            // A live channel may refuse the change (the current rule) or take it (the launch rule).
            if (channel.live !== undefined && response.status !== 200) return void expectError('UpdateChannel', response, 'ConflictException');
            const body = expectSuccess('UpdateChannel', response);
            if (changes.name !== undefined) channel.name = changes.name;
            if (changes.latencyMode !== undefined) channel.latencyMode = changes.latencyMode;
            if (changes.type !== undefined) channel.type = changes.type;
            expectChannel('UpdateChannel', body.channel, channel);
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
