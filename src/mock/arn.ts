/** The kinds of IVS resources this emulator holds, as they appear in ARNs. */
export type ResourceKind = 'channel' | 'stream-key';

/** The parts of an IVS resource ARN. */
export interface ParsedArn {
  /** The region, e.g. `us-west-2`. */
  readonly region: string;
  /** The 12-digit account id. */
  readonly accountId: string;
  /** `channel` or `stream-key`. */
  readonly kind: ResourceKind;
  /** The resource id after the `/`. */
  readonly id: string;
}

const arnPattern = /^arn:aws:ivs:([a-z0-9-]+):([0-9]+):(channel|stream-key)\/([a-zA-Z0-9-]+)$/;

/** Reads a channel or stream-key ARN; `undefined` for anything else. */
export function parseArn(arn: string): ParsedArn | undefined {
  const match = arnPattern.exec(arn);
  if (match === null) return undefined;
  const [, region = '', accountId = '', kind = '', id = ''] = match;
  return { region, accountId, kind: kind as ResourceKind, id };
}

/** Builds the ARN of a channel or stream key. */
export function formatArn(region: string, accountId: string, kind: ResourceKind, id: string): string {
  return `arn:aws:ivs:${region}:${accountId}:${kind}/${id}`;
}
