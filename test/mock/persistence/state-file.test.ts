import { readFileSync, writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openPersistentStore } from '../../../src/mock/persistence/index.js';
import { createChannel, openOrThrow, useTempStateFile } from './helpers.js';

const stateFile = useTempStateFile();

/** Writes a foreign SQLite database at `path`. */
function foreignDatabase(sql: string): void {
  const db = new BetterSqlite3(stateFile.path);
  db.exec(sql);
  db.close();
}

describe('opening a state file', () => {
  test('an empty existing file is taken as a new state file', async () => {
    writeFileSync(stateFile.path, '');
    const opened = await openOrThrow(stateFile.path);
    expect(opened.created).toBe(true);
    opened.close();
  });

  const refused: [string, () => void, RegExp][] = [
    [
      'a JSON file',
      () => writeFileSync(stateFile.path, '{"format":"ivs-contract/snapshot@1","partitions":[]}'),
      /not an ivs-contract state file \(not an SQLite database\)/,
    ],
    [
      'an SQLite database of something else',
      () => foreignDatabase('CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)'),
      /not an ivs-contract state file \(no meta/,
    ],
  ];

  test.each(refused)('%s is refused and left byte for byte as it was', async (_name, make, message) => {
    make();
    const bytes = readFileSync(stateFile.path);
    const opened = await openPersistentStore(stateFile.path);
    expect(opened).toMatchObject({ ok: false, error: { code: 'not-a-state-file' } });
    expect(opened.ok ? '' : opened.error.message).toMatch(message);
    expect(readFileSync(stateFile.path).equals(bytes)).toBe(true);
  });

  test('a state file of another format is refused', async () => {
    (await openOrThrow(stateFile.path)).close();
    const db = new BetterSqlite3(stateFile.path);
    db.prepare("UPDATE meta SET value = 'ivs-contract/state@0' WHERE key = 'format'").run();
    db.close();
    expect(await openPersistentStore(stateFile.path)).toMatchObject({
      ok: false,
      error: { code: 'not-a-state-file', message: expect.stringMatching(/format "ivs-contract\/state@0"/) },
    });
  });

  test('a directory is refused', async () => {
    expect(await openPersistentStore(stateFile.dir)).toMatchObject({
      ok: false,
      error: { code: 'not-a-state-file', message: expect.stringMatching(/not a regular file/) },
    });
  });

  test('a path in a missing directory is an io problem', async () => {
    expect(await openPersistentStore(`${stateFile.dir}/missing/state.db`)).toMatchObject({
      ok: false,
      error: { code: 'io' },
    });
  });

  test('a file held by another store is in use', async () => {
    const first = await openOrThrow(stateFile.path);
    createChannel(first.store);
    expect(await openPersistentStore(stateFile.path)).toMatchObject({
      ok: false,
      error: { code: 'in-use', message: expect.stringMatching(/in use by another process/) },
    });
    first.close();
  });

  test('a row that is not a valid resource makes the state invalid', async () => {
    const first = await openOrThrow(stateFile.path, { seed: 1 });
    createChannel(first.store);
    first.close();
    const db = new BetterSqlite3(stateFile.path);
    db.prepare("UPDATE channels SET body = json_set(body, '$.latencyMode', 'FAST')").run();
    db.close();
    const opened = await openPersistentStore(stateFile.path);
    expect(opened).toMatchObject({
      ok: false,
      error: { code: 'invalid-state', message: expect.stringMatching(/holds an invalid state: .*latencyMode/) },
    });
  });

  test('a missing better-sqlite3 is one line that says how to install it', async () => {
    const missing = Object.assign(new Error("Cannot find package 'better-sqlite3'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const opened = await openPersistentStore(stateFile.path, { importSqlite: () => Promise.reject(missing) });
    expect(opened).toEqual({
      ok: false,
      error: {
        code: 'missing-package',
        message: 'ivs-contract mock --state-file needs the better-sqlite3 package (npm install better-sqlite3@12)',
      },
    });
  });

  test('a better-sqlite3 built for another Node is the same one line, with the reason', async () => {
    class Unloadable {
      constructor() {
        throw Object.assign(
          new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 127.'),
          { code: 'ERR_DLOPEN_FAILED' },
        );
      }
    }
    const opened = await openPersistentStore(stateFile.path, {
      importSqlite: () => Promise.resolve({ default: Unloadable }),
    });
    expect(opened).toMatchObject({
      ok: false,
      error: {
        code: 'missing-package',
        message: expect.stringMatching(
          /^ivs-contract mock --state-file needs the better-sqlite3 package \(npm install better-sqlite3@12\): .*NODE_MODULE_VERSION/,
        ),
      },
    });
  });
});
