import { parseBody, type ProxiedResponse, type Rewrite, withJson, withRequestJson } from './rewriting-proxy.js';

/** The records of a JSON list, or none when the value is not a list. */
export const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : [];

/** Whether a proxied response has a 2xx status. */
export const isSuccess = (response: ProxiedResponse): boolean => response.status >= 200 && response.status < 300;

/** A rewrite that drops `member` from the `wrapper` object of `operation`'s answers (only of its 200 answers when `only200`). */
export const dropAnsweredMember = (operation: string, wrapper: string, member: string, only200 = false): Rewrite => ({
  response: (q, r) =>
    q.operation === operation && (!only200 || r.status === 200)
      ? withJson(r, (b) => {
          const { [member]: _dropped, ...rest } = b[wrapper] as Record<string, unknown>;
          return { ...b, [wrapper]: rest };
        })
      : r,
});

/** Remembers which recording configurations the answers showed as CREATING and not yet ACTIVE. */
export function creatingRecordingConfigurations(): {
  readonly has: (arn: unknown) => boolean;
  readonly learn: (response: ProxiedResponse) => ProxiedResponse;
} {
  const creating = new Set<string>();
  return {
    has: (arn) => creating.has(String(arn)),
    learn: (response) => {
      const configuration = parseBody(response.body)?.['recordingConfiguration'] as Record<string, unknown> | undefined;
      if (configuration?.['state'] === 'CREATING') creating.add(String(configuration['arn']));
      if (configuration?.['state'] === 'ACTIVE') creating.delete(String(configuration['arn']));
      return response;
    },
  };
}

/** A rewrite that keeps every tag but `color` of the tags `operation` is given. */
export const dropColorTag = (operation: string): Rewrite => ({
  request: (q) =>
    q.operation === operation
      ? withRequestJson(q, (b) => ({
          ...b,
          tags: Object.fromEntries(Object.entries((b['tags'] ?? {}) as object).filter(([k]) => k !== 'color')),
        }))
      : q,
});
