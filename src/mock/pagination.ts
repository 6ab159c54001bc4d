import { type Result, fail, ok } from './result.js';

/** What a list request says about paging. */
export interface PageRequest {
  /** The operation, so a token from another list is refused. */
  readonly operation: string;
  /** The request's filter in one string (e.g. the name or channel filter), so a token cannot switch filters. */
  readonly filter: string;
  /** The `nextToken` from the request, if any. */
  readonly nextToken?: string | undefined;
  /** The page size asked for, if any. */
  readonly maxResults?: number | undefined;
  /** The page size when none is asked for. */
  readonly defaultPageSize: number;
}

/** One page of items and the token of the next page, absent on the last page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken?: string;
}

interface Cursor {
  readonly v: 1;
  readonly op: string;
  readonly f: string;
  /** The creation-order number of the last item already returned. */
  readonly after: number;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  try {
    const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

function encodeCursor(cursor: Cursor): string {
  return toBase64Url(JSON.stringify(cursor));
}

function decodeCursor(token: string): Cursor | undefined {
  const text = fromBase64Url(token);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { v, op, f, after } = value as Record<string, unknown>;
    if (v !== 1 || typeof op !== 'string' || typeof f !== 'string' || typeof after !== 'number' || !Number.isInteger(after)) return undefined;
    return { v, op, f, after };
  } catch {
    return undefined;
  }
}

/**
 * Cuts one page out of items kept in creation order. The token names the last item returned
 * (by its creation-order number), so every item present for the whole walk is seen exactly once
 * even when others are added or removed between pages. A token that is not ours, or that was
 * made for another operation or filter, is a ValidationException.
 */
export function paginate<T extends { readonly seq: number }>(items: Iterable<T>, request: PageRequest): Result<Page<T>> {
  let after = 0;
  if (request.nextToken !== undefined && request.nextToken !== '') {
    const cursor = decodeCursor(request.nextToken);
    if (cursor === undefined) return fail('ValidationException', 'The nextToken is not valid: it was not issued by this service.');
    if (cursor.op !== request.operation || cursor.f !== request.filter) {
      return fail('ValidationException', `The nextToken is not valid for this ${request.operation} request: it was issued for a different request.`);
    }
    after = cursor.after;
  }
  const size = request.maxResults ?? request.defaultPageSize;
  const page: T[] = [];
  let more = false;
  for (const item of items) {
    if (item.seq <= after) continue;
    if (page.length === size) {
      more = true;
      break;
    }
    page.push(item);
  }
  const last = page[page.length - 1];
  if (!more || last === undefined) return ok({ items: page });
  return ok({ items: page, nextToken: encodeCursor({ v: 1, op: request.operation, f: request.filter, after: last.seq }) });
}
