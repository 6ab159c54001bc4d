import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CreateChannelCommand, GetChannelCommand, IvsClient, ListStreamsCommand } from '@aws-sdk/client-ivs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../../../src/mock/server.js';
import { startMockCli } from '../../../cli/cli-process.js';
import { awsStyleProblem, send, type RawRequest } from './harness.js';

const built = fileURLToPath(new URL('../../../../dist/src/cli/mock.js', import.meta.url));

/** Every control request a shared server must refuse, with the paths and methods they are reachable by. */
function controlRequests(channelArn: string): RawRequest[] {
  const restore = JSON.stringify({ format: 'ivs-contract/snapshot@1', partitions: [] });
  const stream = JSON.stringify({ channelArn });
  const requests: RawRequest[] = [];
  for (const prefix of ['', '/prefix', '/tags/x']) {
    for (const suffix of ['', '/']) {
      const at = (name: string): string => `${prefix}/_ivs-contract/${name}${suffix}`;
      requests.push(
        { method: 'POST', path: at('reset') },
        { method: 'GET', path: at('snapshot') },
        { method: 'POST', path: at('restore'), body: restore },
        { method: 'POST', path: at('streams/start'), body: stream },
        { method: 'POST', path: at('streams/stop'), body: stream },
      );
    }
  }
  requests.push(
    { method: 'GET', path: '/_ivs-contract/' },
    { method: 'DELETE', path: '/_ivs-contract/reset' },
    { method: 'PUT', path: '/_ivs-contract/restore', body: restore },
  );
  return requests;
}

function client(url: string): IvsClient {
  return new IvsClient({
    endpoint: url,
    region: 'us-west-2',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

/** Sends every control request to a server without controls and checks each is an AWS-style 404 that changed nothing. */
async function expectControlsOff(url: string, port: number): Promise<void> {
  const ivs = client(url);
  try {
    const { channel } = await ivs.send(new CreateChannelCommand({ name: 'shared', tags: { keep: 'me' } }));
    const channelArn = channel?.arn ?? '';
    for (const request of controlRequests(channelArn)) {
      const reply = await send(port, request);
      expect([request.method, request.path, reply.status, reply.headers['x-amzn-errortype']]).toEqual([
        request.method,
        request.path,
        404,
        'UnknownOperationException',
      ]);
      expect(awsStyleProblem(reply)).toBeUndefined();
    }
    const kept = await ivs.send(new GetChannelCommand({ arn: channelArn }));
    expect([kept.channel?.name, kept.channel?.tags]).toEqual(['shared', { keep: 'me' }]);
    expect((await ivs.send(new ListStreamsCommand({}))).streams).toEqual([]);
  } finally {
    ivs.destroy();
  }
}

describe('control: false', () => {
  let server: RunningMockServer;

  beforeAll(async () => {
    server = await startMockServer({ port: 0, seed: 1, control: false });
  });

  afterAll(() => server.close());

  test('every /_ivs-contract/ route is an AWS-style 404 and leaves the state alone', async () => {
    await expectControlsOff(server.url, server.port);
  });
});

describe('ivs-contract mock --no-control (a child process)', () => {
  let cli: Awaited<ReturnType<typeof startMockCli>> | undefined;

  beforeAll(async () => {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first`);
    cli = await startMockCli(['--no-control', '--seed', '3']);
  });

  afterAll(async () => {
    cli?.child.kill('SIGTERM');
    await cli?.exited;
  });

  test('every /_ivs-contract/ route is an AWS-style 404 and leaves the state alone', async () => {
    const url = cli?.url ?? '';
    await expectControlsOff(url, Number(new URL(url).port));
  });
});
