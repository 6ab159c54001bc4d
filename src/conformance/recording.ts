import type { OperationName } from '../../generated/types.js';
import { errorTypeOf } from './expect.js';
import type { WireText } from './client.js';
import type { Exchange } from './types.js';

/** The tag of the first line of a recording, so readers can refuse a format they do not know. */
export const RECORDING_FORMAT = 'ivs-contract/recording@1';

/** The first line of a recording. */
export interface RecordingHeader {
  readonly format: typeof RECORDING_FORMAT;
  /** The region the requests were signed for; ARNs the suite made up are in it. */
  readonly region: string;
  /** How many exchanges follow. */
  readonly exchanges: number;
}

/** One exchange of a recording, every run-specific value replaced by a placeholder such as `<arn:channel:3>`. */
export interface RecordedExchange {
  /** 1-based position in the run. */
  readonly seq: number;
  /** The operation called, or `null` for a raw request (stream controls, robustness probes). */
  readonly operation: OperationName | null;
  readonly request: {
    readonly method: string;
    /** The path with every segment percent-decoded and normalized (segments are encoded again on replay). */
    readonly segments: readonly string[];
    /** The query string, normalized. */
    readonly query: string;
    readonly contentType: string | null;
    /** The body text, normalized. */
    readonly body: string | null;
  };
  /** What came back, normalized; `null` when nothing came back. */
  readonly response: {
    readonly status: number;
    readonly errorType: string | null;
    /** The JSON body (normalized), or the text when it is not JSON, or `null` when empty. */
    readonly body: unknown;
  } | null;
  /** The transport failure when there was no response. */
  readonly transportError: string | null;
}

/**
 * Members whose string values the server mints, replaced by a placeholder of their own kind;
 * an error message is the implementation's own words, so only its presence is kept.
 */
const MINTED_MEMBERS: Readonly<Record<string, string>> = {
  value: 'secret',
  ingestEndpoint: 'ingest',
  playbackUrl: 'playback',
  streamId: 'stream',
  endpoint: 'srt',
  passphrase: 'secret',
};
const OPAQUE_MEMBERS = new Set(['exceptionMessage', 'message']);
/** Members whose values the server mints and the client sends back later (page tokens). */
const ECHOED_MEMBERS: Readonly<Record<string, string>> = { nextToken: 'token' };

const ARN = /arn:aws:ivs:([a-z0-9-]+):(\d{12}):([a-z-]+)\/([A-Za-z0-9-]+)/g;
const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g;
const PLACEHOLDER =
  /<(?:arn:[a-z-]+|secret|ingest|srt|playback|stream|token):\d+>|<account>|<runId>|<timestamp>|<message>/g;

/**
 * The two-way map between run-specific values and placeholders: ARNs the server minted
 * (`<arn:channel:1>`), minted member values (`<secret:1>`), the account (`<account>`), the run id
 * (`<runId>`) and timestamps (`<timestamp>`). ARNs first seen in a request (made up by the suite)
 * keep their id, so their length and characters, and only the account is replaced.
 */
export class Placeholders {
  private readonly concrete = new Map<string, string>();
  private readonly placeholders = new Map<string, string>();
  private readonly counters = new Map<string, number>();
  private account: string | undefined;
  /** Minted values a client sends back (page tokens), replaced wherever they appear in a request. */
  private readonly echoed: string[] = [];

  constructor(private readonly runId: string | undefined) {}

  /** The placeholder of a concrete value, minting the next one of its kind when `mint` and it has none. */
  placeholderOf(kind: string, value: string, mint: boolean): string | undefined {
    const known = this.placeholders.get(value);
    if (known || !mint) return known;
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    const placeholder = `<${kind}:${n}>`;
    this.bind(placeholder, value);
    return placeholder;
  }

  /** Ties a placeholder to a concrete value, unless either is tied already. */
  bind(placeholder: string, value: string): void {
    // Several placeholders may stand for one value (the same page token issued twice); a value normalizes to its first.
    if (this.concrete.has(placeholder)) return;
    this.concrete.set(placeholder, value);
    if (!this.placeholders.has(value)) this.placeholders.set(value, placeholder);
    const [, kind = '', n = '0'] = /^<(.+):(\d+)>$/.exec(placeholder) ?? [];
    if (kind) this.counters.set(kind, Math.max(this.counters.get(kind) ?? 0, Number(n)));
    if (kind === 'token') this.echoed.push(value);
    if (placeholder.startsWith('<arn:')) this.account ??= /^arn:aws:ivs:[^:]*:(\d{12}):/.exec(value)?.[1];
  }

  /** The concrete value of a placeholder, if tied. */
  valueOf(placeholder: string): string | undefined {
    if (placeholder === '<account>') return this.account;
    return this.concrete.get(placeholder);
  }

  /** Tells the account in use before any ARN was minted (replay). */
  assumeAccount(account: string): void {
    this.account ??= account;
  }

  /** Normalizes free text: known and (from responses) new ARNs, the account, the run id, timestamps. */
  text(value: string, fromServer: boolean): string {
    let out = value.replace(ARN, (arn, _region: string, account: string, kind: string) => {
      const placeholder = this.placeholderOf(`arn:${kind}`, arn, fromServer);
      if (placeholder) return placeholder;
      if (this.account === undefined && fromServer) this.account = account;
      return account === this.account ? arn.replace(`:${account}:`, ':<account>:') : arn;
    });
    if (this.runId) out = out.split(this.runId).join('<runId>');
    for (const value of this.echoed)
      if (out.includes(value)) out = out.split(value).join(this.placeholders.get(value) ?? value);
    return out.replace(TIMESTAMP, '<timestamp>');
  }

  /** Normalizes a response body: minted members by kind, opaque members by presence, other strings as text. */
  json(value: unknown, member = ''): unknown {
    if (typeof value === 'string') {
      if (OPAQUE_MEMBERS.has(member)) return '<message>';
      const kind = MINTED_MEMBERS[member] ?? ECHOED_MEMBERS[member];
      return kind ? this.placeholderOf(kind, value, true) : this.text(value, true);
    }
    if (Array.isArray(value)) return value.map((item) => this.json(item));
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [this.text(k, true), this.json(v, k)]),
    );
  }
}

/** The placeholders in a text, in order. */
export const placeholdersIn = (text: string): string[] => text.match(PLACEHOLDER) ?? [];

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** Turns one exchange into its normalized record. */
export function recordExchange(
  placeholders: Placeholders,
  seq: number,
  exchange: Exchange,
  wire: WireText,
): RecordedExchange {
  const segments = exchange.request.path
    .split('/')
    .slice(1)
    .map((s) => placeholders.text(decodeSegment(s), false));
  const request = {
    method: exchange.request.method,
    segments,
    query: placeholders.text(exchange.request.query, false),
    contentType: exchange.request.contentType,
    body: wire.requestBody === null ? null : placeholders.text(wire.requestBody, false),
  };
  const response = exchange.response
    ? {
        status: exchange.response.status,
        errorType: errorTypeOf(exchange) ?? null,
        body: placeholders.json(parseJson(wire.responseText)),
      }
    : null;
  return { seq, operation: exchange.operation, request, response, transportError: exchange.transportError };
}

/** Collects the exchanges of a run as a recording. */
export interface Recorder {
  /** Records one exchange (pass it as the runner's `onWire`). */
  note(exchange: Exchange, wire: WireText): void;
  /** The recording as JSON Lines: the header, then one exchange per line. */
  lines(): string[];
}

/** Creates a recorder for a run with this run id and region. */
export function createRecorder(runId: string, region: string): Recorder {
  const placeholders = new Placeholders(runId);
  const recorded: RecordedExchange[] = [];
  return {
    note(exchange, wire) {
      recorded.push(recordExchange(placeholders, recorded.length + 1, exchange, wire));
    },
    lines() {
      const header: RecordingHeader = { format: RECORDING_FORMAT, region, exchanges: recorded.length };
      return [JSON.stringify(header), ...recorded.map((r) => JSON.stringify(r))];
    },
  };
}
