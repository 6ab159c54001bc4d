import fc from 'fast-check';
import type { OperationName } from '../../../generated/types.js';
import { inputArbitrary } from '../arbitraries.js';
import { channelTarget } from './channel-commands.js';
import { always, IvsCommand } from './command.js';
import { expectError, expectSuccess, IvsMismatch } from './expect.js';
import { pickArbitrary } from './model.js';
import { sdkCall } from './sdk-call.js';
import { expectAnyClientError, type CommandSettings } from './settings.js';

/** Valid inputs of an operation about one channel, whose channel is chosen when the command runs. */
const channelInputs = (operation: OperationName, settings: CommandSettings) =>
  fc.tuple(
    pickArbitrary('channel', settings.scope),
    inputArbitrary(operation, { scope: settings.scope }) as fc.Arbitrary<Record<string, unknown>>,
  );

/**
 * Commands about what happens on a channel: its stream sessions (one per go-live), ad breaks
 * (refused on a channel without an ad configuration, as every channel the commands make is) and
 * viewer session revocations.
 */
export function sessionCommands(settings: CommandSettings): fc.Arbitrary<IvsCommand>[] {
  const listStreamSessions = pickArbitrary('channel', settings.scope).map(
    (pick) =>
      new IvsCommand('ListStreamSessions', always, (model) => {
        const { channel, arn, shown } = channelTarget(model, pick);
        const input = { channelArn: arn, maxResults: 100 };
        return {
          line: sdkCall('ListStreamSessions', { ...input, channelArn: shown }),
          async perform(target) {
            const response = await target.send('ListStreamSessions', input);
            if (channel === undefined)
              return void expectError('ListStreamSessions', response, 'ResourceNotFoundException');
            const { streamSessions } = expectSuccess('ListStreamSessions', response);
            const expected = model.streams ? (channel.sessions ?? 0) : 0;
            if (streamSessions.length !== expected)
              throw new IvsMismatch(`ListStreamSessions: ${streamSessions.length} sessions, expected ${expected}`);
          },
        };
      }),
  );

  const insertAdBreak = channelInputs('InsertAdBreak', settings).map(
    ([pick, generated]) =>
      new IvsCommand('InsertAdBreak', always, (model) => {
        const { channel, arn, shown } = channelTarget(model, pick);
        const input = { ...generated, channelArn: arn };
        return {
          line: sdkCall('InsertAdBreak', { ...input, channelArn: shown }),
          async perform(target) {
            const response = await target.send('InsertAdBreak', input);
            if (channel === undefined) return void expectError('InsertAdBreak', response, 'ResourceNotFoundException');
            // Without an ad configuration there is nothing to insert; which error says so is the emulator's choice.
            if (settings.silentPoints === 'tolerant') return void expectAnyClientError('InsertAdBreak', response);
            return void expectError('InsertAdBreak', response, 'ConflictException');
          },
        };
      }),
  );

  const revoke = channelInputs('StartViewerSessionRevocation', settings).map(
    ([pick, generated]) =>
      new IvsCommand('StartViewerSessionRevocation', always, (model) => {
        const { channel, arn, shown } = channelTarget(model, pick);
        const input = { ...generated, channelArn: arn };
        return {
          line: sdkCall('StartViewerSessionRevocation', { ...input, channelArn: shown }),
          async perform(target) {
            const response = await target.send('StartViewerSessionRevocation', input);
            if (channel === undefined)
              return void expectError('StartViewerSessionRevocation', response, 'ResourceNotFoundException');
            expectSuccess('StartViewerSessionRevocation', response);
          },
        };
      }),
  );

  return [listStreamSessions, insertAdBreak, revoke];
}
