import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

const running = new Set();

function signalGroup(child, signal) {
  try {
    // Each child leads its own process group, so helpers it spawned (npx, shells) go with it.
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}

/**
 * Starts a child process in its own process group and remembers it, so `stopAll` (and process
 * exit) can end it; stdout and stderr are collected into `child.output`.
 */
export function startChild(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  child.output = '';
  const collect = (chunk) => {
    child.output += chunk.toString();
    if (child.output.length > 200_000) child.output = child.output.slice(-100_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }));
  running.add(child);
  child.exited.finally(() => running.delete(child));
  return child;
}

/** Stops one child and its group: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopChild(child, graceMs = 3000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, 'SIGTERM');
  const gone = await Promise.race([child.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!gone) {
    signalGroup(child, 'SIGKILL');
    await Promise.race([child.exited, sleep(graceMs)]);
  }
}

/** Stops every child this process started and has not stopped yet. */
export async function stopAll() {
  await Promise.all([...running].map((child) => stopChild(child)));
}

/** Runs a command to its end (killing it after `timeoutMs`) and resolves to its exit code, output and wall time. */
export async function runChild(command, args, { timeoutMs = 120_000, ...options } = {}) {
  const started = performance.now();
  const child = startChild(command, args, options);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stopChild(child);
  }, timeoutMs);
  const { code, signal } = await child.exited;
  clearTimeout(timer);
  return { code, signal, timedOut, output: child.output, ms: performance.now() - started };
}

/** Waits until `output` of a child matches `pattern`, or rejects when it exits or `timeoutMs` passes. */
export async function waitForOutput(child, pattern, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = pattern.exec(child.output);
    if (match) return match;
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the process exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${child.output.slice(-2000)}`,
      );
    }
    await sleep(50);
  }
  throw new Error(`the process was not ready within ${timeoutMs} ms:\n${child.output.slice(-2000)}`);
}

/** Polls `url` until it answers at all (any status), or rejects after `timeoutMs`. */
export async function waitForHttp(url, init = {}, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      last = error;
      await sleep(100);
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last?.message ?? 'no answer'})`);
}

let hooked = false;

/** Makes sure children are stopped when this process ends, is interrupted, or fails. */
export function stopChildrenOnExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const child of running) signalGroup(child, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      void stopAll().finally(() => process.exit(130));
    });
  }
}
