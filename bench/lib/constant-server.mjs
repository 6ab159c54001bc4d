/**
 * The floor of the HTTP figures: a plain node:http server that reads each request's body, parses
 * it as JSON, and answers a constant body chosen by path (the emulator's own answer, recorded).
 * Run as `node constant-server.mjs <port>` with the answers as JSON (`{ "/GetChannel": {...} }`)
 * in CONSTANT_ANSWERS; prints `listening on http://127.0.0.1:<port>` when ready.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const answers = new Map(
  Object.entries(JSON.parse(process.env.CONSTANT_ANSWERS ?? '{}')).map(([path, body]) => [path, JSON.stringify(body)]),
);
const port = Number(process.argv[2]);

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    let status = 200;
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      status = 400;
    }
    const body = answers.get(request.url ?? '/') ?? '{}';
    response.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-amzn-RequestId': randomUUID(),
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
