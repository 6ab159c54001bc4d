/** The parts of an IVS resource ARN. */
export interface ParsedArn {
  /** The region, e.g. `us-west-2`. */
  readonly region: string;
  /** The 12-digit account id. */
  readonly accountId: string;
  /** The resource type, e.g. `channel` or `stream-key` (each resource's `arnKind`). */
  readonly kind: string;
  /** The resource id after the `/`. */
  readonly id: string;
}

const arnPattern = /^arn:aws:ivs:([a-z0-9-]+):([0-9]+):([a-z][a-z-]*)\/([a-zA-Z0-9-]+)$/;

/** Reads an IVS resource ARN (`arn:aws:ivs:<region>:<account>:<kind>/<id>`); `undefined` for anything else. */
export function parseArn(arn: string): ParsedArn | undefined {
  const match = arnPattern.exec(arn);
  if (match === null) return undefined;
  const [, region = '', accountId = '', kind = '', id = ''] = match;
  return { region, accountId, kind, id };
}

/** Builds the ARN of an IVS resource. */
export function formatArn(region: string, accountId: string, kind: string, id: string): string {
  return `arn:aws:ivs:${region}:${accountId}:${kind}/${id}`;
}
