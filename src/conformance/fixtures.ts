import type { ConformanceClient } from './client.js';
import { describeExchange, expectSuccess, recordAt } from './expect.js';
import { fail } from './outcome.js';
import { RUN_TAG_KEY } from './resources.js';
import { seededRandom } from '../fuzz/seeded-random.js';
import type { Exchange, Outcome } from './types.js';
import { defaultAccountId } from '../protocol/conventions.js';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A setup step's result: the value, or the failing finding that explains why the check cannot go on. */
export type Setup<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly outcome: Outcome };

/** A channel made for a check, with the stream key CreateChannel made for it. */
export interface CreatedChannel {
  readonly arn: string;
  readonly channel: Record<string, unknown>;
  readonly streamKey: Record<string, unknown>;
  readonly exchange: Exchange;
}

/** Optional settings of a channel made for a check. */
export interface ChannelSettings {
  readonly name?: string;
  readonly latencyMode?: string;
  readonly type?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

/** Helpers that make resources for checks (always tagged with the run id) and ARNs that name nothing. */
export interface Fixtures {
  /** Creates a channel tagged with the run id. */
  createChannel(settings?: ChannelSettings): Promise<Setup<CreatedChannel>>;
  /** A channel name unique to this run: `ivsc-<runId>-<label>`. */
  name(label: string): string;
  /** The account id the endpoint puts in ARNs (learnt from a created channel; `123456789012` until then). */
  account(): Promise<string>;
  /** An ARN of the right shape, in the caller's account and region, that names nothing. */
  unknownArn(kind: 'channel' | 'stream-key'): Promise<string>;
  /** The run tag as a one-entry tag map. */
  readonly runTags: Readonly<Record<string, string>>;
}

const ACCOUNT_IN_ARN = /^arn:aws:[is]vs:[^:]*:(\d+):/;

/** Creates the fixture helpers of one run. */
export function createFixtures(client: ConformanceClient, runId: string, seed: number): Fixtures {
  const runTags = { [RUN_TAG_KEY]: runId };
  const random = seededRandom(seed ^ 0x5eed);
  let knownAccount: string | undefined;
  let accountProbe: Promise<string> | undefined;

  const name = (label: string): string => `ivsc-${runId}-${label}`.replace(/[^a-zA-Z0-9_-]/g, '-').slice(0, 128);

  async function createChannel(settings: ChannelSettings = {}): Promise<Setup<CreatedChannel>> {
    const tags = { ...settings.tags, ...runTags };
    const exchange = await client.call('CreateChannel', { ...settings, tags });
    const violation = expectSuccess(exchange);
    const channel = recordAt(exchange.json, 'channel');
    const streamKey = recordAt(exchange.json, 'streamKey');
    const arn = channel['arn'];
    if (violation || typeof arn !== 'string') {
      return {
        ok: false,
        outcome: fail(
          'CreateChannel',
          `setup: could not create a channel: ${violation ?? `no channel.arn in ${describeExchange(exchange)}`}`,
          [exchange],
        ),
      };
    }
    const account = ACCOUNT_IN_ARN.exec(arn)?.[1];
    if (account) knownAccount = account;
    return { ok: true, value: { arn, channel, streamKey, exchange } };
  }

  async function account(): Promise<string> {
    if (knownAccount) return knownAccount;
    accountProbe ??= (async () => {
      await createChannel({ name: name('account-probe') });
      return knownAccount ?? defaultAccountId;
    })();
    return accountProbe;
  }

  async function unknownArn(kind: 'channel' | 'stream-key'): Promise<string> {
    const id = random.text(ALPHANUMERIC, 12);
    return `arn:aws:ivs:${client.region}:${await account()}:${kind}/${id}`;
  }

  return { createChannel, name, account, unknownArn, runTags };
}
