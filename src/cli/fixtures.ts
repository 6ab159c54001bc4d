import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkFixtureOptions, generateFixtures, responseFixtures, type FixtureOptions } from '../fuzz/index.js';
import { UsageError, type Command } from './command.js';
import { parseOptions } from './parse-options.js';
import { defaultAccountId, defaultRegion } from '../protocol/conventions.js';

const usage = `Usage: ivs-contract fixtures [options]

Writes a realistic, schema-valid IVS data set (a snapshot the emulator restores), the same for
the same seed. Without --out or --out-dir it is printed on stdout.

Options:
  --seed N          seed of the data set (default 42)
  --channels N      channels, each with its stream key (default 5, at most 5000)
  --live N          how many of the channels are live (default 1)
  --tags N          tags on every resource (default 2, at most 50)
  --recording-configurations N  recording configurations, used by every other channel (default 1, at most 20)
  --policies N      playback restriction policies, used by every third channel (default 1, at most 20)
  --ad-configurations N  ad configurations, used by every fourth channel (default 1, at most 20)
  --past-sessions N stream sessions of past broadcasts per channel (default 1, at most 99)
  --key-pairs N     playback key pairs of real P-384 public keys (default 1, at most 3)
  --account ID      12-digit account id of the ARNs (default ${defaultAccountId})
  --region NAME     region of the ARNs and URLs (default ${defaultRegion})
  --out FILE        write the snapshot to FILE
  --out-dir DIR     write DIR/snapshot.json
  --per-operation   with --out-dir, also write DIR/<Operation>.json: a request and the response
                    each operation would give for this data set, ready for snapshot tests`;

const optionTable = {
  seed: { type: 'string' },
  channels: { type: 'string' },
  live: { type: 'string' },
  tags: { type: 'string' },
  'recording-configurations': { type: 'string' },
  policies: { type: 'string' },
  'ad-configurations': { type: 'string' },
  'past-sessions': { type: 'string' },
  'key-pairs': { type: 'string' },
  account: { type: 'string' },
  region: { type: 'string' },
  out: { type: 'string' },
  'out-dir': { type: 'string' },
  'per-operation': { type: 'boolean' },
} as const;

/** The option each fixture setting comes from, so problems are reported in the words typed. */
const FLAG_OF: Readonly<Record<string, string>> = {
  seed: '--seed',
  channels: '--channels',
  liveStreams: '--live',
  tagsPerResource: '--tags',
  recordingConfigurations: '--recording-configurations',
  playbackRestrictionPolicies: '--policies',
  adConfigurations: '--ad-configurations',
  pastStreamSessions: '--past-sessions',
  playbackKeyPairs: '--key-pairs',
  accountId: '--account',
  region: '--region',
};

function wholeNumber(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text.trim())) throw new UsageError(`${flag} must be a whole number (got '${text}')`);
  return Number(text);
}

/** Reads and checks the options, turning every problem into a one-line usage error. */
function readOptions(args: readonly string[]): {
  fixtures: FixtureOptions;
  out?: string;
  outDir?: string;
  perOperation: boolean;
} {
  const { values, positionals } = parseOptions(args, optionTable);
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (values.out !== undefined && values['out-dir'] !== undefined)
    throw new UsageError('use either --out or --out-dir, not both');
  if (values['per-operation'] === true && values['out-dir'] === undefined)
    throw new UsageError('--per-operation needs --out-dir');
  const numbers = {
    seed: wholeNumber('--seed', values.seed) ?? 42,
    channels: wholeNumber('--channels', values.channels),
    liveStreams: wholeNumber('--live', values.live),
    tagsPerResource: wholeNumber('--tags', values.tags),
    recordingConfigurations: wholeNumber('--recording-configurations', values['recording-configurations']),
    playbackRestrictionPolicies: wholeNumber('--policies', values.policies),
    adConfigurations: wholeNumber('--ad-configurations', values['ad-configurations']),
    pastStreamSessions: wholeNumber('--past-sessions', values['past-sessions']),
    playbackKeyPairs: wholeNumber('--key-pairs', values['key-pairs']),
  };
  const fixtures: FixtureOptions = {
    seed: numbers.seed,
    ...(numbers.channels === undefined ? {} : { channels: numbers.channels }),
    ...(numbers.liveStreams === undefined ? {} : { liveStreams: numbers.liveStreams }),
    ...(numbers.tagsPerResource === undefined ? {} : { tagsPerResource: numbers.tagsPerResource }),
    ...(numbers.recordingConfigurations === undefined
      ? {}
      : { recordingConfigurations: numbers.recordingConfigurations }),
    ...(numbers.playbackRestrictionPolicies === undefined
      ? {}
      : { playbackRestrictionPolicies: numbers.playbackRestrictionPolicies }),
    ...(numbers.adConfigurations === undefined ? {} : { adConfigurations: numbers.adConfigurations }),
    ...(numbers.pastStreamSessions === undefined ? {} : { pastStreamSessions: numbers.pastStreamSessions }),
    ...(numbers.playbackKeyPairs === undefined ? {} : { playbackKeyPairs: numbers.playbackKeyPairs }),
    ...(values.account === undefined ? {} : { accountId: values.account }),
    ...(values.region === undefined ? {} : { region: values.region }),
  };
  const problem = checkFixtureOptions(fixtures);
  if (problem !== undefined) {
    const field = problem.split(' ')[0] ?? '';
    throw new UsageError(`${FLAG_OF[field] ?? field}${problem.slice(field.length)}`);
  }
  return {
    fixtures,
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values['out-dir'] === undefined ? {} : { outDir: values['out-dir'] }),
    perOperation: values['per-operation'] === true,
  };
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
}

/** `ivs-contract fixtures`: writes a seeded data set, or one response file per operation. */
export const fixturesCommand: Command = {
  name: 'fixtures',
  summary: 'write a seeded, schema-valid data set (or per-operation responses)',
  usage,
  async run(args, io) {
    const options = readOptions(args);
    const snapshot = generateFixtures(options.fixtures);
    const partition = snapshot.partitions[0];
    const summary = `${count(partition?.channels.length ?? 0, 'channel')}, ${count(partition?.streams.length ?? 0, 'live stream')}, seed ${options.fixtures.seed}`;
    if (options.out !== undefined) {
      await writeText(options.out, json(snapshot));
      io.out(`wrote ${options.out} (${summary})`);
      return 0;
    }
    if (options.outDir !== undefined) {
      await writeText(join(options.outDir, 'snapshot.json'), json(snapshot));
      const written = ['snapshot.json'];
      if (options.perOperation) {
        for (const [operation, entry] of Object.entries(responseFixtures(snapshot))) {
          await writeText(join(options.outDir, `${operation}.json`), json(entry));
          written.push(`${operation}.json`);
        }
      }
      io.out(`wrote ${written.length} file(s) to ${options.outDir} (${summary})`);
      return 0;
    }
    io.out(json(snapshot));
    return 0;
  },
};
