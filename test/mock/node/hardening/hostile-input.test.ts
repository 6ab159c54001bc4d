import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { outputValidators } from '../../../../generated/validators.js';
import { startMockServer, type RunningMockServer } from '../../../../src/mock/server.js';
import { awsStyleProblem, send, type Reply } from './harness.js';
import { buildRequest, requestPlan } from './hostile-requests.js';
import { StateModel, bodyText, normalizeSnapshot, routeOf } from './state-model.js';

let server: RunningMockServer;
const handlerErrors: unknown[] = [];
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    seed: 42,
    requestTimeoutMs: 5_000,
    onHandlerError: (error) => handlerErrors.push(error),
  });
});

afterAll(() => server.close());

async function snapshotNow(): Promise<unknown> {
  const reply = await send(server.port, { method: 'GET', path: '/_ivs-contract/snapshot' });
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body);
}

function jsonOf(reply: Reply): unknown {
  return reply.body === '' ? undefined : JSON.parse(reply.body);
}

/** Why a reply breaks the invariants of an answer, or undefined. */
function answerProblem(method: string, reply: Reply, mustRefuse: boolean): string | undefined {
  if (reply.status >= 500) return `5xx: ${reply.status} ${reply.body.slice(0, 200)}`;
  if (mustRefuse && (reply.status < 400 || reply.status >= 500)) return `expected a 4xx, got ${reply.status}`;
  if (method === 'HEAD')
    return reply.status >= 400 && typeof reply.headers['x-amzn-errortype'] !== 'string'
      ? 'HEAD error without x-amzn-ErrorType'
      : undefined;
  return awsStyleProblem(reply);
}

describe('hostile requests never break the emulator', () => {
  test('every answer is AWS-style, never a 5xx, and the state is exactly what the accepted requests made it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(requestPlan, { minLength: 1, maxLength: 20 }), async (plans) => {
        handlerErrors.length = 0;
        await send(server.port, { method: 'POST', path: '/_ivs-contract/reset' });
        const model = new StateModel();
        // A few channels to start from, so requests that name a resource often find one.
        for (let i = 0; i < 2; i += 1) {
          const seeded = {
            method: 'POST',
            path: '/CreateChannel',
            body: `{"name":"seed${i}","tags":{"__proto__":"p","k":"v"}}`,
          };
          const reply = await send(server.port, seeded);
          expect(reply.status).toBe(200);
          expect(
            model.apply(routeOf(seeded.method, seeded.path), seeded.body, new URLSearchParams(), jsonOf(reply)),
          ).toBeUndefined();
        }
        for (const plan of plans) {
          const request = buildRequest(plan, model);
          const reply = await send(server.port, request);
          const problem = answerProblem(request.method, reply, request.mustRefuse);
          if (problem !== undefined) throw new Error(`${request.method} ${request.path}: ${problem}`);
          if (reply.status >= 200 && reply.status < 300 && request.method !== 'OPTIONS') {
            const route = routeOf(request.method, request.path);
            if (route.kind === 'operation' && reply.status !== 204) {
              const validate = outputValidators[route.operation.name];
              if (!validate(jsonOf(reply)))
                throw new Error(
                  `${route.operation.name} answered a body its output schema refuses: ${reply.body.slice(0, 300)}`,
                );
            }
            const applied = model.apply(
              route,
              bodyText(request.body),
              new URL(request.path, 'http://x').searchParams,
              jsonOf(reply),
            );
            if (applied !== undefined) throw new Error(`${request.method} ${request.path}: ${applied}`);
          }
          expect(normalizeSnapshot(await snapshotNow())).toEqual(model.normal());
        }
        // The server still answers an ordinary request after the batch.
        const health = await send(server.port, { method: 'POST', path: '/ListChannels', body: '{}' });
        expect(health.status).toBe(200);
        expect(handlerErrors).toEqual([]);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});
