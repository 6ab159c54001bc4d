import { operations } from '../../generated/operations.js';
import type { OperationInputs, OperationName } from '../../generated/types.js';
import { controlPrefix, encodeRequest } from '../protocol/index.js';

/** What an implementation answered to one request. */
export interface TargetResponse {
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text (empty when there is none). */
  readonly text: string;
  /** The body parsed as JSON; `undefined` when it is empty or not JSON. */
  readonly body: unknown;
}

/** Options of a stream start through the emulator's store controls. */
export interface StreamStartOptions {
  /** The health the new stream reports (`HEALTHY`, `STARVING`, `UNKNOWN`). */
  readonly health?: string;
  /** The viewer count the new stream reports. */
  readonly viewerCount?: number;
}

/** The store controls that put a channel on or off the air; only emulators have them. */
export interface StreamControls {
  /** Makes a channel live, as if a broadcaster had connected. */
  start(channelArn: string, options?: StreamStartOptions): Promise<TargetResponse>;
  /** Ends a channel's live stream, as if the broadcaster had disconnected. */
  stop(channelArn: string): Promise<TargetResponse>;
}

/** The emulator's control of recording configuration states, for tests that move them by hand. */
export interface RecordingConfigurationControls {
  /** Sets a recording configuration's state (`CREATING`, `ACTIVE` or `CREATE_FAILED`). */
  setState(arn: string, state: string): Promise<TargetResponse>;
}

/** An IVS implementation the fuzzers and the conformance suite talk to: in-process, an emulator or AWS. */
export interface IvsTarget {
  /** Sends one operation with the given input (valid or not), serialized as restJson1, and returns the raw answer. */
  send<K extends OperationName>(
    operation: K,
    input: OperationInputs[K] | Readonly<Record<string, unknown>>,
  ): Promise<TargetResponse>;
  /** Stream controls, when the target is an emulator that serves them. */
  readonly streams?: StreamControls;
  /** Recording configuration state controls, when the target is an emulator that serves them. */
  readonly recordingConfigurations?: RecordingConfigurationControls;
}

/** Options of `createHttpTarget`. */
export interface HttpTargetOptions {
  /** The base URL, such as `https://ivs.us-west-2.amazonaws.com` or `http://127.0.0.1:4566`. */
  readonly endpoint: string;
  /** The fetch to use; the global one when left out (which MSW's `setupServer` intercepts). */
  readonly fetch?: typeof fetch;
  /** Signs each request (SigV4 for AWS); requests go unsigned when left out. */
  readonly sign?: (request: Request) => Promise<Request>;
  /** Whether the target serves the emulator's stream controls under `/_ivs-contract/streams/`. */
  readonly streamControl?: boolean;
  /** Whether the target serves the emulator's `/_ivs-contract/recording-configurations/state` control. */
  readonly recordingConfigurationControl?: boolean;
  /** Aborts a request that takes longer than this; no limit when left out. */
  readonly timeoutMs?: number;
}

async function readResponse(response: Response): Promise<TargetResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const text = await response.text();
  let body: unknown;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  return { status: response.status, headers, text, body };
}

/**
 * An `IvsTarget` that speaks restJson1 over HTTP to `endpoint` (using the shared request
 * encoder), optionally signing each request and, for emulators, driving stream controls.
 * @example createHttpTarget({ endpoint: 'https://ivs.us-west-2.amazonaws.com' }) // answered by MSW when setupServer is active
 */
export function createHttpTarget(options: HttpTargetOptions): IvsTarget {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: Request) => fetch(input));

  const exchange = async (request: Request): Promise<TargetResponse> => {
    const signed = options.sign === undefined ? request : await options.sign(request);
    return readResponse(await doFetch(signed));
  };
  const init = (method: string, headers: Record<string, string>, body: string | undefined): RequestInit => ({
    method,
    headers,
    ...(body === undefined ? {} : { body }),
    ...(options.timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(options.timeoutMs) }),
  });

  const send: IvsTarget['send'] = (operation, input) => {
    const encoded = encodeRequest(operations[operation], input as Readonly<Record<string, unknown>>);
    const url = `${endpoint}${encoded.path}${encoded.query === '' ? '' : `?${encoded.query}`}`;
    return exchange(
      new Request(url, init(encoded.method, { accept: 'application/json', ...encoded.headers }, encoded.body)),
    );
  };
  const control = (path: string, payload: Record<string, unknown>): Promise<TargetResponse> =>
    exchange(
      new Request(
        `${endpoint}${controlPrefix}/${path}`,
        init('POST', { 'content-type': 'application/json' }, JSON.stringify(payload)),
      ),
    );

  return {
    send,
    ...(options.streamControl === true
      ? {
          streams: {
            start: (channelArn, startOptions = {}) => control('streams/start', { channelArn, ...startOptions }),
            stop: (channelArn) => control('streams/stop', { channelArn }),
          } satisfies StreamControls,
        }
      : {}),
    ...(options.recordingConfigurationControl === true
      ? {
          recordingConfigurations: {
            setState: (arn, state) => control('recording-configurations/state', { arn, state }),
          } satisfies RecordingConfigurationControls,
        }
      : {}),
  };
}
