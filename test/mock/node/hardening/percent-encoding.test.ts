import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../../../src/mock/server.js';
import { awsStyleProblem, send, signedFor } from './harness.js';

let server: RunningMockServer;
const handlerErrors: unknown[] = [];

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 7, onHandlerError: (error) => handlerErrors.push(error) });
});

afterAll(() => server.close());

const malformedPaths = [
  '/tags/%C0%AE%C0%AE',
  '/tags/%ED%A0%80',
  '/tags/%FF',
  '/tags/%E0%80%AF',
  '/tags/%',
  '/tags/%zz',
  '/%C0/CreateChannel',
  '/%FF/_ivs-contract/reset',
  '/%FF/_ivs-contract/snapshot',
];

describe('paths with malformed or overlong percent-encodings', () => {
  test.each(malformedPaths)('%s is answered with a 4xx in the AWS error format, not a 500', async (path) => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const reply = await send(server.port, {
        method,
        path,
        headers: signedFor('AKID', 'us-west-2'),
        body: method === 'POST' ? '{"tags":{"a":"b"}}' : '',
      });
      expect(awsStyleProblem(reply)).toBeUndefined();
      expect(reply.status).toBeLessThan(500);
    }
    expect(handlerErrors).toEqual([]);
  });
});
