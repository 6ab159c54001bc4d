import { performance } from 'node:perf_hooks';
import { median, percentile } from './stats.mjs';

/**
 * Runs `task` `warmup` times unmeasured, then `runs` times measured, and returns every measured
 * value with its median; `task` returns the value of one run (a rate, a duration...).
 */
export async function repeat(task, { warmup = 1, runs = 5 } = {}) {
  for (let i = 0; i < warmup; i += 1) await task(i, true);
  const values = [];
  for (let i = 0; i < runs; i += 1) values.push(await task(i, false));
  return { values, median: median(values) };
}

/**
 * Calls `op` back to back for about `ms` milliseconds (at least `minCalls` times) and returns the
 * calls per second of wall time, the calls per CPU-second of this process (which other work on
 * the machine disturbs far less), and every call's latency in milliseconds.
 */
export async function rateFor(op, { ms = 1000, minCalls = 1 } = {}) {
  const latencies = [];
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < ms || latencies.length < minCalls) {
    const before = performance.now();
    await op(latencies.length);
    now = performance.now();
    latencies.push(now - before);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    perSecond: (latencies.length * 1000) / (now - start),
    perCpuSecond: latencies.length / cpuSeconds,
    latencies,
  };
}

/** Runs `op` `count` times in sequence and returns the median and p99 latency in milliseconds. */
export async function latencyOf(op, count) {
  const latencies = [];
  for (let i = 0; i < count; i += 1) {
    const before = performance.now();
    await op(i);
    latencies.push(performance.now() - before);
  }
  return { p50: median(latencies), p99: percentile(latencies, 0.99), latencies };
}

/** Rejects with a clear message when `promise` takes longer than `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
