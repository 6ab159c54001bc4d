/** Service quotas the emulator enforces, per account and region; `model/README.md` says where each default comes from. */
export interface IvsLimits {
  /** Channels; CreateChannel beyond it is ServiceQuotaExceededException. Default 5000. */
  readonly channelsPerRegion: number;
  /** Accepted PutMetadata calls per channel within any one second. Default 5. */
  readonly metadataPerSecond: number;
  /** Recording configurations. Default 20. */
  readonly recordingConfigurationsPerRegion: number;
  /** Playback key pairs. Default 3. */
  readonly playbackKeyPairsPerRegion: number;
  /** Playback restriction policies. Default 100. */
  readonly playbackRestrictionPoliciesPerRegion: number;
  /** Ad configurations. Default 100. */
  readonly adConfigurationsPerRegion: number;
}

/** The default quotas. */
export const defaultLimits: IvsLimits = {
  channelsPerRegion: 5000,
  metadataPerSecond: 5,
  recordingConfigurationsPerRegion: 20,
  playbackKeyPairsPerRegion: 3,
  playbackRestrictionPoliciesPerRegion: 100,
  adConfigurationsPerRegion: 100,
};
