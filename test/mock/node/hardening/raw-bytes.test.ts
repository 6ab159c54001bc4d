import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../../../src/mock/server.js';
import { awsStyleProblem, parseResponses, send, sendRaw } from './harness.js';

let server: RunningMockServer;
const handlerErrors: unknown[] = [];
let stateBefore = '';

beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    seed: 13,
    requestTimeoutMs: 1_000,
    maxHeaderBytes: 4096,
    onHandlerError: (error) => handlerErrors.push(error),
  });
  await send(server.port, { method: 'POST', path: '/CreateChannel', body: '{"name":"fixed","tags":{"a":"b"}}' });
  stateBefore = JSON.stringify(server.store.snapshot());
});

afterAll(() => server.close());

/** Read-only requests: whatever their bytes become, the state must not change. */
const templates = [
  'POST /ListChannels HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{"maxResults":5}',
  'GET /tags/arn%3Aaws%3Aivs%3Aus-west-2%3A123456789012%3Achannel%2FabcdABCDefgh HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST /GetChannel HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n9\r\n{"arn":""\r\n1\r\n}\r\n0\r\n\r\n',
  'POST /ListStreams HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}',
];

/** One edit of the bytes: replace, insert or delete at a position (taken modulo the length). */
type Edit =
  | { readonly kind: 'replace'; readonly at: number; readonly byte: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    byte: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x0d, 0x0a, 0x00, 0x3a, 0x20, 0x25)),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 8 }),
      fc.constantFrom(Uint8Array.from([13, 10]), Uint8Array.from([13, 10, 13, 10]), Uint8Array.from([0x25, 0xff])),
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
);

function applyEdits(text: string, edits: readonly Edit[]): Buffer {
  let bytes = Buffer.from(text, 'latin1');
  for (const e of edits) {
    const at = e.at % Math.max(1, bytes.length);
    if (e.kind === 'replace')
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([e.byte]), bytes.subarray(at + 1)]);
    else if (e.kind === 'insert')
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.bytes), bytes.subarray(at)]);
    else bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.length)]);
  }
  return bytes;
}

describe('mangled bytes on a raw socket', () => {
  test('whatever the bytes, every answer is AWS-style and never a 5xx, the state stays, and the server keeps answering', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...templates),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (template, edits, halfClose) => {
          handlerErrors.length = 0;
          const bytes = applyEdits(template, edits);
          // Either the client half-closes, or it sends a blank line and half-closes after it.
          const raw = await sendRaw(server.port, [bytes, ...(halfClose ? [] : ['\r\n\r\n'])], true);
          const replies = parseResponses(raw).filter((reply) => reply.status >= 200);
          for (const reply of replies) expect(awsStyleProblem(reply)).toBeUndefined();
          expect(handlerErrors).toEqual([]);
          expect(JSON.stringify(server.store.snapshot())).toBe(stateBefore);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
    const health = await send(server.port, { method: 'POST', path: '/ListChannels', body: '{}' });
    expect(health.status).toBe(200);
  });
});
