import { createServer, type Server } from 'node:net';
import { describe, expect, test } from 'vitest';
import { MockServerListenError, StateFileError, startMockServer } from '../../../src/mock/server.js';
import { createIvsStore } from '../../../src/mock/store.js';
import { openOrThrow, useTempStateFile } from './helpers.js';

const stateFile = useTempStateFile();

const post = (url: string, body: unknown): Promise<Response> =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('startMockServer({ stateFile })', () => {
  test('serves a persistent store: what one server wrote, the next one serves', async () => {
    const first = await startMockServer({ port: 0, stateFile: stateFile.path, seed: 8 });
    const created = (await (await post(`${first.url}/CreateChannel`, { name: 'kept' })).json()) as {
      channel: { arn: string };
    };
    await first.close();
    const second = await startMockServer({ port: 0, stateFile: stateFile.path });
    try {
      expect((await post(`${second.url}/GetChannel`, { arn: created.channel.arn })).status).toBe(200);
      expect(second.store.snapshot().partitions[0]?.channels.map((c) => c.name)).toEqual(['kept']);
    } finally {
      await second.close();
    }
  });

  test('a file that cannot be used rejects with StateFileError', async () => {
    await expect(startMockServer({ port: 0, stateFile: stateFile.dir })).rejects.toBeInstanceOf(StateFileError);
  });

  test('a store and a stateFile together are refused', async () => {
    await expect(startMockServer({ port: 0, stateFile: stateFile.path, store: createIvsStore() })).rejects.toThrow(
      'a store or a stateFile, not both',
    );
  });

  test('when the port is taken the state file is let go again', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startMockServer({ port, stateFile: stateFile.path })).rejects.toBeInstanceOf(MockServerListenError);
      (await openOrThrow(stateFile.path)).close();
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
