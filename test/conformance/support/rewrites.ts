import {
  jsonReply,
  parseBody,
  type ProxiedResponse,
  type Rewrite,
  withJson,
  withRequestJson,
} from './rewriting-proxy.js';

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

/** Remembers resources from the answers that passed through the proxy. */
export interface AnswerMemory {
  readonly learn: (operation: string | null, requestBody: string, response: ProxiedResponse) => void;
}

/** A rewrite that answers `get` with `{ [member]: ghost }` where `ghostOf` knows one for the requested ARN, and shows every answer to `memory`. */
export const answerGhosts = (
  get: string,
  member: string,
  memory: AnswerMemory,
  ghostOf: (arn: string) => Record<string, unknown> | undefined,
): Rewrite => ({
  request: (q) => {
    const ghost = q.operation === get ? ghostOf(String(parseBody(q.body)?.['arn'])) : undefined;
    return ghost ? jsonReply(200, { [member]: ghost }) : q;
  },
  response: (q, r) => {
    memory.learn(q.operation, q.body, r);
    return r;
  },
});
