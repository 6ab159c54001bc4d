import { http, HttpResponse, type HttpHandler } from 'msw';
import type { StreamHealth } from '../../generated/types.js';
import { controlPrefix } from '../protocol/conventions.js';
import { errorResponse, newRequestId } from './errors.js';
import type { IvsError, Result } from './result.js';
import type { IvsStore, StartStreamOptions } from './store.js';

export { controlPrefix };

/**
 * Matches a request whose path ends with the control path, on any host. A predicate rather than an
 * MSW path, because MSW percent-decodes what a wildcard matches and throws on a malformed `%`.
 */
function controlPath(path: string): ({ request }: { request: Request }) => boolean {
  const suffix = `${controlPrefix}/${path}`;
  return ({ request }) => {
    const pathname = new URL(request.url).pathname;
    return pathname.endsWith(suffix) || pathname.endsWith(`${suffix}/`);
  };
}

async function readJson(request: Request): Promise<Result<Record<string, unknown>>> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return { ok: true, value: value as Record<string, unknown> };
  } catch {
    // Falls through to the error below.
  }
  return { ok: false, error: { type: 'SerializationException', message: 'The request body must be a JSON object.' } };
}

function reply(result: Result<unknown>, requestId: string): Response {
  if (!result.ok) return errorResponse(result.error, requestId);
  const body = result.value === undefined ? {} : (result.value as Record<string, unknown>);
  return HttpResponse.json(body, { headers: { 'x-amzn-RequestId': requestId } });
}

const invalid = (message: string): { ok: false; error: IvsError } => ({
  ok: false,
  error: { type: 'ValidationException', message },
});

function streamStartOptions(body: Record<string, unknown>): Result<StartStreamOptions> {
  const { health, viewerCount, startTime } = body;
  if (health !== undefined && typeof health !== 'string') return invalid('health must be a string.');
  if (viewerCount !== undefined && typeof viewerCount !== 'number') return invalid('viewerCount must be a number.');
  if (startTime !== undefined && typeof startTime !== 'string' && typeof startTime !== 'number')
    return invalid('startTime must be a date-time string or epoch milliseconds.');
  return {
    ok: true,
    value: {
      // The store checks the value against the StreamHealth enum.
      ...(health === undefined ? {} : { health: health as StreamHealth }),
      ...(viewerCount === undefined ? {} : { viewerCount }),
      ...(startTime === undefined ? {} : { startTime }),
    },
  };
}

function channelArnOf(body: Record<string, unknown>): Result<string> {
  const arn = body['channelArn'];
  return typeof arn === 'string' && arn !== ''
    ? { ok: true, value: arn }
    : invalid('channelArn is required and must be a string.');
}

/**
 * MSW handlers for the store controls under `/_ivs-contract` (any host): reset, snapshot,
 * restore, and starting or stopping a stream. Answers are JSON; errors are AWS-style.
 */
export function controlHandlers(store: IvsStore): HttpHandler[] {
  return [
    http.post(controlPath('reset'), () => {
      store.reset();
      return reply({ ok: true, value: {} }, newRequestId());
    }),
    http.get(controlPath('snapshot'), () => reply({ ok: true, value: store.snapshot() }, newRequestId())),
    http.post(controlPath('restore'), async ({ request }) => {
      const body = await readJson(request);
      if (!body.ok) return reply(body, newRequestId());
      const restored = store.tryRestore(body.value);
      return reply(restored.ok ? { ok: true, value: {} } : restored, newRequestId());
    }),
    http.post(controlPath('streams/start'), async ({ request }) => {
      const body = await readJson(request);
      if (!body.ok) return reply(body, newRequestId());
      const arn = channelArnOf(body.value);
      if (!arn.ok) return reply(arn, newRequestId());
      const options = streamStartOptions(body.value);
      if (!options.ok) return reply(options, newRequestId());
      const started = store.tryStartStream(arn.value, options.value);
      return reply(started.ok ? { ok: true, value: { stream: started.value } } : started, newRequestId());
    }),
    http.post(controlPath('streams/stop'), async ({ request }) => {
      const body = await readJson(request);
      if (!body.ok) return reply(body, newRequestId());
      const arn = channelArnOf(body.value);
      if (!arn.ok) return reply(arn, newRequestId());
      const stopped = store.tryStopStream(arn.value);
      return reply(stopped.ok ? { ok: true, value: {} } : stopped, newRequestId());
    }),
  ];
}
