import fc from 'fast-check';
import type { OperationName } from '../../../generated/types.js';
import { inputArbitrary, shapeArbitrary } from '../arbitraries.js';
import { channelTarget } from './channel-commands.js';
import { always, IvsCommand } from './command.js';
import { canonical, expectError, expectSame, expectSuccess, IvsMismatch } from './expect.js';
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
 * (refused on a channel without an ad configuration, or while it is offline) and viewer session
 * revocations, single and in batches.
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
            if (channel.references?.['ad-configuration'] === undefined) {
              // Without an ad configuration there is nothing to insert; which error says so is the emulator's choice.
              if (settings.silentPoints === 'tolerant') return void expectAnyClientError('InsertAdBreak', response);
              return void expectError('InsertAdBreak', response, 'ConflictException');
            }
            if (channel.live === undefined)
              return void expectError('InsertAdBreak', response, 'ChannelNotBroadcasting');
            expectSuccess('InsertAdBreak', response);
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

  const getStreamSession = fc
    .tuple(pickArbitrary('channel', settings.scope), fc.option(shapeArbitrary('StreamId') as fc.Arbitrary<string>))
    .map(
      ([pick, unknownStreamId]) =>
        new IvsCommand('GetStreamSession', always, (model) => {
          const { channel, arn, shown } = channelTarget(model, pick);
          const input = unknownStreamId === null ? { channelArn: arn } : { channelArn: arn, streamId: unknownStreamId };
          return {
            line: sdkCall('GetStreamSession', { ...input, channelArn: shown }),
            async perform(target) {
              const response = await target.send('GetStreamSession', input);
              const sessions = model.streams ? (channel?.sessions ?? 0) : 0;
              // A stream id the commands made up names no session; a channel never live has no latest one.
              if (channel === undefined || unknownStreamId !== null || sessions === 0)
                return void expectError('GetStreamSession', response, 'ResourceNotFoundException');
              const { streamSession } = expectSuccess('GetStreamSession', response);
              if (streamSession === undefined) throw new IvsMismatch('GetStreamSession: the response has no session');
              expectSame(
                'GetStreamSession latest session',
                {
                  channelArn: streamSession.channel?.arn,
                  ended: streamSession.endTime !== undefined,
                  recorded: streamSession.recordingConfiguration !== undefined,
                },
                {
                  channelArn: arn,
                  ended: channel.live === undefined,
                  recorded: channel.latestSessionRecorded === true,
                },
              );
              // The latest session read again by its own stream id is the same session.
              const again = await target.send('GetStreamSession', {
                channelArn: arn,
                streamId: streamSession.streamId,
              });
              expectSame(
                'GetStreamSession by streamId',
                expectSuccess('GetStreamSession', again).streamSession,
                streamSession,
              );
            },
          };
        }),
    );

  const batchRevoke = fc
    .array(
      fc.tuple(
        pickArbitrary('channel', settings.scope),
        inputArbitrary('StartViewerSessionRevocation', { scope: settings.scope }) as unknown as fc.Arbitrary<
          Record<string, unknown>
        >,
      ),
      { minLength: 1, maxLength: 5 },
    )
    .map(
      (pairs) =>
        new IvsCommand('BatchStartViewerSessionRevocation', always, (model) => {
          const targets = pairs.map(([pick, generated]) => ({ ...channelTarget(model, pick), generated }));
          const viewerSessions = targets.map(({ arn, generated }) => ({ ...generated, channelArn: arn }));
          return {
            line: sdkCall('BatchStartViewerSessionRevocation', {
              viewerSessions: targets.map(({ shown, generated }) => ({ ...generated, channelArn: shown })),
            }),
            async perform(target) {
              const response = await target.send('BatchStartViewerSessionRevocation', { viewerSessions });
              const { errors } = expectSuccess('BatchStartViewerSessionRevocation', response);
              // The error code (the error shape's name) and the order (the request's) are the emulator's
              // choices; tolerant mode leaves the code unchecked and compares the entries in any order.
              const tolerant = settings.silentPoints === 'tolerant';
              const entry = (channelArn: unknown, viewerId: unknown, code: unknown) =>
                tolerant ? { channelArn, viewerId } : { channelArn, viewerId, code };
              const inOrder = (entries: object[]) => (tolerant ? entries.map(canonical).sort() : entries);
              // Each pair on a channel that does not exist is an error entry; the others are recorded.
              expectSame(
                'BatchStartViewerSessionRevocation errors',
                inOrder((errors ?? []).map((e) => entry(e.channelArn, e.viewerId, e.code))),
                inOrder(
                  targets
                    .filter((t) => t.channel === undefined)
                    .map((t) => entry(t.arn, t.generated['viewerId'], 'ResourceNotFoundException')),
                ),
              );
            },
          };
        }),
    );

  return [listStreamSessions, getStreamSession, insertAdBreak, revoke, batchRevoke];
}
