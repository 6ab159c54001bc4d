import fc from 'fast-check';
import type { ArnScope } from '../overrides.js';
import { shapeArbitrary } from '../arbitraries.js';
import { IvsMismatch, expectError, expectSame, expectSuccess } from './expect.js';
import { channelTarget } from './channel-commands.js';
import { always, IvsCommand } from './command.js';
import { pickArbitrary, type IvsModel } from './model.js';
import { controlCall, Expression, sdkCall } from './sdk-call.js';

const withStreamsAndChannels = (model: IvsModel): boolean => model.streams && model.channels.length > 0;

/** Commands about live streams; the start and end controls run only when the target has stream controls. */
export function streamCommands(scope: ArnScope): fc.Arbitrary<IvsCommand>[] {
  const startStream = fc
    .tuple(fc.nat({ max: 1000 }), fc.constantFrom('HEALTHY', 'STARVING', 'UNKNOWN'), fc.nat({ max: 100_000 }))
    .map(
      ([index, health, viewerCount]) =>
        new IvsCommand('start stream', withStreamsAndChannels, (model) => {
          const channel = model.channels[index % model.channels.length];
          if (channel === undefined)
            throw new IvsMismatch('start stream: no channel to start (the command should not have run)');
          return {
            line: controlCall('streams/start', { channelArn: new Expression(channel.ref), health, viewerCount }),
            async perform(target) {
              if (target.streams === undefined)
                throw new IvsMismatch('start stream: the target has no stream controls');
              const response = await target.streams.start(channel.arn, { health, viewerCount });
              if (response.status !== 200)
                throw new IvsMismatch(
                  `start stream: expected 200, got ${response.status} ${response.text.slice(0, 200)}`,
                );
              if (channel.live === undefined) {
                channel.sessions = (channel.sessions ?? 0) + 1;
                channel.latestSessionRecorded = channel.references?.['recording-configuration'] !== undefined;
              }
              channel.live = { health, viewerCount };
            },
          };
        }),
    );

  const endStream = fc.nat({ max: 1000 }).map(
    (index) =>
      new IvsCommand('end stream', withStreamsAndChannels, (model) => {
        const channel = model.channels[index % model.channels.length];
        if (channel === undefined) throw new IvsMismatch('end stream: no channel (the command should not have run)');
        return {
          line: controlCall('streams/stop', { channelArn: new Expression(channel.ref) }),
          async perform(target) {
            if (target.streams === undefined) throw new IvsMismatch('end stream: the target has no stream controls');
            const response = await target.streams.stop(channel.arn);
            // Ending a stream that is not live is the control's own business; only a live one must end.
            if (channel.live !== undefined && response.status !== 200) {
              throw new IvsMismatch(`end stream: expected 200, got ${response.status} ${response.text.slice(0, 200)}`);
            }
            channel.live = undefined;
          },
        };
      }),
  );

  const getStream = pickArbitrary('channel', scope).map(
    (pick) =>
      new IvsCommand('GetStream', always, (model) => {
        const { channel, arn, shown } = channelTarget(model, pick);
        return {
          line: sdkCall('GetStream', { channelArn: shown }),
          async perform(target) {
            const response = await target.send('GetStream', { channelArn: arn });
            if (channel === undefined) return void expectError('GetStream', response, 'ResourceNotFoundException');
            if (channel.live === undefined) return void expectError('GetStream', response, 'ChannelNotBroadcasting');
            const { stream } = expectSuccess('GetStream', response);
            expectSame(
              'GetStream',
              {
                channelArn: stream?.channelArn,
                state: stream?.state,
                health: stream?.health,
                viewerCount: stream?.viewerCount,
              },
              {
                channelArn: arn,
                state: 'LIVE',
                ...channel.live,
              },
            );
          },
        };
      }),
  );

  const stopStream = pickArbitrary('channel', scope).map(
    (pick) =>
      new IvsCommand('StopStream', always, (model) => {
        const { channel, arn, shown } = channelTarget(model, pick);
        return {
          line: sdkCall('StopStream', { channelArn: shown }),
          async perform(target) {
            const response = await target.send('StopStream', { channelArn: arn });
            if (channel === undefined) return void expectError('StopStream', response, 'ResourceNotFoundException');
            if (channel.live === undefined) return void expectError('StopStream', response, 'ChannelNotBroadcasting');
            expectSuccess('StopStream', response);
            channel.live = undefined;
          },
        };
      }),
  );

  const putMetadata = fc
    .tuple(pickArbitrary('channel', scope), shapeArbitrary('StreamMetadata') as fc.Arbitrary<string>)
    .map(
      ([pick, metadata]) =>
        new IvsCommand('PutMetadata', always, (model) => {
          const { channel, arn, shown } = channelTarget(model, pick);
          return {
            line: sdkCall('PutMetadata', { channelArn: shown, metadata }),
            async perform(target) {
              const response = await target.send('PutMetadata', { channelArn: arn, metadata });
              if (channel === undefined) return void expectError('PutMetadata', response, 'ResourceNotFoundException');
              if (channel.live === undefined)
                return void expectError('PutMetadata', response, 'ChannelNotBroadcasting');
              // Live: accepted, unless this channel's rate of five calls a second is used up.
              if (response.status !== 204) return void expectError('PutMetadata', response, 'ThrottlingException');
              expectSuccess('PutMetadata', response);
            },
          };
        }),
    );

  return [startStream, endStream, getStream, stopStream, putMetadata];
}
