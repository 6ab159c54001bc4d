import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { OperationName } from '../../../generated/types.js';
import { type Caller, invokeOperation } from '../../../src/mock/invoke.js';
import {
  openPersistentStore,
  type PersistentStore,
  type PersistentStoreOptions,
} from '../../../src/mock/persistence/index.js';
import type { IvsStore } from '../../../src/mock/store.js';

/** A fresh temporary directory and a function that removes it. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ivs-contract-state-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh temporary directory for each test of the file that calls it, removed after the test:
 * `dir`, and `path`, the state file to use in it (not yet created).
 */
export function useTempStateFile(): { readonly dir: string; readonly path: string } {
  let temp: ReturnType<typeof tempDir> | undefined;
  beforeEach(() => {
    temp = tempDir();
  });
  afterEach(() => temp?.remove());
  const current = (): { dir: string; remove: () => void } => {
    if (temp === undefined) throw new Error('useTempStateFile: read dir or path inside a test');
    return temp;
  };
  return {
    get dir() {
      return current().dir;
    },
    get path() {
      return `${current().dir}/state.db`;
    },
  };
}

/** Opens a persistent store or fails the test with the problem's message. */
export async function openOrThrow(path: string, options: PersistentStoreOptions = {}): Promise<PersistentStore> {
  const opened = await openPersistentStore(path, options);
  if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.message}`);
  return opened.value;
}

/** Opens the state file at `path` with `options`, runs `act`, closes, reopens, and returns the snapshots before and after. */
export async function snapshotRoundTrip(
  path: string,
  options: PersistentStoreOptions,
  act: (store: IvsStore) => void,
): Promise<{ before: unknown; after: unknown }> {
  const first = await openOrThrow(path, options);
  act(first.store);
  const before = first.store.snapshot();
  first.close();
  const second = await openOrThrow(path);
  const after = second.store.snapshot();
  second.close();
  return { before, after };
}

/** The default caller of the emulator. */
export const caller: Caller = { accountId: '123456789012', region: 'us-west-2' };

/** Runs an operation and returns its output, failing the test on an error value. */
export function call(
  store: IvsStore,
  operation: OperationName,
  input: unknown,
  who: Caller = caller,
): Record<string, unknown> {
  const result = invokeOperation(store, who, operation, input);
  if (!result.ok) throw new Error(`${operation} failed: ${result.error.type}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

/** Creates a channel and returns its ARN and its stream key's ARN. */
export function createChannel(
  store: IvsStore,
  input: Record<string, unknown> = {},
  who: Caller = caller,
): { channelArn: string; keyArn: string } {
  const output = call(store, 'CreateChannel', input, who) as { channel: { arn: string }; streamKey: { arn: string } };
  return { channelArn: output.channel.arn, keyArn: output.streamKey.arn };
}
