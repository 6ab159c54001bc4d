import { describe, expect, test } from 'vitest';
import { endpointMatcher, InvalidEndpointError, isIvsHost } from '../../src/mock/endpoints.js';

describe('isIvsHost: the host forms of @aws-sdk/client-ivs endpoint rules, in every partition', () => {
  test.each([
    ['ivs.us-west-2.amazonaws.com', true],
    ['ivs.eu-west-1.amazonaws.com', true],
    ['IVS.US-WEST-2.AMAZONAWS.COM', true],
    ['ivs-fips.us-east-1.amazonaws.com', true],
    ['ivs.us-west-2.api.aws', true],
    ['ivs-fips.us-west-2.api.aws', true],
    ['ivs.cn-north-1.amazonaws.com.cn', true],
    ['ivs.cn-north-1.api.amazonwebservices.com.cn', true],
    ['ivs.us-gov-west-1.amazonaws.com', true],
    ['ivs-fips.us-gov-west-1.amazonaws.com', true],
    ['ivs.eusc-de-east-1.amazonaws.eu', true],
    ['ivs.us-iso-east-1.c2s.ic.gov', true],
    ['ivs.us-isob-east-1.sc2s.sgov.gov', true],
    ['ivs.eu-isoe-west-1.cloud.adc-e.uk', true],
    ['ivs.us-isof-south-1.csp.hci.ic.gov', true],
    ['ivschat.us-west-2.amazonaws.com', false],
    ['ivs.amazonaws.com', false],
    ['api.myapp.test', false],
    ['ivs.us-west-2.amazonaws.com.evil.test', false],
    ['s3.us-west-2.amazonaws.com', false],
    ['localhost', false],
  ])('%s → %s', (host, want) => {
    expect(isIvsHost(host)).toBe(want);
  });
});

describe('endpointMatcher: IVS hosts plus the hosts and base URLs a user names', () => {
  test.each([
    ['nothing named, an IVS host', [], 'https://ivs.us-west-2.amazonaws.com/ListChannels', true],
    ['nothing named, the app API', [], 'https://api.myapp.test/api/v2/ListChannels', false],
    ['nothing named, LocalStack', [], 'http://localhost:4566/ListChannels', false],
    ['a base URL, same origin', ['http://localhost:4566'], 'http://localhost:4566/ListChannels', true],
    ['a base URL, another port', ['http://localhost:4566'], 'http://localhost:4567/ListChannels', false],
    ['a base URL, another scheme', ['http://localhost:4566'], 'https://localhost:4566/ListChannels', false],
    ['a base URL with a path, under it', ['http://proxy.test/ivs/'], 'http://proxy.test/ivs/ListChannels', true],
    ['a base URL with a path, outside it', ['http://proxy.test/ivs'], 'http://proxy.test/ivsx/ListChannels', false],
    ['a host name, any port and scheme', ['ivs.internal.test'], 'http://ivs.internal.test:8080/ListChannels', true],
    ['a host with a port', ['localhost:4566'], 'http://localhost:4566/ListChannels', true],
    ['a host with a port, another port', ['localhost:4566'], 'http://localhost:80/ListChannels', false],
    ['named hosts keep the IVS hosts', ['localhost:4566'], 'https://ivs.eu-west-1.amazonaws.com/GetChannel', true],
  ])('%s', (_name, endpoints, url, want) => {
    expect(endpointMatcher(endpoints)(new URL(url))).toBe(want);
  });

  test("'*' matches every host (the HTTP server)", () => {
    expect(endpointMatcher('*')(new URL('http://anything.test/ListChannels'))).toBe(true);
  });

  test.each([['ftp://files.test'], ['http://bad host'], ['has spaces'], ['http://x.test/?q=1']])(
    '%s is refused with InvalidEndpointError',
    (entry) => {
      expect(() => endpointMatcher([entry])).toThrow(InvalidEndpointError);
    },
  );
});
