import autocannon from 'autocannon';

/**
 * One bounded load test with autocannon against a loopback URL: `connections` concurrent
 * keep-alive connections for `seconds`, returning requests per second, latency percentiles (ms)
 * and the count of answers that were not 2xx or failed.
 */
export async function load({ url, method = 'POST', headers = {}, body, connections = 16, seconds = 4 }) {
  const parsed = new URL(url);
  if (parsed.hostname !== '127.0.0.1') throw new Error(`load tests target 127.0.0.1 only, not ${parsed.hostname}`);
  const result = await autocannon({
    url,
    method,
    headers,
    body,
    connections,
    duration: seconds,
    timeout: 10,
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
