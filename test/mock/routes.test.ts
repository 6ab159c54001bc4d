import { describe, expect, test } from 'vitest';
import type { OperationSpec } from '../../generated/operations.js';
import { routesOf } from '../../src/mock/routes.js';

const spec = (name: string, method: OperationSpec['method'], uri: string): OperationSpec =>
  ({
    name,
    method,
    uri,
    successCode: 200,
    input: null,
    output: null,
    labels: [],
    query: [],
    body: [],
    errors: [],
    paginated: null,
    readonly: false,
    idempotent: false,
  }) as unknown as OperationSpec;

describe('routesOf', () => {
  const routes = routesOf([
    spec('CreateChannel', 'POST', '/CreateChannel'),
    spec('ListTagsForResource', 'GET', '/tags/{resourceArn}'),
    spec('TagResource', 'POST', '/tags/{resourceArn}'),
  ]);

  test('groups operations that share a URI into one route', () => {
    expect(routes.map((r) => [r.uri, r.operations.map((o) => o.method)])).toEqual([
      ['/CreateChannel', ['POST']],
      ['/tags/{resourceArn}', ['GET', 'POST']],
    ]);
  });

  test('turns URIs into MSW paths that match any host', () => {
    expect(routes.map((r) => r.mswPath)).toEqual(['*/CreateChannel', '*/tags/*']);
  });

  test('reads labels still percent-encoded', () => {
    expect(routes[1]?.match('/tags/arn%3Aaws%3Aivs%3Aus-west-2%3A1%3Achannel%2Fabc')).toEqual({
      resourceArn: 'arn%3Aaws%3Aivs%3Aus-west-2%3A1%3Achannel%2Fabc',
    });
  });

  test('reads a label sent with a raw slash whole', () => {
    expect(routes[1]?.match('/tags/arn:aws:ivs:us-west-2:1:channel/abc')).toEqual({
      resourceArn: 'arn:aws:ivs:us-west-2:1:channel/abc',
    });
  });

  test('matches a path under a prefix and refuses other paths', () => {
    expect(routes[0]?.match('/prefix/CreateChannel')).toEqual({});
    expect(routes[0]?.match('/CreateChannelX')).toBeUndefined();
  });
});
