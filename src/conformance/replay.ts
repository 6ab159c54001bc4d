import { defaultAccountId } from '../protocol/conventions.js';
import { isDeepStrictEqual } from 'node:util';
import { operations } from '../../generated/operations.js';
import type { OperationName } from '../../generated/types.js';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { percentEncode } from '../protocol/index.js';
import { createConformanceClient } from './client.js';
import { errorTypeOf } from './expect.js';
import {
  Placeholders,
  RECORDING_FORMAT,
  placeholdersIn,
  type RecordedExchange,
  type RecordingHeader,
} from './recording.js';
import { newRunId } from './runner.js';
import type { Exchange } from './types.js';

/** Where and how to replay a recording. */
export interface ReplayOptions {
  /** The base URL of the implementation to hold to the recording. */
  readonly endpoint: string;
  /** The region to sign for; the recording's when absent. */
  readonly region?: string;
  /** Per-request timeout in milliseconds. */
  readonly timeoutMs: number;
  /** Credentials; dummy ones for a loopback endpoint when absent. */
  readonly credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** The fetch to use (tests). */
  readonly fetch?: typeof fetch;
}

/** One exchange whose answer differs from the recording. */
export interface ReplayDifference {
  /** The exchange's position in the recording. */
  readonly seq: number;
  /** `POST /GetChannel` (with the operation when known). */
  readonly request: string;
  /** Each difference: `status: recorded 200, got 404`, `body /channel/latencyMode: recorded "LOW", got "NORMAL"`. */
  readonly differences: readonly string[];
}

/** What a replay found. */
export interface ReplayReport {
  /** Exchanges replayed. */
  readonly exchanges: number;
  /** The exchanges that differ, in order. */
  readonly differences: readonly ReplayDifference[];
  /** True when not one request got an answer (the endpoint cannot be reached). */
  readonly unreachable: boolean;
}

/** Why a recording could not be read. */
export interface RecordingError {
  readonly message: string;
}

/** Reads a recording from its JSON Lines text. */
export function parseRecording(
  text: string,
): { ok: true; header: RecordingHeader; exchanges: RecordedExchange[] } | { ok: false; error: RecordingError } {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const parsed: unknown[] = [];
  for (const [i, line] of lines.entries()) {
    try {
      parsed.push(JSON.parse(line));
    } catch {
      return { ok: false, error: { message: `line ${i + 1} is not JSON` } };
    }
  }
  const [header, ...exchanges] = parsed as [RecordingHeader | undefined, ...RecordedExchange[]];
  if (header?.format !== RECORDING_FORMAT)
    return { ok: false, error: { message: `the first line does not name the format ${RECORDING_FORMAT}` } };
  return { ok: true, header, exchanges };
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const mintId = (): string =>
  Array.from({ length: 12 }, () => ALPHANUMERIC[Math.floor(Math.random() * ALPHANUMERIC.length)]).join('');

/** Puts the replay's own values where a recorded request has placeholders, minting ARNs the replay has not seen yet. */
function concretize(text: string, placeholders: Placeholders, runId: string, region: string): string {
  return text.replace(/<[^<>\s]+>/g, (placeholder) => {
    if (!placeholdersIn(placeholder).length) return placeholder;
    if (placeholder === '<runId>') return runId;
    if (placeholder === '<timestamp>') return new Date().toISOString();
    const known = placeholders.valueOf(placeholder);
    if (known !== undefined) return known;
    if (placeholder === '<account>') return defaultAccountId;
    const arnKind = /^<arn:([a-z-]+):\d+>$/.exec(placeholder)?.[1];
    const minted = arnKind
      ? `arn:aws:ivs:${region}:${placeholders.valueOf('<account>') ?? defaultAccountId}:${arnKind}/${mintId()}`
      : mintId();
    placeholders.bind(placeholder, minted);
    return minted;
  });
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Learns the replay's values of the placeholders in a recorded answer from the same place in the actual one. */
function learn(recorded: unknown, actual: unknown, placeholders: Placeholders): void {
  if (typeof recorded === 'string' && typeof actual === 'string') {
    const names = placeholdersIn(recorded);
    if (names.length === 0) return;
    const pattern = recorded
      .split(/(<[^<>\s]+>)/)
      .map((part) => (names.includes(part) ? '(.+?)' : escapeRegExp(part)))
      .join('');
    const match = new RegExp(`^${pattern}$`, 's').exec(actual);
    for (const [i, name] of names.entries()) {
      const value = match?.[i + 1];
      if (value !== undefined) placeholders.bind(name, value);
    }
    return;
  }
  if (Array.isArray(recorded) && Array.isArray(actual)) {
    const remaining = [...actual];
    for (const item of recorded) {
      const arn = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['arn'] : undefined;
      const known = typeof arn === 'string' ? placeholders.valueOf(arn) : undefined;
      const at = known ? remaining.findIndex((a) => (a as Record<string, unknown> | null)?.['arn'] === known) : 0;
      if (at >= 0 && remaining.length > 0) learn(item, remaining.splice(at, 1)[0], placeholders);
    }
    return;
  }
  if (typeof recorded === 'object' && recorded !== null && typeof actual === 'object' && actual !== null) {
    for (const [key, value] of Object.entries(recorded))
      learn(value, (actual as Record<string, unknown>)[key], placeholders);
  }
}

/** Masks a placeholder's number: `<arn:channel:7>` → `<arn:channel>`. */
const unnumbered = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.replace(/<([a-z:-]+):\d+>/g, '<$1>')
    : Array.isArray(value)
      ? value.map(unnumbered)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unnumbered(v)]))
        : value;

/**
 * What of an answer a replay compares: page tokens only by presence; and a page of a paginated
 * operation that is not the whole list only by its number of items, since which items share a
 * page follows the implementation's order (and so the ids it minted), which is never a difference.
 */
function comparable(operation: OperationName | null, body: unknown, requestBody: string | null): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const record = { ...(body as Record<string, unknown>) };
  const paging = operation ? operations[operation].paginated : null;
  if (!paging) return record;
  const partial =
    typeof record[paging.outputToken] === 'string' || (requestBody ?? '').includes(`"${paging.inputToken}"`);
  if (typeof record[paging.outputToken] === 'string') record[paging.outputToken] = '<token>';
  const items = record[paging.items];
  if (Array.isArray(items)) record[paging.items] = partial ? `${items.length} items` : unnumbered(items);
  return record;
}

/** A form where list order and key order do not matter: lists sorted by their items' JSON. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, canonical(v)]),
  );
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

/** The places where two canonical JSON values differ, as JSON Pointers with both values. */
function differences(recorded: unknown, actual: unknown, path = ''): string[] {
  if (isDeepStrictEqual(recorded, actual)) return [];
  const bothObjects =
    typeof recorded === 'object' && recorded !== null && typeof actual === 'object' && actual !== null;
  if (bothObjects && Array.isArray(recorded) === Array.isArray(actual)) {
    if (Array.isArray(recorded) && Array.isArray(actual) && recorded.length !== actual.length)
      return [`body ${path || '/'}: recorded ${recorded.length} items, got ${actual.length}`];
    const keys = new Set([...Object.keys(recorded), ...Object.keys(actual)]);
    return [...keys].flatMap((key) =>
      differences(
        (recorded as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        `${path}/${key}`,
      ),
    );
  }
  return [`body ${path || '/'}: recorded ${show(recorded)}, got ${show(actual)}`];
}

function parseBody(exchange: Exchange, text: string): unknown {
  if (!exchange.response || text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Sends a recording's requests, in order, to another implementation (the replay's own ARNs,
 * run id and page tokens in place of the placeholders) and reports every answer that differs
 * from the recorded one in status, error type or normalized body; list order and error message
 * wording are not differences.
 */
export async function replayRecording(
  header: RecordingHeader,
  recorded: readonly RecordedExchange[],
  options: ReplayOptions,
): Promise<ReplayReport> {
  const region = options.region ?? header.region;
  const runId = newRunId();
  const placeholders = new Placeholders(runId);
  let lastText = '';
  const client = createConformanceClient({
    endpoint: options.endpoint,
    region,
    timeoutMs: options.timeoutMs,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    onWire: (_exchange, wire) => {
      lastText = wire.responseText;
    },
  });
  const found: ReplayDifference[] = [];
  let answered = 0;
  for (const entry of recorded) {
    const fill = (text: string): string => concretize(text, placeholders, runId, region);
    const path = `/${entry.request.segments.map((segment) => percentEncode(fill(segment))).join('/')}`;
    lastText = '';
    const exchange = await client.raw(
      {
        method: entry.request.method,
        path,
        query: fill(entry.request.query),
        headers: entry.request.contentType ? { 'content-type': entry.request.contentType } : {},
        ...(entry.request.body !== null ? { body: fill(entry.request.body) } : {}),
      },
      entry.operation,
    );
    const body = parseBody(exchange, lastText);
    if (exchange.response) answered += 1;
    if (entry.response) learn(entry.response.body, body, placeholders);
    const diffs: string[] = [];
    if (!entry.response || !exchange.response) {
      if (entry.response || exchange.response)
        diffs.push(
          `answer: recorded ${entry.response ? `status ${entry.response.status}` : `no answer (${entry.transportError})`}, got ${exchange.response ? `status ${exchange.response.status}` : `no answer (${exchange.transportError})`}`,
        );
    } else {
      if (entry.response.status !== exchange.response.status)
        diffs.push(`status: recorded ${entry.response.status}, got ${exchange.response.status}`);
      const type = errorTypeOf(exchange) ?? null;
      if (entry.response.errorType !== type)
        diffs.push(`error type: recorded ${entry.response.errorType ?? 'none'}, got ${type ?? 'none'}`);
      const compare = (value: unknown): unknown => canonical(comparable(entry.operation, value, entry.request.body));
      diffs.push(...differences(compare(entry.response.body), compare(placeholders.json(body))));
    }
    if (diffs.length > 0)
      found.push({
        seq: entry.seq,
        request: `${entry.operation ?? 'raw'} ${entry.request.method} ${path}`,
        differences: diffs,
      });
  }
  return { exchanges: recorded.length, differences: found, unreachable: recorded.length > 0 && answered === 0 };
}

/** A replay report as text: one line per differing exchange and one per difference under it. */
export function formatReplayReport(report: ReplayReport): string {
  const lines = report.differences.flatMap((d) => [
    `#${d.seq} ${d.request}`,
    ...d.differences.map((text) => `  ${text}`),
  ]);
  lines.push(
    report.differences.length === 0
      ? `replay: all ${report.exchanges} exchanges answered as recorded`
      : `replay: ${report.differences.length} of ${report.exchanges} exchanges answered differently`,
  );
  return lines.join('\n');
}
