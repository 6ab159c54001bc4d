import { operationNames } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import type { CheckContext, HappyPath } from './context.js';
import { describeExchange, succeeded } from './expect.js';
import { sampleAddedResources } from './happy-path-added.js';
import { skip } from './outcome.js';
import type { Exchange, Outcome } from './types.js';

/**
 * Calls every operation once with an input that must succeed, in an order where each call has
 * what it needs: create a channel, read, update, list and tag it, replace its stream key, go
 * live (when stream controls exist), sample today's resources on it, and delete it.
 */
export async function runHappyPath(context: Omit<CheckContext, 'happyPath'>): Promise<HappyPath> {
  const results = new Map<OperationName, Exchange | { skipped: string }>();
  const { client, fixtures } = context;
  const call = async (operation: OperationName, input: Record<string, unknown>): Promise<Exchange> => {
    const exchange = await client.call(operation, input);
    results.set(operation, exchange);
    return exchange;
  };
  const skipRest = (reason: string, operations: readonly OperationName[]): void => {
    for (const operation of operations) if (!results.has(operation)) results.set(operation, { skipped: reason });
  };
  const all = operationNames.filter((name) => name !== 'CreateChannel');

  const created = await fixtures.createChannel({ name: fixtures.name('happy'), latencyMode: 'NORMAL', type: 'BASIC' });
  if (!created.ok) {
    results.set('CreateChannel', created.outcome.evidence[0] ?? { skipped: created.outcome.message });
    skipRest(`CreateChannel failed first (${created.outcome.message})`, all);
    return results;
  }
  results.set('CreateChannel', created.value.exchange);
  const arn = created.value.arn;
  const keyArn = created.value.streamKey['arn'];

  await call('GetChannel', { arn });
  await call('UpdateChannel', { arn, name: fixtures.name('happy-updated') });
  await call('ListChannels', { filterByName: fixtures.name('happy-updated'), maxResults: 5 });
  await call('BatchGetChannel', { arns: [arn] });
  if (typeof keyArn === 'string') {
    await call('GetStreamKey', { arn: keyArn });
    await call('ListStreamKeys', { channelArn: arn });
    await call('BatchGetStreamKey', { arns: [keyArn] });
  }
  await call('TagResource', { resourceArn: arn, tags: { stage: 'happy-path' } });
  await call('ListTagsForResource', { resourceArn: arn });
  await call('UntagResource', { resourceArn: arn, tagKeys: ['stage'] });
  if (typeof keyArn === 'string') {
    const deleted = await call('DeleteStreamKey', { arn: keyArn });
    if (succeeded(deleted)) await call('CreateStreamKey', { channelArn: arn, tags: fixtures.runTags });
    else skipRest(`DeleteStreamKey failed first (${describeExchange(deleted)})`, ['CreateStreamKey']);
  } else {
    skipRest('CreateChannel returned no streamKey.arn', [
      'GetStreamKey',
      'ListStreamKeys',
      'BatchGetStreamKey',
      'DeleteStreamKey',
      'CreateStreamKey',
    ]);
  }
  await call('ListStreams', {});

  if (context.streams.available) {
    const started = await context.streams.control.start(arn);
    if (started.ok) {
      await call('GetStream', { channelArn: arn });
      await call('PutMetadata', { channelArn: arn, metadata: 'ivs-contract happy path' });
      await call('StopStream', { channelArn: arn });
    } else {
      skipRest(`the stream control could not start a stream (${started.error})`, [
        'GetStream',
        'PutMetadata',
        'StopStream',
      ]);
    }
  } else {
    skipRest(`needs a live stream: ${context.streams.reason}`, ['GetStream', 'PutMetadata', 'StopStream']);
  }
  await sampleAddedResources(context, call, skipRest, arn);
  await call('DeleteChannel', { arn });
  return results;
}

/**
 * Judges every operation's happy-path exchange with `judge`, reporting an operation the sample
 * could not reach as skipped: the loop the response-level checks share.
 */
export async function judgeHappyPath(
  context: Pick<CheckContext, 'happyPath'>,
  judge: (name: OperationName, exchange: Exchange) => Outcome,
): Promise<Outcome[]> {
  const sample = await context.happyPath();
  return operationNames.map((name) => {
    const exchange = sample.get(name);
    if (!exchange || 'skipped' in exchange) return skip(name, exchange ? exchange.skipped : 'not sampled');
    return judge(name, exchange);
  });
}
