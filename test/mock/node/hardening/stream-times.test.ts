import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { outputValidators } from '../../../../generated/validators.js';
import { startMockServer, type RunningMockServer } from '../../../../src/mock/server.js';
import { send } from './harness.js';

let server: RunningMockServer;
let channelArn = '';
const handlerErrors: unknown[] = [];

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 8, onHandlerError: (error) => handlerErrors.push(error) });
  channelArn = (
    JSON.parse((await send(server.port, { method: 'POST', path: '/CreateChannel', body: '{}' })).body) as {
      channel: { arn: string };
    }
  ).channel.arn;
});

afterAll(() => server.close());

const start = (startTime: unknown) =>
  send(server.port, {
    method: 'POST',
    path: '/_ivs-contract/streams/start',
    body: JSON.stringify({ channelArn, startTime }),
  });
const stop = () =>
  send(server.port, { method: 'POST', path: '/_ivs-contract/streams/stop', body: JSON.stringify({ channelArn }) });

describe('stream start times from the control route', () => {
  test.each([
    1e20,
    -1e20,
    8.64e15,
    253402300800000,
    -62167219200001,
    '+275760-09-13T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '+010000-01-01T00:00:00Z',
  ])('%s, which no RFC 3339 timestamp can write, is a 400 and leaves every read working', async (startTime) => {
    const reply = await start(startTime);
    expect([reply.status, reply.headers['x-amzn-errortype']]).toEqual([400, 'ValidationException']);
    expect((await send(server.port, { method: 'GET', path: '/_ivs-contract/snapshot' })).status).toBe(200);
    expect((await send(server.port, { method: 'POST', path: '/ListStreams', body: '{}' })).status).toBe(200);
    expect(server.store.tryStartStream(channelArn, { startTime }).ok).toBe(false);
    expect(handlerErrors).toEqual([]);
  });

  test.each(['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 0, -1000])(
    '%s is accepted and shown as a valid timestamp',
    async (startTime) => {
      expect((await start(startTime)).status).toBe(200);
      const got = await send(server.port, { method: 'POST', path: '/GetStream', body: JSON.stringify({ channelArn }) });
      expect(got.status).toBe(200);
      expect(outputValidators.GetStream(JSON.parse(got.body))).toBe(true);
      expect((await stop()).status).toBe(200);
    },
  );
});
