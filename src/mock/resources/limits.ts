/** Service quotas the emulator enforces; the defaults are the service's documented ones. */
export interface IvsLimits {
  /** Channels per account and region; CreateChannel beyond it is ServiceQuotaExceededException. Default 5000. */
  readonly channelsPerRegion: number;
  /** Accepted PutMetadata calls per channel within any one second. Default 5. */
  readonly metadataPerSecond: number;
}

/** The documented quotas. */
export const defaultLimits: IvsLimits = { channelsPerRegion: 5000, metadataPerSecond: 5 };
