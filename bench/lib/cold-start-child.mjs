/**
 * Run by `bench/mock-overhead.mjs` in a fresh process: times from the first `import` to the first
 * answered request, with the IVS handlers (`ivs`) or with one constant MSW handler (`floor`), and
 * prints the milliseconds as JSON on stdout.
 */
const started = performance.now();
const kind = process.argv[2];
const { setupServer } = await import('msw/node');
let handlers;
if (kind === 'ivs') {
  const { ivsHandlers } = await import('ivs-contract/mock');
  handlers = ivsHandlers({ seed: 1 });
} else {
  const { http, HttpResponse } = await import('msw');
  handlers = [http.post('*/ListChannels', () => HttpResponse.json({ channels: [] }))];
}
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: 'error' });
const response = await fetch('https://ivs.us-west-2.amazonaws.com/ListChannels', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: '{}',
});
const body = await response.json();
const ms = performance.now() - started;
server.close();
if (response.status !== 200 || !Array.isArray(body.channels)) {
  console.error(`unexpected answer: ${response.status} ${JSON.stringify(body)}`);
  process.exit(1);
}
console.log(JSON.stringify({ ms }));
