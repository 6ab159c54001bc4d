import { generateKeyPairSync } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  CreateChannelCommand,
  CreateRecordingConfigurationCommand,
  GetStreamSessionCommand,
  ImportPlaybackKeyPairCommand,
  type IvsClient,
  ListStreamSessionsCommand,
  StopStreamCommand,
} from '@aws-sdk/client-ivs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.js';
import {
  awsCliPath,
  awsToolEnvironment,
  goLive,
  pythonPath,
  requireExecutable,
  runTool,
  seedChannel,
  setupClient,
  type AwsToolEnvironment,
  type ToolRun,
} from './cli-tools.js';

type Json = Record<string, unknown>;

/** What one scenario sets up through the SDK, and the `aws ivs …` commands it then runs in order. */
interface Plan {
  readonly commands: readonly string[][];
  readonly arns: Readonly<Record<string, string>>;
}

/** A scenario's commands' results, with the ARNs it set up. */
interface Outcome {
  readonly runs: readonly ToolRun[];
  /** The full argument lists that ran (`ivs`, the command, its options). */
  readonly commands: readonly string[][];
  readonly arns: Readonly<Record<string, string>>;
}

const missingChannel = (arn: string): string => arn.replace(/\/[^/]+$/, '/AAAAAAAAAAAA');

/** A fresh ECDSA P-384 public key as an SPKI PEM, as ImportPlaybackKeyPair takes it. */
const p384PublicKeyPem = (): string =>
  generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** Creates a recording configuration through the SDK and returns its ARN. */
async function seedRecordingConfiguration(sdk: IvsClient, name: string): Promise<string> {
  const created = await sdk.send(
    new CreateRecordingConfigurationCommand({ name, destinationConfiguration: { s3: { bucketName: 'cli-bucket' } } }),
  );
  return created.recordingConfiguration?.arn ?? '';
}

// Each scenario works in a region of its own (the emulator partitions state by the SigV4 region),
// so lists and paginators see only what their scenario made.
const plans: Readonly<Record<string, (sdk: IvsClient, url: string) => Promise<Plan>>> = {
  createChannel: async () => ({
    commands: [['create-channel', '--name', 'cli', '--latency-mode', 'NORMAL', '--tags', 'team=video']],
    arns: {},
  }),
  getChannel: async (sdk) => {
    const { channelArn } = await seedChannel(sdk, 'got');
    return { commands: [['get-channel', '--arn', channelArn]], arns: { channelArn } };
  },
  updateChannel: async (sdk) => {
    const { channelArn } = await seedChannel(sdk, 'before');
    return { commands: [['update-channel', '--arn', channelArn, '--type', 'BASIC']], arns: { channelArn } };
  },
  batchGetChannel: async (sdk) => {
    const { channelArn } = await seedChannel(sdk, 'batch');
    return {
      commands: [['batch-get-channel', '--arns', channelArn, missingChannel(channelArn)]],
      arns: { channelArn, missing: missingChannel(channelArn) },
    };
  },
  deleteChannel: async (sdk) => {
    const { channelArn } = await seedChannel(sdk, 'doomed');
    return {
      commands: [
        ['delete-channel', '--arn', channelArn],
        ['get-channel', '--arn', channelArn],
      ],
      arns: { channelArn },
    };
  },
  getStreamKey: async (sdk) => {
    const { streamKeyArn } = await seedChannel(sdk, 'key');
    return { commands: [['get-stream-key', '--arn', streamKeyArn]], arns: { streamKeyArn } };
  },
  batchGetStreamKey: async (sdk) => {
    const { streamKeyArn } = await seedChannel(sdk, 'keys');
    return { commands: [['batch-get-stream-key', '--arns', streamKeyArn]], arns: { streamKeyArn } };
  },
  replaceStreamKey: async (sdk) => {
    const { channelArn, streamKeyArn } = await seedChannel(sdk, 'rekey');
    return {
      commands: [
        ['delete-stream-key', '--arn', streamKeyArn],
        ['create-stream-key', '--channel-arn', channelArn],
      ],
      arns: { channelArn, streamKeyArn },
    };
  },
  tags: async (sdk) => {
    const { channelArn } = await seedChannel(sdk, 'tags');
    return {
      commands: [
        ['tag-resource', '--resource-arn', channelArn, '--tags', 'team=video,stage=prod'],
        ['untag-resource', '--resource-arn', channelArn, '--tag-keys', 'stage'],
        ['list-tags-for-resource', '--resource-arn', channelArn],
      ],
      arns: { channelArn },
    };
  },
  liveStream: async (sdk, url) => {
    const { channelArn } = await seedChannel(sdk, 'live');
    await goLive(url, channelArn);
    return {
      commands: [
        ['get-stream', '--channel-arn', channelArn],
        ['put-metadata', '--channel-arn', channelArn, '--metadata', 'hello'],
        ['stop-stream', '--channel-arn', channelArn],
        ['get-stream', '--channel-arn', channelArn],
      ],
      arns: { channelArn },
    };
  },
  listChannels: async (sdk) => {
    const arns: Record<string, string> = {};
    for (const name of ['p1', 'p2', 'p3']) arns[name] = (await seedChannel(sdk, name)).channelArn;
    return { commands: [['list-channels', '--page-size', '1']], arns };
  },
  listStreams: async (sdk, url) => {
    const arns: Record<string, string> = {};
    for (const name of ['s1', 's2', 's3']) {
      arns[name] = (await seedChannel(sdk, name)).channelArn;
      await goLive(url, arns[name]);
    }
    return { commands: [['list-streams', '--page-size', '1']], arns };
  },
  listStreamKeys: async (sdk) => {
    const { channelArn, streamKeyArn } = await seedChannel(sdk, 'k1');
    return {
      commands: [['list-stream-keys', '--channel-arn', channelArn, '--page-size', '1']],
      arns: { channelArn, streamKeyArn },
    };
  },
  maxItems: async (sdk) => {
    for (const name of ['m1', 'm2', 'm3']) await seedChannel(sdk, name);
    return { commands: [['list-channels', '--page-size', '1', '--max-items', '2']], arns: {} };
  },
  validation: async () => ({ commands: [['create-channel', '--name', 'not valid!']], arns: {} }),
  recordingConfiguration: async (sdk) => {
    const recordingArn = await seedRecordingConfiguration(sdk, 'seeded');
    return {
      commands: [
        [
          'create-recording-configuration',
          '--name',
          'cli-rec',
          '--destination-configuration',
          's3={bucketName=cli-bucket}',
          '--recording-reconnect-window-seconds',
          '10',
          '--tags',
          'team=video',
        ],
        ['get-recording-configuration', '--arn', recordingArn],
        ['delete-recording-configuration', '--arn', recordingArn],
        ['get-recording-configuration', '--arn', recordingArn],
      ],
      arns: { recordingArn },
    };
  },
  recordingReferences: async (sdk) => {
    const recordingArn = await seedRecordingConfiguration(sdk, 'used');
    await sdk.send(new CreateChannelCommand({ name: 'recorder', recordingConfigurationArn: recordingArn }));
    return {
      commands: [
        ['delete-recording-configuration', '--arn', recordingArn],
        ['create-channel', '--recording-configuration-arn', missingChannel(recordingArn)],
        ['create-channel', '--name', 'also-recorded', '--recording-configuration-arn', recordingArn],
      ],
      arns: { recordingArn },
    };
  },
  listRecordingConfigurations: async (sdk) => {
    const arns: Record<string, string> = {};
    for (const name of ['r1', 'r2', 'r3']) arns[name] = await seedRecordingConfiguration(sdk, name);
    return { commands: [['list-recording-configurations', '--page-size', '1']], arns };
  },
  streamSessions: async (sdk, url) => {
    const { channelArn } = await seedChannel(sdk, 'sessions');
    await goLive(url, channelArn);
    await sdk.send(new StopStreamCommand({ channelArn }));
    await goLive(url, channelArn);
    // The latest session comes from GetStreamSession: ListStreamSessions orders sessions started in the same
    // millisecond by id, not by start (an emulator bug reported on issue 14).
    const latest = (await sdk.send(new GetStreamSessionCommand({ channelArn }))).streamSession?.streamId;
    const listed = await sdk.send(new ListStreamSessionsCommand({ channelArn }));
    const ended = (listed.streamSessions ?? []).find((session) => session.streamId !== latest)?.streamId;
    return {
      commands: [
        ['list-stream-sessions', '--channel-arn', channelArn],
        ['get-stream-session', '--channel-arn', channelArn],
        ['get-stream-session', '--channel-arn', channelArn, '--stream-id', ended ?? ''],
        ['get-stream-session', '--channel-arn', channelArn, '--stream-id', 'st-AAAAAAAAAAAAAAAAAAAAAAA'],
      ],
      arns: { channelArn, latest: latest ?? '', ended: ended ?? '' },
    };
  },
  playbackKeyPairs: async (sdk) => {
    const pem = p384PublicKeyPem();
    const seeded = await sdk.send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: p384PublicKeyPem() }));
    const seededArn = seeded.keyPair?.arn ?? '';
    // A PEM begins with dashes, so it goes in the `--option=value` form argparse reads as a value.
    return {
      commands: [
        ['import-playback-key-pair', `--public-key-material=${pem}`, '--name', 'cli-key', '--tags', 'team=video'],
        ['import-playback-key-pair', `--public-key-material=${pem}`],
        ['import-playback-key-pair', '--public-key-material', 'not a key'],
        ['get-playback-key-pair', '--arn', seededArn],
        ['list-playback-key-pairs', '--page-size', '1'],
        ['delete-playback-key-pair', '--arn', seededArn],
        ['get-playback-key-pair', '--arn', seededArn],
      ],
      arns: { seededArn, seededFingerprint: seeded.keyPair?.fingerprint ?? '' },
    };
  },
};

const regions = [
  'us-west-2',
  'us-east-1',
  'us-east-2',
  'eu-west-1',
  'eu-west-2',
  'eu-central-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'sa-east-1',
  'eu-north-1',
  'us-west-1',
  'eu-south-1',
  'ap-east-1',
  'af-south-1',
  'eu-west-3',
  'ap-northeast-3',
  'ap-southeast-3',
];

let server: RunningMockServer;
let tools: AwsToolEnvironment;
const clients: IvsClient[] = [];
const outcomes = new Map<string, Outcome>();

function outcome(name: keyof typeof plans): Outcome {
  const found = outcomes.get(name);
  if (found === undefined) throw new Error(`no outcome for ${name}`);
  return found;
}

function json(run: ToolRun | undefined): Json {
  if (run === undefined) throw new Error('the command did not run');
  if (run.code !== 0) throw new Error(`exited ${run.code}: ${run.stderr.trim()}`);
  return run.stdout.trim() === '' ? {} : (JSON.parse(run.stdout) as Json);
}

const arnsOf = (items: unknown): string[] =>
  (items as { arn?: string; channelArn?: string }[]).map((item) => item.arn ?? item.channelArn ?? '');

beforeAll(async () => {
  requireExecutable(awsCliPath, 'install the Debian package awscli');
  server = await startMockServer({ port: 0, seed: 11 });
  tools = awsToolEnvironment();
  const names = Object.keys(plans);
  const prepared: { name: string; plan: Plan }[] = [];
  for (const [index, name] of names.entries()) {
    const region = regions[index];
    if (region === undefined) throw new Error('add a region to the list: every scenario needs its own');
    const sdk = setupClient(server.url, region);
    clients.push(sdk);
    const plan = await (plans[name] as (sdk: IvsClient, url: string) => Promise<Plan>)(sdk, server.url);
    prepared.push({
      name,
      plan: {
        ...plan,
        commands: plan.commands.map((args) => ['ivs', ...args, '--endpoint-url', server.url, '--region', region]),
      },
    });
  }
  const batch = await runTool(
    pythonPath,
    [fileURLToPath(new URL('./cli-aws-batch.py', import.meta.url))],
    tools.env,
    JSON.stringify(prepared.flatMap((p) => p.plan.commands)),
  );
  if (batch.code !== 0) throw new Error(`the AWS CLI batch failed (${batch.code}): ${batch.stderr.trim()}`);
  const runs = JSON.parse(batch.stdout) as ToolRun[];
  let next = 0;
  for (const { name, plan } of prepared) {
    outcomes.set(name, {
      runs: runs.slice(next, next + plan.commands.length),
      commands: plan.commands,
      arns: plan.arns,
    });
    next += plan.commands.length;
  }
}, 240_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  tools?.dispose();
  await server?.close();
});

describe('the AWS CLI (Debian awscli) as a process, with --endpoint-url', () => {
  test('aws ivs create-channel prints the created channel as JSON and exits 0', async () => {
    const run = await runTool(
      awsCliPath,
      ['ivs', 'create-channel', '--name', 'process', '--endpoint-url', server.url, '--region', 'me-south-1'],
      tools.env,
    );
    expect(json(run).channel).toMatchObject({ name: 'process', latencyMode: 'LOW', type: 'STANDARD' });
  }, 120_000);

  test('aws ivs get-channel on an unknown ARN exits 254 naming ResourceNotFoundException', async () => {
    const arn = 'arn:aws:ivs:me-south-1:123456789012:channel/AAAAAAAAAAAA';
    const run = await runTool(
      awsCliPath,
      ['ivs', 'get-channel', '--arn', arn, '--endpoint-url', server.url, '--region', 'me-south-1'],
      tools.env,
    );
    expect(run.code).toBe(254);
    expect(run.stderr).toContain('An error occurred (ResourceNotFoundException) when calling the GetChannel operation');
  }, 120_000);
});

describe('every IVS operation and paginator through the AWS CLI driver', () => {
  test('the scenarios run every ivs command this AWS CLI knows', async () => {
    // The CLI's own botocore (awscli.botocore) names its commands; xform_name is how it turns operations into them.
    const listing = await runTool(
      pythonPath,
      [
        '-c',
        'from awscli.clidriver import create_clidriver\n' +
          'from awscli.botocore import xform_name\n' +
          "model = create_clidriver().session.get_service_model('ivs')\n" +
          "print('\\n'.join(sorted(xform_name(name, '-') for name in model.operation_names)))",
      ],
      tools.env,
    );
    expect(listing.code, listing.stderr).toBe(0);
    const known = listing.stdout.trim().split('\n');
    const ran = new Set([...outcomes.values()].flatMap((o) => o.commands.map((args) => args[1] ?? '')));
    expect(known.filter((command) => !ran.has(command))).toEqual([]);
  }, 120_000);

  test('create-channel creates a channel with its stream key', () => {
    const out = json(outcome('createChannel').runs[0]);
    expect(out.channel).toMatchObject({
      name: 'cli',
      latencyMode: 'NORMAL',
      type: 'STANDARD',
      tags: { team: 'video' },
    });
    expect((out.streamKey as Json).channelArn).toBe((out.channel as Json).arn);
  });

  test('get-channel returns the channel', () => {
    const { runs, arns } = outcome('getChannel');
    expect(json(runs[0]).channel).toMatchObject({ arn: arns.channelArn, name: 'got' });
  });

  test('update-channel changes only the given members', () => {
    expect(json(outcome('updateChannel').runs[0]).channel).toMatchObject({ name: 'before', type: 'BASIC' });
  });

  test('batch-get-channel returns known channels and reports unknown ARNs in errors', () => {
    const { runs, arns } = outcome('batchGetChannel');
    const out = json(runs[0]);
    expect(arnsOf(out.channels)).toEqual([arns.channelArn]);
    expect(arnsOf(out.errors)).toEqual([arns.missing]);
  });

  test('delete-channel removes the channel (a later get-channel fails with ResourceNotFoundException)', () => {
    const [deleted, got] = outcome('deleteChannel').runs;
    expect(deleted?.code).toBe(0);
    expect(got?.code).toBe(254);
    expect(got?.stderr).toContain('ResourceNotFoundException');
  });

  test('get-stream-key returns the key with its value', () => {
    const { runs, arns } = outcome('getStreamKey');
    expect(json(runs[0]).streamKey).toMatchObject({ arn: arns.streamKeyArn, value: expect.any(String) });
  });

  test('batch-get-stream-key returns the keys', () => {
    const { runs, arns } = outcome('batchGetStreamKey');
    expect(arnsOf(json(runs[0]).streamKeys)).toEqual([arns.streamKeyArn]);
  });

  test('delete-stream-key then create-stream-key gives the channel a new key', () => {
    const { runs, arns } = outcome('replaceStreamKey');
    expect(runs[0]?.code).toBe(0);
    const created = json(runs[1]).streamKey as Json;
    expect(created.channelArn).toBe(arns.channelArn);
    expect(created.arn).not.toBe(arns.streamKeyArn);
  });

  test('tag-resource, untag-resource and list-tags-for-resource manage tags', () => {
    const [tagged, untagged, listed] = outcome('tags').runs;
    expect([tagged?.code, untagged?.code]).toEqual([0, 0]);
    expect(json(listed).tags).toEqual({ team: 'video' });
  });

  test('get-stream, put-metadata and stop-stream work on a live channel', () => {
    const { runs, arns } = outcome('liveStream');
    const [got, metadata, stopped, gone] = runs;
    expect(json(got).stream).toMatchObject({ channelArn: arns.channelArn, state: 'LIVE' });
    expect([metadata?.code, stopped?.code]).toEqual([0, 0]);
    expect(gone?.stderr).toContain('ChannelNotBroadcasting');
  });

  test('the list-channels paginator follows nextToken through every page', () => {
    const { runs, arns } = outcome('listChannels');
    const out = json(runs[0]);
    expect(arnsOf(out.channels).sort()).toEqual(Object.values(arns).sort());
    expect(out.nextToken).toBeUndefined();
  });

  test('the list-streams paginator follows nextToken through every page', () => {
    const { runs, arns } = outcome('listStreams');
    expect(arnsOf(json(runs[0]).streams).sort()).toEqual(Object.values(arns).sort());
  });

  test('the list-stream-keys paginator returns the keys of a channel', () => {
    const { runs, arns } = outcome('listStreamKeys');
    expect(arnsOf(json(runs[0]).streamKeys)).toEqual([arns.streamKeyArn]);
  });

  test('--max-items stops early and hands back a resume token', () => {
    const out = json(outcome('maxItems').runs[0]);
    expect(arnsOf(out.channels)).toHaveLength(2);
    expect(typeof out.NextToken).toBe('string');
  });

  test('a constraint violation is reported as ValidationException with exit code 254', () => {
    const run = outcome('validation').runs[0];
    expect(run?.code).toBe(254);
    expect(run?.stderr).toContain('ValidationException');
  });
});

describe('the recording configurations, stream sessions and playback key pairs the AWS CLI knows', () => {
  test('create-recording-configuration prints the configuration with its members', () => {
    expect(json(outcome('recordingConfiguration').runs[0]).recordingConfiguration).toMatchObject({
      name: 'cli-rec',
      state: 'ACTIVE',
      destinationConfiguration: { s3: { bucketName: 'cli-bucket' } },
      recordingReconnectWindowSeconds: 10,
      tags: { team: 'video' },
    });
  });

  test('get-recording-configuration returns it; after delete-recording-configuration it is ResourceNotFoundException', () => {
    const { runs, arns } = outcome('recordingConfiguration');
    const [, got, deleted, gone] = runs;
    expect(json(got).recordingConfiguration).toMatchObject({ arn: arns.recordingArn, name: 'seeded' });
    expect(deleted?.code).toBe(0);
    expect(gone?.code).toBe(254);
    expect(gone?.stderr).toContain(
      'An error occurred (ResourceNotFoundException) when calling the GetRecordingConfiguration operation',
    );
  });

  test('delete-recording-configuration while a channel uses it exits 254 naming ConflictException', () => {
    const run = outcome('recordingReferences').runs[0];
    expect(run?.code).toBe(254);
    expect(run?.stderr).toContain('(ConflictException) when calling the DeleteRecordingConfiguration operation');
  });

  test('create-channel with an unknown recording configuration exits 254 naming ResourceNotFoundException', () => {
    const run = outcome('recordingReferences').runs[1];
    expect(run?.code).toBe(254);
    expect(run?.stderr).toContain('(ResourceNotFoundException) when calling the CreateChannel operation');
  });

  test('create-channel with --recording-configuration-arn keeps the reference', () => {
    const { runs, arns } = outcome('recordingReferences');
    expect(json(runs[2]).channel).toMatchObject({
      name: 'also-recorded',
      recordingConfigurationArn: arns.recordingArn,
    });
  });

  test('the list-recording-configurations paginator follows nextToken through every page', () => {
    const { runs, arns } = outcome('listRecordingConfigurations');
    const out = json(runs[0]);
    expect(arnsOf(out.recordingConfigurations).sort()).toEqual(Object.values(arns).sort());
    expect(out.nextToken).toBeUndefined();
  });

  test('list-stream-sessions lists both sessions of the channel, only the ended one with an endTime', () => {
    const { runs, arns } = outcome('streamSessions');
    const sessions = json(runs[0]).streamSessions as Json[];
    expect(sessions.map((session) => session.streamId).sort()).toEqual([arns.latest, arns.ended].sort());
    const ended = sessions.filter((session) => session.endTime !== undefined).map((session) => session.streamId);
    expect(ended).toEqual([arns.ended]);
  });

  test('get-stream-session without --stream-id returns the live session', () => {
    const { runs, arns } = outcome('streamSessions');
    const session = json(runs[1]).streamSession as Json;
    expect(session).toMatchObject({ streamId: arns.latest, channel: { arn: arns.channelArn } });
    expect(session.endTime).toBeUndefined();
  });

  test('get-stream-session with --stream-id returns that ended session', () => {
    const { runs, arns } = outcome('streamSessions');
    const session = json(runs[2]).streamSession as Json;
    expect(session).toMatchObject({ streamId: arns.ended, endTime: expect.any(String) });
  });

  test('get-stream-session with an unknown --stream-id exits 254 naming ResourceNotFoundException', () => {
    const run = outcome('streamSessions').runs[3];
    expect(run?.code).toBe(254);
    expect(run?.stderr).toContain('(ResourceNotFoundException) when calling the GetStreamSession operation');
  });

  test('import-playback-key-pair imports a P-384 PEM and prints the key pair with its fingerprint', () => {
    const keyPair = json(outcome('playbackKeyPairs').runs[0]).keyPair as Json;
    expect(keyPair).toMatchObject({ name: 'cli-key', tags: { team: 'video' } });
    expect(keyPair.fingerprint).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){31}$/);
  });

  test('importing the same public key again exits 254 naming ConflictException', () => {
    const run = outcome('playbackKeyPairs').runs[1];
    expect(run?.code).toBe(254);
    expect(run?.stderr).toContain('(ConflictException) when calling the ImportPlaybackKeyPair operation');
  });

  test('importing material that is no public key exits 254 naming ValidationException', () => {
    const run = outcome('playbackKeyPairs').runs[2];
    expect(run?.code).toBe(254);
    expect(run?.stderr).toContain('(ValidationException) when calling the ImportPlaybackKeyPair operation');
  });

  test('get-playback-key-pair returns the key pair with the fingerprint it was imported with', () => {
    const { runs, arns } = outcome('playbackKeyPairs');
    expect(json(runs[3]).keyPair).toMatchObject({ arn: arns.seededArn, fingerprint: arns.seededFingerprint });
  });

  test('the list-playback-key-pairs paginator follows nextToken through both key pairs', () => {
    const { runs, arns } = outcome('playbackKeyPairs');
    const imported = (json(runs[0]).keyPair as Json).arn as string;
    expect(arnsOf(json(runs[4]).keyPairs).sort()).toEqual([arns.seededArn, imported].sort());
  });

  test('delete-playback-key-pair exits 0 and a later get-playback-key-pair is ResourceNotFoundException', () => {
    const [deleted, gone] = outcome('playbackKeyPairs').runs.slice(5);
    expect(deleted?.code).toBe(0);
    expect(gone?.code).toBe(254);
    expect(gone?.stderr).toContain('(ResourceNotFoundException) when calling the GetPlaybackKeyPair operation');
  });
});
