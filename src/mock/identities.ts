import { formatArn } from './arn.js';
import { type RandomSource, randomAlphanumeric, randomLowerAlphanumeric } from './random.js';
import type { Partition } from './records.js';

/** The server-assigned identity of a new channel. */
export interface ChannelIdentity {
  readonly arn: string;
  readonly ingestEndpoint: string;
  readonly playbackUrl: string;
}

/** The server-assigned identity of a new stream key. */
export interface StreamKeyIdentity {
  readonly arn: string;
  readonly value: string;
}

function unusedId(random: RandomSource, taken: (id: string) => boolean): string {
  for (;;) {
    const id = randomAlphanumeric(random, 12);
    if (!taken(id)) return id;
  }
}

/**
 * Mints a channel ARN with a fresh 12-character id, plus ingest and playback addresses shaped
 * like the real service's (`<ingestId>.global-contribute.live-video.net`, an HLS playlist under
 * `<ingestId>.<region>.playback.live-video.net`), as `model/README.md` sets them out.
 */
export function mintChannelIdentity(partition: Partition, random: RandomSource): ChannelIdentity {
  const { region, accountId } = partition;
  const id = unusedId(random, (candidate) =>
    partition.channels.has(formatArn(region, accountId, 'channel', candidate)),
  );
  const host = randomLowerAlphanumeric(random, 12);
  return {
    arn: formatArn(region, accountId, 'channel', id),
    ingestEndpoint: `${host}.global-contribute.live-video.net`,
    playbackUrl: `https://${host}.${region}.playback.live-video.net/api/video/v1/${region}.${accountId}.channel.${id}.m3u8`,
  };
}

/** Mints a stream-key ARN and a secret value shaped like the documented one (`sk_<region>_<12>_<12>`). */
export function mintStreamKeyIdentity(partition: Partition, random: RandomSource): StreamKeyIdentity {
  const { region, accountId } = partition;
  const id = unusedId(random, (candidate) =>
    partition.streamKeys.has(formatArn(region, accountId, 'stream-key', candidate)),
  );
  return {
    arn: formatArn(region, accountId, 'stream-key', id),
    value: `sk_${region}_${randomAlphanumeric(random, 12)}_${randomAlphanumeric(random, 12)}`,
  };
}
