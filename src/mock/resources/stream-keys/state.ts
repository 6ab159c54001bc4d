/** A stream key as the store keeps it. */
export interface StreamKeyRecord {
  readonly arn: string;
  readonly value: string;
  readonly channelArn: string;
  readonly tags: Map<string, string>;
}

/** What a partition holds of stream keys. */
export interface StreamKeysState {
  /** Stream keys by ARN, in creation order. */
  readonly streamKeys: Map<string, StreamKeyRecord>;
}

/** No stream keys. */
export function createStreamKeysState(): StreamKeysState {
  return { streamKeys: new Map() };
}
