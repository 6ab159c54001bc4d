import { type RandomSource, randomAlphanumeric, randomLowerAlphanumeric } from '../../random.js';
import { mintArn } from '../mint-arn.js';
import type { Partition } from '../partition.js';

/** The ARN resource type of channels. */
export const channelArnKind = 'channel';

/** The server-assigned identity of a new channel. */
export interface ChannelIdentity {
  readonly arn: string;
  readonly ingestEndpoint: string;
  readonly playbackUrl: string;
  readonly srt: { readonly endpoint: string; readonly passphrase: string };
}

/**
 * Mints a channel ARN with a fresh 12-character id, plus ingest and playback addresses shaped
 * like the real service's (`<ingestId>.global-contribute.live-video.net`, an HLS playlist under
 * `<ingestId>.<region>.playback.live-video.net`, SRT at `<ingestId>.srt.live-video.net` with a
 * 32-character passphrase), as `model/README.md` sets them out.
 */
export function mintChannelIdentity(partition: Partition, random: RandomSource): ChannelIdentity {
  const { region, accountId } = partition;
  const { arn, id } = mintArn(random, partition, channelArnKind, partition.channels);
  const host = randomLowerAlphanumeric(random, 12);
  return {
    arn,
    ingestEndpoint: `${host}.global-contribute.live-video.net`,
    playbackUrl: `https://${host}.${region}.playback.live-video.net/api/video/v1/${region}.${accountId}.channel.${id}.m3u8`,
    srt: { endpoint: `${host}.srt.live-video.net`, passphrase: randomAlphanumeric(random, 32) },
  };
}
