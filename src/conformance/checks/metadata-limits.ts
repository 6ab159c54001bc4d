import { shapeSchemas } from '../../../generated/schemas.js';
import { errorTypeOf, succeeded } from '../expect.js';
import { skip } from '../outcome.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

const BURST = 12;

/** The metadata limit in UTF-8 bytes, from the model's `maxBytes` on StreamMetadata. */
const MAX_BYTES = Number((shapeSchemas['StreamMetadata'] as Record<string, unknown> | undefined)?.['maxBytes'] ?? 1024);

/** A string of exactly `bytes` UTF-8 bytes, mostly two-byte characters so bytes and characters differ. */
const textOfBytes = (bytes: number): string => `${'é'.repeat(Math.floor(bytes / 2))}${bytes % 2 === 1 ? 'a' : ''}`;

/** PutMetadata refuses payloads over 1 KB and bursts over 5 calls per second per channel. */
export const metadataLimits: Check = {
  id: 'metadataLimits',
  title: 'PutMetadata size and rate limits',
  family: 'streams',
  operations: ['PutMetadata'],
  rule: 'On a live channel, PutMetadata with 1024 bytes of UTF-8 succeeds and with 1025 bytes is refused with 400 ValidationException; a burst of 12 concurrent calls gets at least one 429 ThrottlingException (5 calls per second per channel).',
  async run(context) {
    if (!context.streams.available) return [skip('PutMetadata', `needs a live stream: ${context.streams.reason}`)];
    const control = context.streams.control;
    const s = createScenario(context.client);
    const sizeChannel = s.setup(await context.fixtures.createChannel());
    const rateChannel = s.setup(await context.fixtures.createChannel());
    if (!sizeChannel || !rateChannel) return s.outcomes;
    for (const arn of [sizeChannel.arn, rateChannel.arn]) {
      const started = await control.start(arn);
      if (!started.ok) return [skip('PutMetadata', `the stream control could not start a stream: ${started.error}`)];
    }
    try {
      const ok = await s.succeed(
        'PutMetadata',
        { channelArn: sizeChannel.arn, metadata: textOfBytes(MAX_BYTES) },
        `metadata of exactly ${MAX_BYTES} UTF-8 bytes`,
      );
      if (ok) s.assert(true, 'PutMetadata', `metadata of exactly ${MAX_BYTES} UTF-8 bytes is accepted`, [ok]);
      await s.error(
        'PutMetadata',
        { channelArn: sizeChannel.arn, metadata: textOfBytes(MAX_BYTES + 1) },
        'ValidationException',
        `metadata of ${MAX_BYTES + 1} UTF-8 bytes`,
      );

      const burst = await Promise.all(
        Array.from({ length: BURST }, (_, i) =>
          context.client.call('PutMetadata', { channelArn: rateChannel.arn, metadata: `burst ${i}` }),
        ),
      );
      const throttled = burst.filter((x) => errorTypeOf(x) === 'ThrottlingException');
      const odd = burst.filter((x) => !succeeded(x) && errorTypeOf(x) !== 'ThrottlingException');
      s.assert(
        odd.length === 0,
        'PutMetadata',
        'every call of the burst succeeds or is throttled',
        odd.slice(0, 2),
        `a burst call answered ${odd[0]?.response?.status ?? odd[0]?.transportError}`,
      );
      const sample = throttled[0];
      s.assert(
        sample !== undefined && sample.response?.status === 429,
        'PutMetadata',
        `${throttled.length} of ${BURST} concurrent calls were throttled with 429 ThrottlingException`,
        sample ? [sample] : burst.slice(-1),
        `none of ${BURST} concurrent PutMetadata calls on one channel was throttled (limit: 5 per second)`,
      );
    } finally {
      for (const arn of [sizeChannel.arn, rateChannel.arn]) await control.stop(arn);
    }
    return s.outcomes;
  },
};
