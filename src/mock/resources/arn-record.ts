/** A record that has an ARN and tags, as every top-level resource but streams does. */
export interface ArnRecord {
  readonly arn: string;
  readonly tags: Map<string, string>;
}
