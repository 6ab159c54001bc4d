/** A README example as a Chromium user runs it, or the reason it cannot run in a browser. */
export type BrowserExample =
  | { readonly runs: true; readonly code: string }
  | { readonly runs: false; readonly reason: string };

/** What makes an example Node-only: the import that needs Node, and why. */
const nodeOnlyImports: readonly [RegExp, string][] = [
  [/from 'ivs-contract\/mock\/server'/, 'it starts the HTTP server (ivs-contract/mock/server), which needs Node'],
  [/from '(node:[\w/]+)'/, 'it imports $1, a Node built-in'],
];

/**
 * The README's rule for the browser, applied to one example written for Node: `setupWorker` from `msw/browser` in place
 * of `setupServer` from `msw/node`, `worker.start(…)` for `server.listen(…)`, `worker.stop()` for `server.close()`.
 * An example that needs Node gets the reason instead; one this rule does not cover throws, so it is never run changed
 * in some other way.
 */
export function forChromium(code: string): BrowserExample {
  for (const [pattern, reason] of nodeOnlyImports) {
    const found = pattern.exec(code);
    if (found !== null) return { runs: false, reason: found[0].replace(pattern, reason) };
  }
  const browser = code
    .replace("import { setupServer } from 'msw/node';", "import { setupWorker } from 'msw/browser';")
    .replaceAll('setupServer(', 'setupWorker(')
    .replaceAll('server.listen(', 'worker.start(')
    .replaceAll('server.close()', 'worker.stop()')
    .replaceAll(/\bserver\b(?=\.|\s=)/g, 'worker');
  const left = /msw\/node|setupServer|\.listen\(|\.close\(\)/.exec(browser);
  if (left !== null) throw new Error(`the browser rule does not cover "${left[0]}" in:\n${code}`);
  return { runs: true, code: browser };
}
