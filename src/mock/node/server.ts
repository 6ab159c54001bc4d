import type { RequestHandler } from 'msw';
import { createIvsCore, type IvsEmulatorOptions } from '../core.js';
import { openPersistentStore, StateFileError, type PersistentStore } from '../persistence/index.js';
import { createIvsStore, type IvsStore } from '../store.js';
import { listen } from './listen.js';

/** Options of `startMockServer`; every one is optional. */
export interface MockServerOptions extends Omit<IvsEmulatorOptions, 'controlRoutes'> {
  /** The interface to bind. Default `127.0.0.1` (loopback only). */
  readonly host?: string;
  /** The TCP port; 0 picks a free one. Default 4566. */
  readonly port?: number;
  /** The MSW handlers to serve instead of the IVS emulator's. */
  readonly handlers?: readonly RequestHandler[];
  /** Serve the store controls under `/_ivs-contract/…` with the default handlers. Default true. */
  readonly control?: boolean;
  /** The largest request body accepted, in bytes (413 beyond). Default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** The largest request head accepted, in bytes (431 beyond). Default 16 KiB. */
  readonly maxHeaderBytes?: number;
  /** How long a request's headers, and separately its body, may take to arrive (408 beyond), in ms. Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** How long `close()` lets requests in flight finish before cutting them, in ms. Default 2 s. */
  readonly shutdownGraceMs?: number;
  /** Told about every handler that threw (the client gets a 500 InternalServerException). Default: ignore. */
  readonly onHandlerError?: (error: unknown, request: Request) => void;
  /**
   * Keep the state in this SQLite file (needs better-sqlite3): loaded at start, each change
   * committed before its response is sent. Rejects with `StateFileError` when the file cannot be used.
   */
  readonly stateFile?: string;
}

export { StateFileError } from '../persistence/index.js';

/** A mock server that is accepting connections. */
export interface RunningMockServer {
  /** The base URL to give clients as their endpoint, e.g. `http://127.0.0.1:4566`. */
  readonly url: string;
  /** The bound interface. */
  readonly host: string;
  /** The bound port (the real one when 0 was asked for). */
  readonly port: number;
  /** The emulator state the default handlers serve (the given store, or a new one). */
  readonly store: IvsStore;
  /** Stops accepting, lets requests in flight finish within the grace period, then resolves. */
  close(): Promise<void>;
}

/** Why `startMockServer` could not listen; `code` is the system error code, e.g. `EADDRINUSE`. */
export class MockServerListenError extends Error {
  override readonly name = 'MockServerListenError';
  /** The system error code, e.g. `EADDRINUSE`. */
  readonly code: string;

  /** Makes the error from the system code and a one-line message. */
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

async function openStateStore(
  path: string,
  emulator: Pick<MockServerOptions, 'store' | 'clock' | 'seed'>,
): Promise<PersistentStore> {
  if (emulator.store !== undefined) throw new TypeError('startMockServer takes a store or a stateFile, not both');
  const opened = await openPersistentStore(path, {
    ...optional('clock', emulator.clock),
    ...optional('seed', emulator.seed),
  });
  if (!opened.ok) throw new StateFileError(opened.error);
  return opened.value;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * Serves the IVS emulator (or any MSW handlers) over real HTTP, so boto3, the AWS CLI, a browser
 * app or any other client can use it as an endpoint. Rejects with `MockServerListenError` when
 * the address cannot be bound.
 * @example const server = await startMockServer({ port: 0 }); // then endpoint: server.url
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const {
    host = '127.0.0.1',
    port = 4566,
    handlers,
    control,
    maxBodyBytes,
    maxHeaderBytes,
    requestTimeoutMs,
    shutdownGraceMs,
    onHandlerError,
    stateFile,
    ...emulator
  } = options;
  const persistent = stateFile === undefined ? undefined : await openStateStore(stateFile, emulator);
  const store =
    persistent?.store ??
    emulator.store ??
    createIvsStore({ ...optional('clock', emulator.clock), ...optional('seed', emulator.seed) });
  // The emulator's own routes reach its core directly; only handlers a user passes in go through MSW.
  const served =
    handlers === undefined
      ? { core: createIvsCore({ ...emulator, store, controlRoutes: control !== false }) }
      : { handlers };
  const started = await listen(served, {
    host,
    port,
    maxBodyBytes: maxBodyBytes ?? 1024 * 1024,
    maxHeaderBytes: maxHeaderBytes ?? 16 * 1024,
    requestTimeoutMs: requestTimeoutMs ?? 30_000,
    shutdownGraceMs: shutdownGraceMs ?? 2_000,
    ...optional('onHandlerError', onHandlerError),
  });
  if (!started.ok) {
    persistent?.close();
    throw new MockServerListenError(started.error.code, started.error.message);
  }
  const { url, port: boundPort, close } = started.value;
  const closeAll = async (): Promise<void> => {
    await close();
    persistent?.close();
  };
  return { url, host, port: boundPort, store, close: persistent === undefined ? close : closeAll };
}
