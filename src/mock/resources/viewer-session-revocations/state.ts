/** A revocation of a viewer's sessions on a channel, as StartViewerSessionRevocation records it. */
export interface ViewerSessionRevocation {
  readonly channelArn: string;
  readonly viewerId: string;
  /** Sessions of this version and older are revoked. */
  readonly viewerSessionVersionsLessThanOrEqualTo: number;
  /** When it was asked for (RFC 3339). */
  readonly revokedAt: string;
}

/** What a partition holds of viewer session revocations. */
export interface ViewerSessionRevocationsState {
  /** The latest revocation of each channel and viewer, by `channelArn viewerId`. */
  readonly viewerSessionRevocations: Map<string, ViewerSessionRevocation>;
}

/** No revocations. */
export function createViewerSessionRevocationsState(): ViewerSessionRevocationsState {
  return { viewerSessionRevocations: new Map() };
}

/** The key of a channel and viewer in `viewerSessionRevocations`. */
export function revocationKey(channelArn: string, viewerId: string): string {
  return `${channelArn} ${viewerId}`;
}
