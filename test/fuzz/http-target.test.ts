import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHttpTarget, ivsCommands, runIvsCommands, type IvsTarget } from '../../src/fuzz/index.js';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';
import { fakeSigV4 } from './msw-target.js';

let server: RunningMockServer;
let target: IvsTarget;

beforeAll(async () => {
  server = await startMockServer({ host: '127.0.0.1', port: 0, seed: 1 });
  target = createHttpTarget({ endpoint: server.url, sign: fakeSigV4, streamControl: true, timeoutMs: 5000 });
});
afterAll(() => server.close());

describe('the HTTP target over a real socket (the emulator served by node:http)', () => {
  test('stream controls put a channel on and off the air', async () => {
    const created = await target.send('CreateChannel', { name: 'wire' });
    const arn = (created.body as { channel: { arn: string } }).channel.arn;
    expect((await target.streams?.start(arn, { health: 'STARVING', viewerCount: 7 }))?.status).toBe(200);
    const live = await target.send('GetStream', { channelArn: arn });
    expect(live.body).toMatchObject({ stream: { channelArn: arn, health: 'STARVING', viewerCount: 7, state: 'LIVE' } });
    expect((await target.streams?.stop(arn))?.status).toBe(200);
    expect((await target.send('GetStream', { channelArn: arn })).headers['x-amzn-errortype']).toBe(
      'ChannelNotBroadcasting',
    );
  });

  test('random command sequences agree with the model over HTTP', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(ivsCommands(), { maxCommands: 30 }), async (cmds) => {
        server.store.reset();
        await runIvsCommands(target, cmds, { endpoint: server.url });
      }),
      { seed: 7, numRuns: 5 },
    );
  });
});
