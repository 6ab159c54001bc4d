/**
 * The DNS suffixes of AWS's partitions (standard and dual-stack), as the endpoint rules of
 * `@aws-sdk/client-ivs` combine them: `ivs[-fips].{region}.{dnsSuffix | dualStackDnsSuffix}`.
 */
const partitionSuffixes = [
  'amazonaws.com',
  'api.aws',
  'amazonaws.com.cn',
  'api.amazonwebservices.com.cn',
  'amazonaws.eu',
  'api.amazonwebservices.eu',
  'c2s.ic.gov',
  'api.aws.ic.gov',
  'sc2s.sgov.gov',
  'api.aws.scloud',
  'cloud.adc-e.uk',
  'api.cloud-aws.adc-e.uk',
  'csp.hci.ic.gov',
  'api.aws.hci.ic.gov',
] as const;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Region names of every partition: us-west-2, cn-north-1, us-gov-west-1, us-iso-east-1, eusc-de-east-1…
const ivsHostPattern = new RegExp(
  `^ivs(-fips)?\\.[a-z]+(-[a-z]+)+-\\d+\\.(${partitionSuffixes.map(escapeRegExp).join('|')})$`,
);

/** Whether a host name is one of AWS's IVS endpoints (standard, FIPS, dual-stack; any partition). */
export function isIvsHost(hostname: string): boolean {
  return ivsHostPattern.test(hostname.toLowerCase());
}

/** An `endpoints` entry that is neither a host name nor an http(s) base URL. */
export class InvalidEndpointError extends Error {
  override readonly name = 'InvalidEndpointError';
}

/** Decides whether a request URL is meant for the emulator. */
export type EndpointMatcher = (url: URL) => boolean;

function entryMatcher(entry: string): EndpointMatcher {
  const bad = (why: string): InvalidEndpointError =>
    new InvalidEndpointError(
      `endpoints: '${entry}' ${why}; give a host name ('ivs.example.test', 'localhost:4566') or a base URL ('http://localhost:4566')`,
    );
  if (!entry.includes('://')) {
    if (!/^[a-z0-9.-]+(:\d+)?$/i.test(entry)) throw bad('is not a host name');
    const wanted = entry.toLowerCase();
    return wanted.includes(':') ? (url) => url.host === wanted : (url) => url.hostname === wanted;
  }
  let base: URL;
  try {
    base = new URL(entry);
  } catch {
    throw bad('is not a URL');
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw bad('is not an http or https URL');
  if (base.search !== '' || base.hash !== '') throw bad('has a query or fragment');
  const basePath = base.pathname.replace(/\/+$/, '');
  return (url) =>
    url.origin === base.origin &&
    (basePath === '' || url.pathname === basePath || url.pathname.startsWith(`${basePath}/`));
}

/**
 * Makes the test of which requests the emulator answers: AWS's IVS hosts plus the hosts or base
 * URLs given, or every request with `'*'` (the HTTP server, where every request is for it).
 * Throws `InvalidEndpointError` for an entry that is neither a host name nor an http(s) URL.
 * @example endpointMatcher(['http://localhost:4566'])(new URL('http://localhost:4566/ListChannels')) // true
 */
export function endpointMatcher(endpoints: readonly string[] | '*' = []): EndpointMatcher {
  if (endpoints === '*') return () => true;
  const named = endpoints.map(entryMatcher);
  return (url) => isIvsHost(url.hostname) || named.some((matches) => matches(url));
}
