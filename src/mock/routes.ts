import type { OperationSpec } from '../../generated/operations.js';

/** The operations that share one URI pattern, and how to find that pattern in a request path. */
export interface Route {
  /** The URI pattern of the model, e.g. `/tags/{resourceArn}`. */
  readonly uri: string;
  /** The MSW path that catches it on any host, e.g. `*\/tags/*`. */
  readonly mswPath: string;
  /** The operations bound to this URI, one per method. */
  readonly operations: readonly OperationSpec[];
  /** Whether the URI has labels, so it could also catch requests meant for other services. */
  readonly hasLabels: boolean;
  /** Reads the raw (still percent-encoded) label values from a path; `undefined` when it does not match. */
  match(pathname: string): Readonly<Record<string, string>> | undefined;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The labels of a match on a URI without labels: one shared empty record (labels are only read). */
const noLabels: Readonly<Record<string, string>> = Object.freeze({});

function routeFor(uri: string, operations: readonly OperationSpec[]): Route {
  const labelNames: string[] = [];
  const source = uri
    .split(/(\{\w+\+?\})/)
    .map((part) => {
      const label = /^\{(\w+)\+?\}$/.exec(part);
      if (label === null) return escapeRegExp(part);
      labelNames.push(label[1] ?? '');
      // The last label takes the rest of the path, so an ARN sent with a raw `/` is still read whole.
      return '(.*)';
    })
    .join('');
  const pattern = new RegExp(`${source}$`);
  return {
    uri,
    mswPath: `*${uri.replace(/\{\w+\+?\}/g, '*')}`,
    operations,
    hasLabels: labelNames.length > 0,
    match(pathname) {
      const found = pattern.exec(pathname);
      if (found === null) return undefined;
      if (labelNames.length === 0) return noLabels;
      return Object.fromEntries(labelNames.map((name, i) => [name, found[i + 1] ?? '']));
    },
  };
}

/** Groups the operation table by URI, so each URI becomes one handler that dispatches on the method. */
export function routesOf(operations: Iterable<OperationSpec>): Route[] {
  const byUri = new Map<string, OperationSpec[]>();
  for (const operation of operations) {
    const list = byUri.get(operation.uri) ?? [];
    list.push(operation);
    byUri.set(operation.uri, list);
  }
  return [...byUri].map(([uri, list]) => routeFor(uri, list));
}
