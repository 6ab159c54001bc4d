import fc from 'fast-check';
import type { StreamKey, Tags } from '../../../generated/types.js';
import { shapeArbitrary } from '../arbitraries.js';
import { channelTarget } from './channel-commands.js';
import { always, IvsCommand } from './command.js';
import { expectError, expectSame, expectSuccess, IvsMismatch } from './expect.js';
import {
  nextVariable,
  pickArbitrary,
  resolvePick,
  type IvsModel,
  type ModelStreamKey,
  type ResourcePick,
} from './model.js';
import { Expression, sdkCall } from './sdk-call.js';
import { expectAnyClientError, withRunTags, type CommandSettings } from './settings.js';

/** The target of a stream key pick, as a value for the printed call and the ARN to send. */
export function keyTarget(
  model: IvsModel,
  pick: ResourcePick,
): { key: ModelStreamKey | undefined; arn: string; shown: unknown } {
  const key = resolvePick(model.streamKeys, pick);
  return key === undefined
    ? { key, arn: pick.unknownArn, shown: pick.unknownArn }
    : { key, arn: key.arn, shown: new Expression(key.ref) };
}

/** Checks a full stream key (secret included) from the target against the model; in tolerant mode an absent tag map counts as empty. */
export function expectStreamKey(
  what: string,
  actual: StreamKey | undefined,
  expected: ModelStreamKey,
  settings: CommandSettings,
): void {
  if (actual === undefined) throw new IvsMismatch(`${what}: the response has no stream key`);
  const tags = settings.silentPoints === 'tolerant' ? (actual.tags ?? {}) : actual.tags;
  expectSame(
    what,
    { arn: actual.arn, channelArn: actual.channelArn, value: actual.value, tags },
    {
      arn: expected.arn,
      channelArn: expected.channelArn,
      value: expected.value,
      tags: expected.tags,
    },
  );
}

const optionalTags = fc.option(shapeArbitrary('Tags') as fc.Arbitrary<Tags>, { nil: undefined });

/** Commands that create, read and delete stream keys. */
export function streamKeyCommands(settings: CommandSettings): fc.Arbitrary<IvsCommand>[] {
  const { scope } = settings;
  const createStreamKey = fc.tuple(pickArbitrary('channel', scope), optionalTags).map(
    ([pick, generated]) =>
      new IvsCommand('CreateStreamKey', always, (model) => {
        const tags = withRunTags(generated, settings);
        const { channel, arn, shown } = channelTarget(model, pick);
        const variable = nextVariable(model, 'k');
        const input = tags === undefined ? { channelArn: arn } : { channelArn: arn, tags };
        return {
          line: sdkCall('CreateStreamKey', { ...input, channelArn: shown }, variable),
          async perform(target) {
            const response = await target.send('CreateStreamKey', input);
            if (channel === undefined)
              return void expectError('CreateStreamKey', response, 'ResourceNotFoundException');
            // One stream key per channel; how the second is refused is the emulator's choice, so tolerant mode takes any client error.
            if (model.streamKeys.some((k) => k.channelArn === arn)) {
              if (settings.silentPoints === 'tolerant') return void expectAnyClientError('CreateStreamKey', response);
              return void expectError('CreateStreamKey', response, 'ServiceQuotaExceededException');
            }
            const { streamKey } = expectSuccess('CreateStreamKey', response);
            if (streamKey?.arn === undefined) throw new IvsMismatch('CreateStreamKey: the response has no stream key');
            const expected: ModelStreamKey = {
              ref: `${variable}.streamKey.arn`,
              arn: streamKey.arn,
              channelArn: arn,
              value: streamKey.value ?? '',
              tags: { ...(tags ?? {}) },
            };
            expectStreamKey('CreateStreamKey', streamKey, expected, settings);
            model.streamKeys.push(expected);
          },
        };
      }),
  );

  const getStreamKey = pickArbitrary('stream-key', scope).map(
    (pick) =>
      new IvsCommand('GetStreamKey', always, (model) => {
        const { key, arn, shown } = keyTarget(model, pick);
        return {
          line: sdkCall('GetStreamKey', { arn: shown }),
          async perform(target) {
            const response = await target.send('GetStreamKey', { arn });
            if (key === undefined) return void expectError('GetStreamKey', response, 'ResourceNotFoundException');
            expectStreamKey('GetStreamKey', expectSuccess('GetStreamKey', response).streamKey, key, settings);
          },
        };
      }),
  );

  const deleteStreamKey = pickArbitrary('stream-key', scope).map(
    (pick) =>
      new IvsCommand('DeleteStreamKey', always, (model) => {
        const { key, arn, shown } = keyTarget(model, pick);
        return {
          line: sdkCall('DeleteStreamKey', { arn: shown }),
          async perform(target) {
            const response = await target.send('DeleteStreamKey', { arn });
            if (key === undefined) return void expectError('DeleteStreamKey', response, 'ResourceNotFoundException');
            expectSuccess('DeleteStreamKey', response);
            model.streamKeys = model.streamKeys.filter((k) => k.arn !== arn);
          },
        };
      }),
  );

  return [createStreamKey, getStreamKey, deleteStreamKey];
}
