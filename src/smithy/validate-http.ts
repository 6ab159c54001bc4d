import type { AstShape } from './ast.js';
import { locationKey } from './locations.js';
import { report } from './merge-fragments.js';
import type { ValidationContext } from './validation-context.js';

const LABEL = /^\{([A-Za-z_][A-Za-z0-9_]*)(\+?)\}$/;

/** The labels of an `@http` URI's path, or a message saying why the URI is malformed. */
export function uriLabels(
  uri: string,
): { ok: true; labels: Array<{ name: string; greedy: boolean }> } | { ok: false; message: string } {
  if (!uri.startsWith('/')) return { ok: false, message: `URI "${uri}" must start with '/'` };
  if (uri.includes('#')) return { ok: false, message: `URI "${uri}" must not contain '#'` };
  const [path = '', query] = uri.split('?', 2);
  if (query !== undefined && (query === '' || query.includes('{'))) {
    return { ok: false, message: `URI "${uri}" has an invalid query part (labels are not allowed there)` };
  }
  const segments = path.split('/').slice(1);
  const labels: Array<{ name: string; greedy: boolean }> = [];
  for (const [i, segment] of segments.entries()) {
    if (segment === '' && i < segments.length - 1)
      return { ok: false, message: `URI "${uri}" must not contain empty segments` };
    if (segment === '.' || segment === '..')
      return { ok: false, message: `URI "${uri}" must not contain '.' or '..' segments` };
    if (!segment.includes('{') && !segment.includes('}')) continue;
    const m = LABEL.exec(segment);
    if (m === null)
      return { ok: false, message: `URI "${uri}": a label must fill a whole path segment ("${segment}")` };
    if (labels.some((l) => l.name === m[1])) return { ok: false, message: `URI "${uri}" repeats label {${m[1]}}` };
    labels.push({ name: m[1]!, greedy: m[2] === '+' });
  }
  if (labels.filter((l) => l.greedy).length > 1)
    return { ok: false, message: `URI "${uri}" has more than one greedy label` };
  return { ok: true, labels };
}

/**
 * Checks every `@http` operation: a well-formed URI whose labels match the input members bound
 * with `@httpLabel` one to one, each of them `@required`.
 */
export function validateHttpBindings(ctx: ValidationContext): void {
  for (const [id, shape] of ctx.model.shapes) {
    if (shape.type !== 'operation') continue;
    const http = shape.traits?.['smithy.api#http'];
    if (http === null || typeof http !== 'object' || Array.isArray(http) || typeof http['uri'] !== 'string') continue;
    const at = locationKey.trait(id, 'smithy.api#http');
    const parsed = uriLabels(http['uri']);
    if (!parsed.ok) {
      report(ctx.model, 'ERROR', `@http on ${id}: ${parsed.message}`, id, at);
      continue;
    }
    const inputId = shape.input?.target ?? 'smithy.api#Unit';
    const input: AstShape | undefined = ctx.model.shapes.get(inputId);
    const members = input?.members ?? {};
    for (const label of parsed.labels) {
      const member = Object.hasOwn(members, label.name) ? members[label.name] : undefined;
      if (member === undefined || member.traits?.['smithy.api#httpLabel'] === undefined) {
        report(
          ctx.model,
          'ERROR',
          `URI label {${label.name}} of ${id} has no input member '${label.name}' with @httpLabel`,
          id,
          at,
        );
        continue;
      }
      if (member.traits['smithy.api#required'] === undefined) {
        report(
          ctx.model,
          'ERROR',
          `@httpLabel member ${inputId}$${label.name} must be @required`,
          `${inputId}$${label.name}`,
          locationKey.trait(`${inputId}$${label.name}`, 'smithy.api#httpLabel'),
        );
      }
      if (label.greedy && ctx.lookup(member.target)?.type !== 'string') {
        report(ctx.model, 'ERROR', `Greedy label {${label.name}+} of ${id} must bind a string member`, id, at);
      }
    }
    for (const [name, member] of Object.entries(members)) {
      if (member.traits?.['smithy.api#httpLabel'] === undefined || parsed.labels.some((l) => l.name === name)) continue;
      const memberId = `${inputId}$${name}`;
      report(
        ctx.model,
        'ERROR',
        `Member ${memberId} has @httpLabel but the URI "${http['uri']}" of ${id} has no {${name}} label`,
        memberId,
        locationKey.trait(memberId, 'smithy.api#httpLabel'),
      );
    }
  }
}

/**
 * Checks the binding traits of each structure: with an `@httpPayload` member every other member is
 * bound elsewhere, one binding per member, unique header names (ignoring case) and query names.
 */
export function validateBindingMembers(ctx: ValidationContext): void {
  const bindings = [
    'httpLabel',
    'httpQuery',
    'httpQueryParams',
    'httpHeader',
    'httpPrefixHeaders',
    'httpPayload',
    'httpResponseCode',
  ];
  for (const [id, shape] of ctx.model.shapes) {
    if (shape.type !== 'structure') continue;
    const members = Object.entries(shape.members ?? {});
    const payloads = members.filter(([, m]) => m.traits?.['smithy.api#httpPayload'] !== undefined);
    const headers = new Map<string, string>();
    const queries = new Map<string, string>();
    for (const [name, m] of members) {
      const memberId = `${id}$${name}`;
      const bound = bindings.filter((b) => m.traits?.[`smithy.api#${b}`] !== undefined);
      if (bound.length > 1) {
        report(
          ctx.model,
          'ERROR',
          `Member ${memberId} has more than one HTTP binding trait (${bound.map((b) => `@${b}`).join(', ')})`,
          memberId,
        );
      }
      if (payloads.length === 1 && bound.length === 0) {
        report(
          ctx.model,
          'ERROR',
          `Member ${memberId} must be bound to a label, query or header because ${id} has an @httpPayload member`,
          memberId,
        );
      }
      const header = m.traits?.['smithy.api#httpHeader'];
      if (typeof header === 'string') {
        const prior = headers.get(header.toLowerCase());
        if (prior !== undefined)
          report(
            ctx.model,
            'ERROR',
            `Members ${prior} and ${name} of ${id} bind the same header "${header}"`,
            memberId,
          );
        headers.set(header.toLowerCase(), name);
      }
      const query = m.traits?.['smithy.api#httpQuery'];
      if (typeof query === 'string') {
        const prior = queries.get(query);
        if (prior !== undefined)
          report(
            ctx.model,
            'ERROR',
            `Members ${prior} and ${name} of ${id} bind the same query parameter "${query}"`,
            memberId,
          );
        queries.set(query, name);
      }
    }
  }
}
