/** The SigV4 credential scope of a request: who signed it, for which region and service. */
export interface CredentialScope {
  readonly accessKeyId: string;
  readonly region: string;
  readonly service: string;
}

const credentialPattern = /Credential=([^/,\s]+)\/[0-9]{8}\/([^/,\s]+)\/([^/,\s]+)\/aws4_request/;

/** Reads the credential scope from the `Authorization` header or a presigned `X-Amz-Credential` parameter. */
export function readCredentialScope(
  authorization: string | null,
  searchParams: URLSearchParams,
): CredentialScope | undefined {
  const presigned = searchParams.get('X-Amz-Credential');
  const text = authorization ?? (presigned === null ? null : `Credential=${presigned}`);
  if (text === null) return undefined;
  const match = credentialPattern.exec(text);
  if (match === null) return undefined;
  const [, accessKeyId = '', region = '', service = ''] = match;
  return { accessKeyId, region, service };
}

const regionName = /^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$/;

/**
 * Whether a credential scope's region can name a partition: shaped like an AWS region
 * (`us-west-2`, `us-gov-east-1`) and short enough that the ARNs made from it fit the model's limits.
 */
export function isRegionName(region: string): boolean {
  return region.length <= 32 && regionName.test(region);
}
