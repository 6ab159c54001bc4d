import type { OperationName } from '../../generated/types.js';
import type { CheckContext } from './context.js';
import { describeExchange, recordAt, succeeded } from './expect.js';
import { awaitRecordingState } from './recording-state.js';
import { addedResources, defaultInput, mediaTailorArn } from './resource-kinds.js';
import type { Exchange } from './types.js';

/** Calls an operation and keeps its exchange as that operation's sample. */
type SampleCall = (operation: OperationName, input: Record<string, unknown>) => Promise<Exchange>;

/** Marks operations as not sampled, with the reason. */
type SkipRest = (reason: string, operations: readonly OperationName[]) => void;

/**
 * The happy path of today's resources on a channel the caller made and deletes afterwards: each
 * added kind is created, read, listed and updated; the channel takes the recording configuration,
 * restriction policy and ad configuration, goes live for an ad break and a stream session,
 * has viewers revoked, lets go of them; then each is deleted.
 */
export async function sampleAddedResources(
  context: Omit<CheckContext, 'happyPath'>,
  call: SampleCall,
  skipRest: SkipRest,
  channelArn: string,
): Promise<void> {
  const arns = new Map<string, string>();
  for (const spec of addedResources) {
    const created = await call(spec.create, await defaultInput(context, spec.kind, `happy-${spec.kind}`));
    const arn = recordAt(created.json, spec.member)['arn'];
    const rest = [spec.get, spec.list, spec.delete, ...(spec.update ? [spec.update] : [])];
    if (!succeeded(created) || typeof arn !== 'string') {
      skipRest(`${spec.create} failed first (${describeExchange(created)})`, rest);
      continue;
    }
    arns.set(spec.kind, arn);
    if (spec.kind === 'recording-configuration')
      await awaitRecordingState(context.client, arn, {
        initial: recordAt(created.json, spec.member)['state'],
        timeoutMs: context.recordingStateTimeoutMs,
        signal: context.signal,
      });
    await call(spec.get, { arn });
    await call(spec.list, { maxResults: 100 });
    if (spec.update === 'UpdatePlaybackRestrictionPolicy') await call(spec.update, { arn, allowedCountries: ['DE'] });
    if (spec.update === 'UpdateAdConfiguration')
      await call(spec.update, {
        arn,
        mediaTailorPlaybackConfigurations: [
          { playbackConfigurationArn: await mediaTailorArn(context, context.fixtures.name('happy-updated')) },
        ],
      });
  }

  const references = Object.fromEntries(
    addedResources.flatMap((spec) => {
      const arn = arns.get(spec.kind);
      return spec.channelMember && arn ? [[spec.channelMember, arn]] : [];
    }),
  );
  const attached = await context.client.call('UpdateChannel', { arn: channelArn, ...references });
  const live: OperationName[] = ['InsertAdBreak', 'GetStreamSession'];
  if (!succeeded(attached)) skipRest(`UpdateChannel could not attach them (${describeExchange(attached)})`, live);
  else if (!context.streams.available) skipRest(`needs a live stream: ${context.streams.reason}`, live);
  else {
    const started = await context.streams.control.start(channelArn);
    if (started.ok) {
      if (arns.has('ad-configuration')) await call('InsertAdBreak', { channelArn, durationSeconds: 30 });
      else skipRest('CreateAdConfiguration failed first', ['InsertAdBreak']);
      await call('GetStreamSession', { channelArn });
      await context.client.call('StopStream', { channelArn });
    } else skipRest(`the stream control could not start a stream (${started.error})`, live);
  }
  await call('ListStreamSessions', { channelArn });
  await call('StartViewerSessionRevocation', { channelArn, viewerId: 'ivsc-happy-viewer' });
  await call('BatchStartViewerSessionRevocation', {
    viewerSessions: [{ channelArn, viewerId: 'ivsc-happy-viewer-2', viewerSessionVersionsLessThanOrEqualTo: 1 }],
  });

  const released = Object.fromEntries(Object.keys(references).map((member) => [member, '']));
  await context.client.call('UpdateChannel', { arn: channelArn, ...released });
  for (const spec of addedResources) {
    const arn = arns.get(spec.kind);
    if (arn) await call(spec.delete, { arn });
  }
}
